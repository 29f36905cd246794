import Foundation
import Testing
import TongjiTables

@Suite("CSV writer and reader")
struct CSVWriterTests {
    static let tricky: [[String]] = [
        ["热电联产长输管道", "总投资3.25亿元，其中一期1.2亿元"],
        ["a,b", "say \"hi\""],
        ["line\nbreak", "crlf\r\ninside"],
        ["", "尾随空格 "],
        ["=SUM(A1:A2)", "+86 123"],
        ["-dash", "@at"],
        ["\ttab", "\rcr"],
    ]

    func write(_ rows: [[String]], bom: Bool = false) -> [UInt8] {
        var w = CSVWriter(bom: bom)
        w.writeHeader(["left", "right"])
        for row in rows { w.writeRow(row.map { .text($0) }) }
        return w.bytes
    }

    @Test func rfc4180Bytes() {
        var w = CSVWriter()
        w.writeRow([.text("a,b"), .text("x\"y"), .number("-12.6"), .empty, .text("ok")])
        #expect(String(decoding: w.bytes, as: UTF8.self) == "\"a,b\",\"x\"\"y\",-12.6,,ok\r\n")
    }

    @Test func bomOnlyWhenAsked() {
        #expect(Array(write([["a", "b"]], bom: true).prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(Array(write([["a", "b"]]).prefix(3)) != [0xEF, 0xBB, 0xBF])
        #expect(String(decoding: write([["a", "b"]]), as: UTF8.self) == "left,right\r\na,b\r\n")
    }

    @Test func injectionGuardForTextCellsOnly() {
        var w = CSVWriter()
        w.writeRow([.text("=1+1"), .text("-x"), .number("-12.6"), .number(-3.5), .text("@me"), .text("a=b")])
        #expect(String(decoding: w.bytes, as: UTF8.self) == "'=1+1,'-x,-12.6,-3.5,'@me,a=b\r\n")
        #expect(CSVWriter.guarded("\tx") == "'\tx")
        #expect(CSVWriter.guarded("总投资") == "总投资")
    }

    @Test("round trip through CSV.swift, cell by cell", arguments: [false, true])
    func roundTripCSVSwift(bom: Bool) throws {
        let doc = try CSVDocument.parse(bytes: write(Self.tricky, bom: bom))
        #expect(doc.header == ["left", "right"])
        #expect(doc.rows.count == Self.tricky.count)
        for (row, expected) in zip(doc.rows, Self.tricky) {
            #expect(row == expected.map { CSVWriter.guarded($0) })
        }
    }

    @Test("round trip through Python's csv module, cell by cell", arguments: [false, true])
    func roundTripPython(bom: Bool) throws {
        let dir = try temporaryDirectory("py")
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("t.csv")
        try Data(write(Self.tricky, bom: bom)).write(to: file)
        let script = """
        import csv, json, sys
        with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:
            print(json.dumps(list(csv.reader(f, strict=True)), ensure_ascii=False))
        """
        let result = try run("/usr/bin/env", ["python3", "-c", script, file.path])
        #expect(result.status == 0, "\(String(decoding: result.stderr, as: UTF8.self))")
        let rows = try JSONDecoder().decode([[String]].self, from: result.stdout)
        #expect(rows.first == ["left", "right"])
        #expect(Array(rows.dropFirst()) == Self.tricky.map { $0.map { CSVWriter.guarded($0) } })
    }

    @Test func readsFilesAndReportsMissingOnes() throws {
        let dir = try temporaryDirectory("read")
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("a.csv")
        try Data(write([["项目", "3.25"]], bom: true)).write(to: file)
        let doc = try CSVDocument.read(path: file.path)
        #expect(doc.header == ["left", "right"])
        #expect(doc.column("right") == ["3.25"])
        #expect(doc.column("nope") == nil)
        #expect(throws: CSVReadError.self) { try CSVDocument.read(path: dir.appendingPathComponent("missing.csv").path) }
        do {
            _ = try CSVDocument.read(path: "/nonexistent/x.csv")
        } catch {
            #expect(error.message == "cannot read \"/nonexistent/x.csv\": check that the file exists and is readable")
        }
    }
}
