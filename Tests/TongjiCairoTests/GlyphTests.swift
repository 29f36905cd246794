import Foundation
import Testing
import TongjiCairo
import TongjiChart

/// Chinese is drawn with real glyphs, never boxes, and a missing font is a clear error.
@Suite(.serialized)
struct GlyphTests {
    @Test func theCJKFontHasEveryProbeCharacter() throws {
        #expect(try FontProbe.unknownGlyphs(in: FontProbe.probeText) == 0)
        #expect(try FontProbe.unknownGlyphs(in: "−12.6% 数据来源：（一期）") == 0, "minus sign and CJK punctuation too")
        // The detector itself works: private-use characters have no glyph anywhere.
        #expect(try FontProbe.unknownGlyphs(in: "\u{E000}\u{E001}") > 0)
    }

    /// A drawing with one line of text and nothing else.
    func textOnly(_ text: String) -> ChartDrawing {
        let measurer = try! PangoTextMeasurer()
        let style = TextStyle(size: 40)
        let command = TextCommand(text: text, position: Point(x: 10, y: 10), style: style, color: Color(rgb: 0), size: measurer.measure(text, style: style), role: .title)
        return ChartDrawing(
            size: Size(width: 300, height: 80), commands: [.rect(RectCommand(rect: Rect(x: 0, y: 0, width: 300, height: 80), fill: Color(rgb: 0xFFFFFF), role: .background)), .text(command)],
            title: "", summary: "", orientation: .horizontal)
    }

    @Test func chineseLabelsAreNotDrawnAsBoxes() throws {
        let renderer = try CairoChartRenderer()
        let folder = try Support.temporaryDirectory()
        var probes: [String: Support.PNGProbe] = [:]
        for (name, text) in [("chinese", "亿元万平方"), ("tofu", "\u{E000}\u{E001}\u{E002}\u{E003}\u{E004}"), ("other", "平方万元亿")] {
            let path = folder.appendingPathComponent(name + ".png").path
            try renderer.write(textOnly(text), to: path, scale: 1)
            probes[name] = try Support.probe(path)
        }
        let chinese = try #require(probes["chinese"])
        let tofu = try #require(probes["tofu"])
        let other = try #require(probes["other"])
        #expect(chinese.ink > 500, "something is drawn")
        #expect(chinese.sha256 != tofu.sha256, "Chinese differs from the font's missing-glyph boxes")
        #expect(chinese.sha256 != other.sha256, "different characters draw differently (boxes would look alike)")
        #expect(chinese.ink != tofu.ink)
    }

    @Test func missingFontMessageNamesThePackage() {
        #expect(RenderError.missingCJKFont(unknownGlyphs: 16).description == "the Chinese font \"Noto Sans CJK SC\" is missing (16 characters of \"亿元万平方米0123456789\" would be drawn as boxes): install it with \"apt-get install -y fonts-noto-cjk\" (or run scripts/bootstrap)")
    }

    @Test func pangoMeasuresLikeItDraws() throws {
        let measurer = try PangoTextMeasurer()
        let style = TextStyle(size: 12)
        let one = measurer.measure("国", style: style)
        let four = measurer.measure("国国国国", style: style)
        #expect(abs(one.width - 12) < 0.5, "a CJK character is one em wide: \(one.width)")
        #expect(abs(four.width - 4 * one.width) < 0.5, "no hinting: widths add up")
        #expect(one.height > 14 && one.height < 20)
    }
}
