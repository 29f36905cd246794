import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import TongjiCairo
import TongjiChart

/// Real files, decoded by independent readers: Python's zlib for PNG, Foundation's XMLParser and
/// rsvg-convert for SVG, pdftoppm for PDF.
@Suite(.serialized)
struct ChartFileTests {
    let renderer: CairoChartRenderer
    let folder: ScratchFolder

    init() throws {
        renderer = try CairoChartRenderer()
        folder = try Support.temporaryDirectory()
    }

    @Test(arguments: [1.0, 2.0])
    func pngDecodesWithTheExpectedSizeAndBarColours(scale: Double) throws {
        let drawing = try renderer.layout(Support.investments)
        let path = folder.appendingPathComponent("investments@\(Int(scale))x.png").path
        try renderer.write(drawing, to: path, scale: scale)
        let bars = Support.barCenters(drawing)
        #expect(bars.count == 5)
        let points = bars.map { (Int($0.0.x * scale), Int($0.0.y * scale)) } + [(2, 2)]
        let png = try Support.probe(path, points)
        #expect(png.width == Int(drawing.size.width * scale))
        #expect(png.height == Int(drawing.size.height * scale))
        for (pixel, bar) in zip(png.pixels, bars) {
            #expect(pixel == Support.rgb(bar.1), "bar at \(bar.0)")
        }
        #expect(png.pixels.last == [255, 255, 255], "the background is white")
    }

    @Test func groupedPNGHasEachSeriesColourAtItsBars() throws {
        let drawing = try renderer.layout(Support.growth)
        let path = folder.appendingPathComponent("growth.png").path
        try renderer.write(drawing, to: path, scale: 1)
        let bars = Support.barCenters(drawing)
        let png = try Support.probe(path, bars.map { (Int($0.0.x), Int($0.0.y)) })
        #expect(Set(bars.map { Support.rgb($0.1) }).count == 2)
        for (pixel, bar) in zip(png.pixels, bars) {
            #expect(pixel == Support.rgb(bar.1))
        }
    }

    @Test func svgIsWellFormedAccessibleAndRenders() throws {
        let drawing = try renderer.layout(Support.investments)
        let path = folder.appendingPathComponent("investments.svg").path
        try renderer.write(drawing, to: path)
        let data = try Data(contentsOf: URL(fileURLWithPath: path))

        let reader = SVGReader()
        let parser = XMLParser(data: data)
        parser.delegate = reader
        #expect(parser.parse(), "well-formed XML: \(String(describing: parser.parserError))")
        #expect(reader.root?["width"] == "800px", "px, not cairo's default pt")
        #expect(reader.root?["role"] == "img")
        #expect(reader.title == "重点项目总投资 <A&B>", "title escaped and read back")
        #expect(reader.desc == drawing.summary)
        #expect(reader.desc.contains("亿元"))
        #expect(reader.elementNames.first == "svg" && reader.childrenOfRoot.prefix(2) == ["title", "desc"])
        #expect(!reader.elementNames.contains("text"), "glyphs are paths: no fonts needed to view it")

        let png = folder.appendingPathComponent("from-svg.png").path
        let converted = try Support.run("rsvg-convert", [path, "-o", png])
        #expect(converted.status == 0, "rsvg-convert: \(converted.error)")
        let bars = Support.barCenters(drawing)
        let probe = try Support.probe(png, bars.map { (Int($0.0.x), Int($0.0.y)) })
        #expect(probe.width == 800 && probe.height == 500)
        for (pixel, bar) in zip(probe.pixels, bars) {
            #expect(pixel == Support.rgb(bar.1))
        }
    }

    @Test func pdfIsReadByPoppler() throws {
        let drawing = try renderer.layout(Support.growth)
        let path = folder.appendingPathComponent("growth.pdf").path
        try renderer.write(drawing, to: path)
        let prefix = folder.appendingPathComponent("from-pdf").path
        let rendered = try Support.run("pdftoppm", ["-r", "72", "-png", "-singlefile", path, prefix])
        #expect(rendered.status == 0, "pdftoppm: \(rendered.error)")
        let bars = Support.barCenters(drawing)
        let probe = try Support.probe(prefix + ".png", bars.map { (Int($0.0.x), Int($0.0.y)) })
        #expect(probe.width == 800 && probe.height == 500)
        for (pixel, bar) in zip(probe.pixels, bars) {
            let want = Support.rgb(bar.1)
            #expect(zip(pixel, want).allSatisfy { abs($0 - $1) <= 3 }, "\(pixel) vs \(want)")
        }
        let info = try Support.run("pdfinfo", [path])
        #expect(info.output.contains("各行业增加值增速"), "the PDF is titled")
    }

    @Test func sameChartSameBytes() throws {
        let drawing = try renderer.layout(Support.growth)
        for format in ChartFormat.allCases {
            #expect(try renderer.data(drawing, format: format, scale: 1) == renderer.data(drawing, format: format, scale: 1), "\(format)")
        }
    }

    @Test func formatFollowsTheExtension() throws {
        #expect(ChartFormat(path: "out/chart.PNG") == .png)
        #expect(ChartFormat(path: "chart.svg") == .svg)
        #expect(ChartFormat(path: "a.b/chart") == nil)
        #expect(throws: RenderError.unsupportedFormat(path: "chart.gif")) { try renderer.write(Support.growth, to: "chart.gif") }
        #expect(RenderError.unsupportedFormat(path: "chart.gif").description == "cannot tell the chart format of \"chart.gif\": name the output .png, .svg or .pdf")
    }

    @Test func aMissingFolderIsAClearErrorAndLeavesNothing() throws {
        let path = folder.appendingPathComponent("no/such/folder/chart.png").path
        #expect(throws: RenderError.writeFailed(path: path, reason: "the folder does not exist; create it first")) {
            try renderer.write(Support.growth, to: path)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).allSatisfy { !$0.contains("tmp") })
    }
}

/// Collects what the SVG tests check.
final class SVGReader: NSObject, XMLParserDelegate {
    var root: [String: String]?
    var elementNames: [String] = []
    var childrenOfRoot: [String] = []
    var title = ""
    var desc = ""
    private var depth = 0
    private var current = ""

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        if root == nil { root = attributes }
        if depth == 1 { childrenOfRoot.append(name) }
        elementNames.append(name)
        depth += 1
        current = name
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        depth -= 1
        current = ""
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if current == "title" { title += string }
        if current == "desc" { desc += string }
    }
}

/// Several SVG charts can be inlined in one HTML page: their ids never collide.
@Suite(.serialized)
struct SVGIdentifierTests {
    func ids(_ svg: [UInt8]) -> Set<String> {
        let text = String(decoding: svg, as: UTF8.self)
        var result: Set<String> = []
        var rest = text[...]
        while let range = rest.range(of: " id=\"") {
            let tail = rest[range.upperBound...]
            guard let end = tail.firstIndex(of: "\"") else { break }
            result.insert(String(tail[..<end]))
            rest = tail[end...]
        }
        return result
    }

    @Test func differentChartsHaveDisjointIDsAndEveryReferenceResolves() throws {
        let renderer = try CairoChartRenderer()
        let a = try renderer.svg(renderer.layout(Support.investments))
        let b = try renderer.svg(renderer.layout(Support.growth))
        let idsA = ids(a)
        let idsB = ids(b)
        #expect(idsA.count > 20 && idsB.count > 20)
        #expect(idsA.isDisjoint(with: idsB))
        let text = String(decoding: a, as: UTF8.self)
        for reference in text.split(separator: "\"").filter({ $0.hasPrefix("#") }) {
            #expect(idsA.contains(String(reference.dropFirst())), "dangling reference \(reference)")
        }
    }

    @Test func renamingKeepsSeparateIDsApartAndLeavesOtherTextAlone() {
        let svg = Array(##"<svg><g id="glyph0-1"/><use xlink:href="#glyph0-1"/><rect id="clip2" fill="url(#clip2)"/><text>id="x"</text></svg>"##.utf8)
        let out = String(decoding: SVGIdentifiers.normalize(svg), as: UTF8.self)
        #expect(!out.contains("glyph0-1") && !out.contains("clip2"))
        #expect(out.contains(#"<text>id="x"</text>"#))
        #expect(out.hasSuffix(#"<text>id="x"</text></svg>"#))
        let prefix = String(out.split(separator: "\"")[1].dropLast())
        #expect(out.contains(##"href="#\##(prefix)0""##) && out.contains("url(#\(prefix)1)"))
    }
}
