import Foundation
import Testing
import TongjiExtract
import TongjiTables

@Suite("Reading mention records")
struct MentionReaderTests {
    static let goldPath = Repo.path("Tests/Fixtures/gold/seeds.gold.jsonl")

    func lines(_ text: String) -> [[UInt8]] {
        text.split(separator: "\n", omittingEmptySubsequences: true).map { Array($0.utf8) }
    }

    @Test func fastDecoderAgreesWithTheGeneralReaderOnTheGoldFile() throws {
        let text = try String(contentsOfFile: Self.goldPath, encoding: .utf8)
        let decoder = MentionLineDecoder()
        var compared = 0
        for line in lines(text) {
            let fast = try decoder.decode(line, from: 0, to: line.count)
            let general = try MentionLineDecoder.generalDecode(line[...])
            guard case .mention(let a) = fast, case .mention(let b) = general else {
                Issue.record("not a mention: \(String(decoding: line, as: UTF8.self))")
                continue
            }
            #expect(a == b)
            compared += 1
        }
        #expect(compared == 123)
    }

    @Test("fast decoder agrees on awkward records", arguments: [
        #"{"doc":"a","start":1,"end":2,"text":"x\"y","value":1e8,"value_max":null,"unit":"CNY","dimension":"money","qualifier":"exact","surface_unit":"亿元"}"#,
        #"{"doc":"a","start":1,"end":2,"value":0.30000000000000004,"unit":"%","dimension":"percent"}"#,
        #"{"doc":"a","start":1,"end":2,"value":123456789012345678901,"unit":"CNY","dimension":"money","label":null}"#,
        #"{"doc":"a","start":1,"end":2,"value":-12.6,"value_max":-3,"unit":"%","dimension":"percent","qualifier":"approx","extra":[1,2]}"#,
        #" { "doc" : "a" , "start" : 1 , "end" : 2 , "value" : 5 , "unit" : "个" , "dimension" : "count" } "#,
        #"{"doc":"a","doc":"b","start":1,"end":2,"value":5,"value":6,"unit":"个","dimension":"count"}"#,
        #"{"doc":"\u4e2d","start":1,"end":2,"value":100.50,"unit":"m","dimension":"length","sentence":"第一行\n第二行"}"#,
    ])
    func awkward(_ line: String) throws {
        let bytes = Array(line.utf8)
        let fast = try MentionLineDecoder().decode(bytes, from: 0, to: bytes.count)
        let general = try MentionLineDecoder.generalDecode(bytes[...])
        guard case .mention(let a) = fast, case .mention(let b) = general else {
            Issue.record("not a mention")
            return
        }
        #expect(a == b)
    }

    @Test func keepsOnlyTheFieldsAsked() throws {
        let line = Array(#"{"doc":"a.txt","start":1,"end":2,"text":"3亿元","value":300000000,"unit":"CNY","dimension":"money","label":"管道","keyword":"总投资","sentence":"长句"}"#.utf8)
        guard case .mention(let m) = try MentionLineDecoder(keep: [.label]).decode(line, from: 0, to: line.count) else {
            Issue.record("not a mention"); return
        }
        #expect(m.label == "管道")
        #expect(m.sentence == nil && m.keyword == nil && m.text.isEmpty)
        #expect(m.exactValue == ExactDecimal("300000000"))
        #expect(m.unit == "CNY" && m.dimension == .money)
    }

    @Test func malformedLinesAreReportedWithTheirLineNumberAndSkipped() {
        let input = """
        {"doc":"a.txt","start":0,"end":4,"value":5,"unit":"个","dimension":"count"}
        not json at all
        {"doc":"a.txt","start":0,"end":4,"value":"five","unit":"个","dimension":"count"}

        {"doc":"a.txt","error":"invalid UTF-8 (2 bytes replaced by U+FFFD)","line":3}
        {"doc":"a.txt","start":0,"end":4,"value":7,"unit":"个","dimension":"weight"}
        {"doc":"b.txt","start":9,"end":12,"value":6,"unit":"人","dimension":"count"}
        """
        final class Box: @unchecked Sendable { var problems: [String] = [] }
        let box = Box()
        var reader = MentionRecordReader { box.problems.append($0.description) }
        var values: [Double] = []
        reader.read(bytes: Array(input.utf8), source: "m.jsonl") { values.append($0.value) }
        #expect(values == [5, 6])
        #expect(reader.skipped == 3)
        #expect(reader.extractionIssues == 1)
        #expect(box.problems == [
            "m.jsonl:2: not a JSON object: expected '{' at byte 0; line skipped",
            "m.jsonl:3: not a mention record: field \"value\" is missing or not a number; line skipped",
            "m.jsonl:5: extraction error record for \"a.txt\" skipped: invalid UTF-8 (2 bytes replaced by U+FFFD)",
            "m.jsonl:6: not a mention record: field \"dimension\" is unknown dimension \"weight\"; line skipped",
        ])
    }

    @Test func readsFilesInChunksAcrossLineBoundaries() throws {
        let dir = try temporaryDirectory("reader")
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("m.jsonl")
        var bytes: [UInt8] = []
        for i in 0..<60_000 {
            Sample.money("d\(i % 10).txt", i, "\(i).5", label: "长标签\(i % 3)", keyword: "投资").appendJSONLine(to: &bytes)
        }
        bytes.removeLast()  // no final line feed
        try Data(bytes).write(to: file)
        var reader = MentionRecordReader()
        var sum = DecimalSum()
        var n = 0
        try reader.read(path: file.path) { m in n += 1; sum.add(m.exactValue!) }
        #expect(n == 60_000)
        #expect(reader.skipped == 0)
        // sum of i + 0.5 for i < 60000 = 59999·60000/2 + 30000 = 1799970000 + 30000
        #expect(sum.description == "1800000000")
    }
}
