import Foundation
import Testing
import TongjiCairo
import TongjiChart
import TongjiFiles

/// Tongji's own SVG writer draws what cairo's SVG surface drew: both documents, rendered by
/// rsvg-convert, give the same pixels (up to antialiasing of coordinates rounded to 1/1000 px).
@Suite(.serialized)
struct SVGWriterTests {
    struct Diff: Decodable {
        var sameSize: Bool
        var largest: Int
        var over: Int
    }

    static let diffScript = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Support/png_diff.py").path

    /// Text turned a quarter and an eighth (the layout does not rotate text yet; drawings may).
    static func rotated() throws -> ChartDrawing {
        let measurer = try PangoTextMeasurer()
        let style = TextStyle(size: 18, weight: .bold)
        let commands: [DrawCommand] = [-90.0, 45].enumerated().map { index, angle in
            let text = "投资额（亿元）-12.5%"
            return .text(TextCommand(
                text: text, position: Point(x: 60 + 150 * Double(index), y: 150), horizontal: .middle, vertical: .middle,
                style: style, color: Color(rgb: 0x0072B2), rotation: angle, size: measurer.measure(text, style: style), role: .valueAxisTitle))
        }
        return ChartDrawing(size: Size(width: 300, height: 300), commands: commands, title: "", summary: "", orientation: .vertical)
    }

    @Test(arguments: ["investments", "growth", "rotated"])
    func rendersLikeCairosSVGSurface(name: String) throws {
        let renderer = try CairoChartRenderer()
        let folder = try Support.temporaryDirectory()
        let drawing = try name == "rotated" ? Self.rotated() : renderer.layout(name == "investments" ? Support.investments : Support.growth)
        var pngs: [String] = []
        for writer in CairoChartRenderer.SVGWriter.allCases {
            renderer.svgWriter = writer
            let svg = folder.appendingPathComponent("\(name)-\(writer).svg").path
            try AtomicFile.write(renderer.svg(drawing), to: svg)
            let png = folder.appendingPathComponent("\(name)-\(writer).png").path
            let converted = try Support.run("rsvg-convert", [svg, "-o", png])
            try #require(converted.status == 0, "rsvg-convert: \(converted.error)")
            pngs.append(png)
        }
        let result = try Support.run("python3", [Self.diffScript, pngs[0], pngs[1], "40"])
        try #require(result.status == 0, "\(result.error)")
        let diff = try JSONDecoder().decode(Diff.self, from: Data(result.output.utf8))
        #expect(diff.sameSize)
        // Rotated: cairo turns each glyph's outline itself while here the group is transformed, so
        // rsvg antialiases a few edge pixels differently (10 of the ~6000 inked pixels here).
        let allowed = name == "rotated" ? 30 : 0
        #expect(diff.over <= allowed, "\(diff.over) pixels differ by more than 40 (largest \(diff.largest))")
    }

    @Test func glyphsAreDefinedOnceAndEveryUseResolves() throws {
        let renderer = try CairoChartRenderer()
        let svg = String(decoding: try renderer.svg(renderer.layout(Support.investments)), as: UTF8.self)
        let defined = svg.split(separator: "<path id=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        let used = svg.split(separator: "xlink:href=\"#").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        #expect(Set(defined).count == defined.count, "each glyph outline once")
        #expect(used.count > defined.count, "repeated glyphs are reused")
        #expect(Set(used) == Set(defined), "every glyph defined is used and every use is defined")
    }

    @Test func textThatNoFontHasIsDrawnAsBoxesNotDropped() throws {
        let renderer = try CairoChartRenderer()
        let measurer = try PangoTextMeasurer()
        let style = TextStyle(size: 20)
        let text = "\u{E000}\u{E001}"
        let command = TextCommand(text: text, position: Point(x: 5, y: 5), style: style, color: Color(rgb: 0), size: measurer.measure(text, style: style), role: .title)
        let drawing = ChartDrawing(size: Size(width: 100, height: 40), commands: [.text(command)], title: "", summary: "", orientation: .horizontal)
        let svg = String(decoding: try renderer.svg(drawing), as: UTF8.self)
        #expect(svg.components(separatedBy: "<use ").count - 1 == 2)
    }
}
