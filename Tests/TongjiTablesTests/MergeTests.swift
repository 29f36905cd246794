import Testing
import TongjiExtract
import TongjiTables

@Suite("Partial aggregates merge into the table of one run")
struct MergeTests {
    /// Mentions with awkward decimals (0.1 steps, yuan and fen) so that float sums would drift.
    static let mentions: [Mention] = {
        var out: [Mention] = []
        var seed: UInt64 = 42
        func next() -> UInt64 { seed = seed &* 6364136223846793005 &+ 1442695040888963407; return seed >> 33 }
        let labels = ["热电联产长输管道", "城区公路", "产业园, 一期", "\"引号\"项目", "多行\n标签"]
        for i in 0..<600 {
            let cents = Int64(next() % 1_000_000_000)
            let exact = ExactDecimal(significand: cents, exponent: -2)
            let label = labels[Int(next() % UInt64(labels.count))]
            if i % 7 == 0 {
                let meters = ExactDecimal(significand: Int64(next() % 100_000), exponent: -1)
                out.append(Mention(doc: "d\(i % 13).txt", start: i, end: i + 3, text: "x", value: meters.doubleValue, unit: "m",
                                   dimension: .length, surfaceUnit: "米", label: label, exactValue: meters))
            } else {
                out.append(Mention(doc: "d\(i % 13).txt", start: i, end: i + 3, text: "x", value: exact.doubleValue, unit: "CNY",
                                   dimension: .money, surfaceUnit: "元", label: label, keyword: "总投资", exactValue: exact))
            }
        }
        return out
    }()

    func aggregate(_ mentions: [Mention], by: [MentionField]) throws -> Table {
        var engine = TableEngine(query: TableQuery(by: by, aggregates: [.count, .sum, .mean, .min, .max]))
        for m in mentions { engine.add(m) }
        return try engine.table()
    }

    func mentionBytes(_ mentions: [Mention]) -> [UInt8] {
        var out: [UInt8] = []
        for m in mentions { m.appendJSONLine(to: &out) }
        return out
    }

    @Test("split in 3, aggregate each, merge: equal to one run, byte for byte", arguments: [
        (TableFormat.csv, [MentionField.label]),
        (TableFormat.jsonl, [MentionField.label]),
        (TableFormat.csv, [MentionField.doc, .dimension]),
        (TableFormat.jsonl, [MentionField.dimension]),
    ])
    func splitAggregateMerge(format: TableFormat, by: [MentionField]) throws {
        // Read the mentions back from JSON Lines, as the command does.
        var all: [Mention] = []
        var reader = MentionRecordReader()
        reader.read(bytes: mentionBytes(Self.mentions), source: "all") { all.append($0) }
        #expect(all.count == Self.mentions.count)

        let single = try aggregate(all, by: by)
        let parts = [Array(all[0..<150]), Array(all[150..<420]), Array(all[420...])]
        var merger = PartialTableMerger()
        for (i, part) in parts.enumerated() {
            let partial = try aggregate(part, by: by)
            try merger.add(bytes: format.render(partial), source: "part-\(i)")
        }
        let merged = merger.table()
        #expect(merged == single)
        #expect(format.render(merged) == format.render(single))
        #expect(TableFormat.csv.render(merged) == TableFormat.csv.render(single))
        // And the sums are exact: compare with the sum of cents done in integers.
        if by == [.label], format == .csv {
            let i = single.index(of: "sum")!
            #expect(single.rows.allSatisfy { if case .number(let s) = $0[i] { !s.contains("e") } else { false } })
        }
    }

    @Test func mergedSumIsExactWhereDoublesDrift() throws {
        let tenths = (0..<10).map { Sample.money("a.txt", $0, "0.1", label: "x", keyword: nil) }
        var merger = PartialTableMerger()
        for chunk in [Array(tenths[0..<3]), Array(tenths[3..<7]), Array(tenths[7...])] {
            try merger.add(bytes: TableFormat.csv.render(try aggregate(chunk, by: [.label])), source: "p")
        }
        let t = merger.table()
        #expect(t.rows.map { $0.map(\.plainText) } == [["x", "10", "1", "0.1", "0.1", "0.1"]])
    }

    @Test("an empty partition's partial (empty JSON Lines, header-only CSV) adds nothing", arguments: [TableFormat.jsonl, .csv])
    func emptyPartialsMerge(format: TableFormat) throws {
        let single = try aggregate(Self.mentions, by: [.label])
        var merger = PartialTableMerger()
        try merger.add(bytes: [], source: "empty")
        try merger.add(bytes: format.render(try aggregate([], by: [.label])), source: "part-0")
        try merger.add(bytes: format.render(single), source: "part-1")
        try merger.add(bytes: Array("\n\n".utf8), source: "blank")
        #expect(merger.table() == single)
    }

    @Test func partialsWithoutMeanMergeIntoATableWithoutMean() throws {
        func table(_ mentions: [Mention]) throws -> Table {
            var engine = TableEngine(query: TableQuery(by: [.label], aggregates: [.count, .sum, .max]))
            for m in mentions { engine.add(m) }
            return try engine.table()
        }
        var merger = PartialTableMerger()
        try merger.add(bytes: TableFormat.csv.render(try table(Array(Self.mentions[..<250]))), source: "p0")
        try merger.add(bytes: TableFormat.jsonl.render(try table(Array(Self.mentions[250...]))), source: "p1")
        let single = try table(Self.mentions)
        #expect(!single.columns.contains { $0.name == "mean" })
        #expect(TableFormat.csv.render(merger.table()) == TableFormat.csv.render(single))
    }

    @Test func refusesWhatCannotMerge() throws {
        var merger = PartialTableMerger()
        #expect(throws: TableUsageError("cannot merge column \"docs\" of \"p\": distinct documents do not add up across partial tables; aggregate the partials without docs")) {
            try merger.add(bytes: Array("label,count,docs,sum_CNY\r\nx,1,1,5\r\n".utf8), source: "p")
        }
        #expect(throws: TableUsageError("cannot merge \"p\": column \"project\" is neither a field (doc, dimension, unit, qualifier, label, keyword, surface_unit, text, sentence, value) nor an aggregate (count, sum, mean, min, max); give tongji table's own aggregate output")) {
            try merger.add(bytes: Array("project,count,sum_CNY\r\nx,1,5\r\n".utf8), source: "p")
        }
        try merger.add(bytes: Array("label,count,sum_CNY\r\nx,1,5\r\n".utf8), source: "a")
        #expect(throws: TableUsageError("cannot merge \"b\" with \"a\": their columns differ; merge tables made by the same tongji table command")) {
            try merger.add(bytes: Array("keyword,count,sum_CNY\r\nx,1,5\r\n".utf8), source: "b")
        }
        #expect(throws: TableUsageError("cannot merge \"c\": line 2: count \"many\" is not a whole number")) {
            try merger.add(bytes: Array("label,count,sum_CNY\r\nx,many,5\r\n".utf8), source: "c")
        }
    }
}
