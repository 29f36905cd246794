import Foundation
import Testing

/// `tongji chart` end to end: the built binary (next to the test bundle; `swift build --build-tests`
/// builds it) on a CSV table, on mention JSON Lines and on a spec file, and its errors.
@Suite(.serialized)
struct ChartCommandTests {
    static var binary: String {
        let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for folder in [bundle, bundle.deletingLastPathComponent()] {
            let candidate = folder.appendingPathComponent("tongji").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return Support.repoRoot.appendingPathComponent(".build/debug/tongji").path
    }

    let folder: ScratchFolder
    init() throws { folder = try Support.temporaryDirectory() }

    func write(_ name: String, _ text: String) throws -> String {
        let path = folder.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func chartsACSVTableFromTongjiTable() throws {
        let csv = try write("inv.csv", "\u{FEFF}label,keyword,amount_CNY\r\n热电联产长输管道,总投资,325000000\r\n肉牛示范养殖,总投资,139000000\r\n")
        let out = folder.appendingPathComponent("inv.svg").path
        let run = try Support.run(Self.binary, ["chart", csv, "-o", out, "--title", "项目投资", "--value-title", "总投资"])
        #expect(run.status == 0, "\(run.error)")
        let svg = try String(contentsOfFile: out, encoding: .utf8)
        #expect(svg.contains("<title>项目投资</title>"))
        #expect(svg.contains("总投资（亿元）"), "the unit comes from amount_CNY and the axis picks 亿")
    }

    @Test func chartsMentionJSONLines() throws {
        let jsonl = try write("m.jsonl", """
            {"doc":"a.txt","start":0,"end":7,"text":"3.25亿元","value":325000000,"value_max":null,"unit":"CNY","dimension":"money","qualifier":"exact","surface_unit":"亿元","label":"管道"}
            {"doc":"a.txt","error":"invalid UTF-8","line":3}
            {"doc":"b.txt","start":0,"end":7,"text":"1.39亿元","value":139000000,"value_max":null,"unit":"CNY","dimension":"money","qualifier":"exact","surface_unit":"亿元","label":"养殖"}

            """)
        let out = folder.appendingPathComponent("m.png").path
        let run = try Support.run(Self.binary, ["chart", jsonl, "-o", out, "--scale", "1"])
        #expect(run.status == 0, "\(run.error)")
        let png = try Support.probe(out)
        #expect(png.width == 800 && png.height == 500)
    }

    @Test func drawsFromASpecFile() throws {
        let spec = try write("chart.json", """
            {"data": {"categories": ["工业", "建筑业"], "series": [{"name": "2024年", "values": [6.1, -2.4]}]},
             "kind": "bar", "unit": "%", "title": "增速", "output": "growth.pdf"}
            """)
        let run = try Support.run(Self.binary, ["chart", "--spec", spec])
        #expect(run.status == 0, "\(run.error)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("growth.pdf").path), "output is relative to the spec")
    }

    @Test func errorsAreOneClearLine() throws {
        let csv = try write("t.csv", "label,amount_CNY\n甲,1\n")
        let unknown = try Support.run(Self.binary, ["chart", csv, "-o", folder.appendingPathComponent("x.png").path, "--y", "amount"])
        #expect(unknown.status == 1)
        #expect(unknown.error == "tongji chart: unknown column \"amount\": the input has \"label\", \"amount_CNY\"\n")

        let badFormat = try Support.run(Self.binary, ["chart", csv, "-o", "x.gif"])
        #expect(badFormat.status == 2, "usage error")
        #expect(badFormat.error.contains("cannot tell the chart format of \"x.gif\": name the output .png, .svg or .pdf"))

        let badSpec = try write("bad.json", #"{"data": {"categories": ["甲"], "series": 3}}"#)
        let spec = try Support.run(Self.binary, ["chart", "--spec", badSpec, "-o", folder.appendingPathComponent("y.png").path])
        #expect(spec.status == 1)
        #expect(spec.error.contains("is not a valid chart spec: \"data.series\" has the wrong type (see docs/chart-spec.md)"), "\(spec.error)")
    }
}
