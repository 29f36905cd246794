import Foundation
import Testing
import TongjiExtract
import TongjiFormat
import TongjiTables

/// `tongji table` end to end: the binary built beside the tests.
@Suite("tongji table command", .enabled(if: tongjiBinary != nil))
struct TableCommandTests {
    static let gold = Repo.path("Tests/Fixtures/gold/seeds.gold.jsonl")

    func mentionsFile(_ dir: URL, _ mentions: [Mention], extra: String = "") throws -> String {
        var bytes: [UInt8] = []
        for m in mentions { m.appendJSONLine(to: &bytes) }
        bytes += Array(extra.utf8)
        let file = dir.appendingPathComponent("m.jsonl")
        try Data(bytes).write(to: file)
        return file.path
    }

    @Test func csvReadsBackCellByCellWithUnitsInTheHeader() throws {
        let dir = try temporaryDirectory("cli-csv")
        defer { try? FileManager.default.removeItem(at: dir) }
        let tricky = [
            Sample.money("a.txt", 1, "325000000", label: "热电联产, 长输\"管道\"", keyword: "总投资", sentence: "第一行\n第二行，总投资3.25亿元"),
            Sample.money("b.txt", 1, "1200000000", label: "=HYPERLINK(\"x\")", keyword: "计划投资"),
        ]
        let path = try mentionsFile(dir, tricky)
        let out = dir.appendingPathComponent("inv.csv").path
        let r = try tongji(["table", "--preset", "investments", path, "-o", out])
        #expect(r.status == 0, "\(r.stderr.text)")
        let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: out)))
        #expect(Array(bytes.prefix(3)) != CSVWriter.byteOrderMark)
        let doc = try CSVDocument.read(path: out)
        #expect(doc.header == ["label", "keyword", "amount_CNY", "qualifier", "sources", "other_amounts", "sentence"])
        #expect(doc.rows == [
            ["'=HYPERLINK(\"x\")", "计划投资", "1200000000", "exact", "b.txt", "", "计划投资1200000000元的=HYPERLINK(\"x\")"],
            ["热电联产, 长输\"管道\"", "总投资", "325000000", "exact", "a.txt", "", "第一行\n第二行，总投资3.25亿元"],
        ])
        // No temporary file left beside the output.
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["inv.csv", "m.jsonl"])
    }

    @Test func bomOnlyWithTheFlag() throws {
        let dir = try temporaryDirectory("cli-bom")
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = try mentionsFile(dir, Sample.investments)
        let with = try tongji(["table", "--by", "label", "--format", "csv", "--bom", path])
        let without = try tongji(["table", "--by", "label", "--format", "csv", path])
        #expect(Array(with.stdout.prefix(3)) == CSVWriter.byteOrderMark)
        #expect(Array(without.stdout.prefix(5)) == Array("label".utf8))
        #expect(Array(with.stdout.dropFirst(3)) == Array(without.stdout))
    }

    @Test func unknownFieldExitsWithStatus2ListingTheValidFields() throws {
        let r = try tongji(["table", "--by", "project", "-"], stdin: Data())
        #expect(r.status == 2)
        #expect(r.stderr.text.contains("unknown field \"project\" in --by: valid fields are doc, dimension, unit, qualifier, label, keyword, surface_unit, text, sentence, value"))
    }

    @Test("usage errors exit with status 2 and say what to do", arguments: [
        (["table", "--preset", "projects"], "unknown preset \"projects\": valid presets are investments, summary"),
        (["table", "--where", "label"], "invalid filter \"label\" in --where: write field=a,b (equals one of), field!=a, field~text (contains), or value>=number (also >, <, <=)"),
        (["table", "--by", "label", "--agg", "median"], "unknown aggregate \"median\" in --agg: valid aggregates are count, sum, mean, min, max, docs"),
        (["table", "--preset", "summary", "--by", "label"], "--preset summary sets its own grouping: leave out --by and --agg, or leave out the preset"),
        (["table", "--merge", "--by", "label"], "--merge takes the grouping of its input tables: leave out --where, --by, --agg and --dedupe"),
    ])
    func usageErrors(arguments: [String], message: String) throws {
        let r = try tongji(arguments + ["-"], stdin: Data())
        #expect(r.status == 2)
        #expect(r.stderr.text.contains(message), "\(r.stderr.text)")
    }

    @Test func malformedRecordsAreSkippedAndCounted() throws {
        let dir = try temporaryDirectory("cli-bad")
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = try mentionsFile(dir, Sample.investments, extra: "{broken\n\n{\"doc\":\"x\"}\n")
        let r = try tongji(["table", "--by", "keyword", "--agg", "count", "--format", "csv", path])
        #expect(r.status == 1)
        #expect(r.stderr.text.contains("m.jsonl:8: not a JSON object"))
        #expect(r.stderr.text.contains("m.jsonl:10: not a mention record: field \"value\" is missing or not a number; line skipped"))
        #expect(r.stderr.text.contains("skipped 2 malformed lines"))
        let doc = try CSVDocument.parse(bytes: Array(r.stdout))
        #expect(doc.column("count")?.compactMap { Int($0) }.reduce(0, +) == Sample.investments.count)
    }

    @Test func terminalTableAlignsChineseByDisplayWidth() throws {
        let r = try tongji(["table", "--by", "label", "--agg", "count,sum", "--where", "dimension=money"], stdin: Data(Sample.investments.flatMap { m -> [UInt8] in var b: [UInt8] = []; m.appendJSONLine(to: &b); return b }))
        #expect(r.status == 0, "\(r.stderr.text)")
        let lines = r.stdout.text.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("label") == true)
        #expect(lines.contains { $0.contains("12.8亿元") })
        #expect(lines.contains { $0.contains("3.25亿元") })
        // The last column (sums) is right-aligned: every line ends at the same display column.
        #expect(Set(lines.map(DisplayWidth.of)).count == 1, "\(lines)")
        #expect(Set(lines.map(\.count)).count > 1)   // ...which plain character counts would get wrong
    }

    @Test func mergeCommandEqualsOneRun() throws {
        let dir = try temporaryDirectory("cli-merge")
        defer { try? FileManager.default.removeItem(at: dir) }
        let all = MergeTests.mentions
        var parts: [String] = []
        for (i, range) in [0..<200, 200..<333, 333..<all.count].enumerated() {
            let p = dir.appendingPathComponent("m\(i).jsonl").path
            var b: [UInt8] = []
            for m in all[range] { m.appendJSONLine(to: &b) }
            try Data(b).write(to: URL(fileURLWithPath: p))
            let out = dir.appendingPathComponent("part\(i)." + (i == 1 ? "jsonl" : "csv")).path
            let r = try tongji(["table", "--by", "label", p, "-o", out])
            #expect(r.status == 0, "\(r.stderr.text)")
            parts.append(out)
        }
        let whole = dir.appendingPathComponent("all.jsonl").path
        var b: [UInt8] = []
        for m in all { m.appendJSONLine(to: &b) }
        try Data(b).write(to: URL(fileURLWithPath: whole))
        let single = try tongji(["table", "--by", "label", "--format", "csv", whole])
        let merged = try tongji(["table", "--merge", "--format", "csv"] + parts)
        #expect(merged.status == 0, "\(merged.stderr.text)")
        #expect(merged.stdout == single.stdout)
        #expect(!single.stdout.isEmpty)
    }

    @Test func markdownAndJSONLines() throws {
        let input = Data(Sample.investments.flatMap { m -> [UInt8] in var b: [UInt8] = []; m.appendJSONLine(to: &b); return b })
        let md = try tongji(["table", "--preset", "summary", "--format", "markdown"], stdin: input)
        #expect(md.stdout.text.hasPrefix("| doc | dimension | unit | count | sum |\n|---|---|---|---:|---:|\n| a.txt | money | CNY | 1 | 3.25亿元 |"))
        let jl = try tongji(["table", "--by", "keyword", "--agg", "count,sum", "--where", "keyword=总投资", "--format", "jsonl"], stdin: input)
        #expect(jl.stdout.text == "{\"keyword\":\"总投资\",\"unit\":\"CNY\",\"count\":2,\"sum\":650000000}\n")
    }
}

