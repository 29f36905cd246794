import Testing
import TongjiExtract
import TongjiTables

@Suite("Table engine: filters, groups, aggregates, dedupe, presets")
struct TableEngineTests {
    func run(_ query: TableQuery, _ mentions: [Mention]) throws -> Table {
        var engine = TableEngine(query: query)
        for m in mentions { engine.add(m) }
        return try engine.table()
    }

    func texts(_ table: Table) -> [[String]] { table.rows.map { $0.map(\.plainText) } }

    @Test func groupsByLabelWithExactSums() throws {
        let mentions = Sample.investments + [Sample.length("a.txt", 200, "63200", label: "城区公路改造工程")]
        let t = try run(TableQuery(filters: [try MentionFilter(parsing: "dimension=money")], by: [.label]), mentions)
        #expect(t.columns.map(\.headerName) == ["label", "count", "sum_CNY", "mean_CNY", "min_CNY", "max_CNY"])
        #expect(texts(t) == [
            ["农贸市场", "1", "7000000", "7000000", "7000000", "7000000"],
            ["城区公路改造工程", "2", "1280000000", "640000000", "80000000", "1200000000"],
            ["新能源产业园", "1", "500000000", "500000000", "500000000", "500000000"],
            ["热电联产长输管道", "1", "325000000", "325000000", "325000000", "325000000"],
            ["“热电联产”长输管道", "1", "325000000", "325000000", "325000000", "325000000"],
            ["", "1", "20000000", "20000000", "20000000", "20000000"],
        ].sorted { $0[0].unicodeScalars.lexicographicallyPrecedes($1[0].unicodeScalars) })
    }

    @Test func mixedUnitsNeverShareAGroup() throws {
        let mentions = [Sample.money("a.txt", 0, "100", label: "x", keyword: nil), Sample.length("a.txt", 9, "5", label: "x")]
        let t = try run(TableQuery(by: [.label], aggregates: [.count, .sum]), mentions)
        #expect(t.columns.map(\.headerName) == ["label", "unit", "count", "sum"])
        #expect(texts(t) == [["x", "CNY", "1", "100"], ["x", "m", "1", "5"]])
    }

    @Test func sumsAreExactDecimals() throws {
        let tenths = (0..<10).map { Sample.money("a.txt", $0, "0.1", label: "x", keyword: nil) }
        let t = try run(TableQuery(by: [.label], aggregates: [.sum]), tenths)
        #expect(texts(t) == [["x", "1"]])   // a Double sum gives 0.9999999999999999
    }

    @Test func filters() throws {
        func labels(_ filter: String) throws -> [String] {
            let t = try run(TableQuery(filters: [try MentionFilter(parsing: filter)]), Sample.investments)
            let i = t.index(of: "label")!
            return t.rows.map { $0[i].plainText }
        }
        #expect(try labels("keyword=总投资,计划投资") == ["热电联产长输管道", "“热电联产”长输管道", "城区公路改造工程"])
        #expect(try labels("label~公路") == ["城区公路改造工程", "城区公路改造工程"])
        #expect(try labels("doc=d.txt") == [""])
        #expect(try labels("qualifier=approx") == ["“热电联产”长输管道"])
        #expect(try labels("value>=500000000") == ["城区公路改造工程", "新能源产业园"])
        #expect(try labels("value<10000000") == ["农贸市场"])
        #expect(try labels("keyword!=总投资,签约,计划投资,一期投资,融资") == ["农贸市场"])
        #expect(try labels("unit=m2").isEmpty)
    }

    @Test func unknownFieldIsAUsageErrorListingTheValidOnes() {
        #expect(throws: TableUsageError("unknown field \"project\" in --by: valid fields are doc, dimension, unit, qualifier, label, keyword, surface_unit, text, sentence, value")) {
            try TableQuery.parseFields("label,project")
        }
        #expect(throws: TableUsageError("unknown field \"lable\" in --where: valid fields are doc, dimension, unit, qualifier, label, keyword, surface_unit, text, sentence, value")) {
            try MentionFilter(parsing: "lable~公路")
        }
        #expect(throws: TableUsageError("invalid filter \"label\" in --where: write field=a,b (equals one of), field!=a, field~text (contains), or value>=number (also >, <, <=)")) {
            try MentionFilter(parsing: "label")
        }
        #expect(throws: TableUsageError("unknown aggregate \"avg\" in --agg: valid aggregates are count, sum, mean, min, max, docs")) {
            try Aggregate.parseList("count,avg")
        }
        #expect(throws: TableUsageError("invalid number \"lots\" in --where \"value>lots\": write a plain decimal such as 100000000")) {
            try MentionFilter(parsing: "value>lots")
        }
    }

    @Test func sortAndTop() throws {
        var q = TableQuery(filters: [try MentionFilter(parsing: "dimension=money")], by: [.keyword], aggregates: [.count, .sum])
        q.sort = try TableSortOrder(parsing: "sum")
        q.top = 2
        let t = try run(q, Sample.investments)
        #expect(texts(t) == [["计划投资", "1", "1200000000"], ["总投资", "2", "650000000"]])
        q.sort = try TableSortOrder(parsing: "nope")
        #expect(throws: TableUsageError("unknown column \"nope\" in --sort: valid columns are keyword, count, sum")) { try run(q, Sample.investments) }
    }

    @Test("dedupe: same dimension, unit, value and normalized label is one fact with every source")
    func dedupeRule() throws {
        #expect(LabelNormalizer.normalize("“热电联产” 长输管道") == "热电联产长输管道")
        #expect(LabelNormalizer.normalize("ＡＢＣ１号线") == "abc1号线")
        #expect(LabelNormalizer.normalize("城区公路") != LabelNormalizer.normalize("新建改造城区公路"))
        var d = Deduplicator()
        for m in Sample.investments { d.add(m) }
        d.add(Sample.money("e.txt", 1, "20000000", label: nil, keyword: "融资"))       // no label: never merged
        d.add(Sample.money("e.txt", 9, "325000001", label: "热电联产长输管道", keyword: "总投资"))  // other value
        let facts = d.result
        #expect(facts.count == Sample.investments.count - 1 + 2)
        let pipeline = facts.first { $0.mention.label == "热电联产长输管道" && $0.mention.value == 325000000 }!
        #expect(pipeline.sources == ["a.txt", "b.txt"])
        #expect(pipeline.mentionCount == 2)
        #expect(pipeline.mention.doc == "a.txt")   // the first by (doc, start)
        // Counted once in a group:
        let t = try run(TableQuery(filters: [try MentionFilter(parsing: "keyword=总投资")], by: [.keyword], aggregates: [.count, .sum, .docs], dedupe: true), Sample.investments)
        #expect(texts(t) == [["总投资", "1", "325000000", "2"]])
    }

    @Test func dedupeIsPerDocumentWhenGroupingByDoc() throws {
        let m = [Sample.money("a.txt", 1, "5", label: "x", keyword: nil), Sample.money("a.txt", 9, "5", label: "x", keyword: nil),
                 Sample.money("b.txt", 1, "5", label: "x", keyword: nil)]
        let t = try run(TableQuery(by: [.doc], aggregates: [.count], dedupe: true), m)
        #expect(texts(t) == [["a.txt", "CNY", "1"], ["b.txt", "CNY", "1"]])   // unit stays a column: counts carry no unit header
    }

    @Test func listingWithoutGrouping() throws {
        let t = try run(TableQuery(filters: [try MentionFilter(parsing: "doc=a.txt")]), Sample.investments)
        #expect(t.columns.map(\.headerName) == ["doc", "label", "keyword", "value_CNY", "value_max_CNY", "dimension", "qualifier", "text", "sentence"])
        #expect(texts(t) == [["a.txt", "热电联产长输管道", "总投资", "325000000", "", "money", "exact", "325000000", "总投资325000000元的热电联产长输管道"]])
    }

    @Test func investmentsPreset() throws {
        var b = Preset.investments.builder()
        let phase = Sample.money("b.txt", 120, "300000000", label: "城区公路改造工程", keyword: "一期投资")
        for m in Sample.investments + [phase] { b.add(m) }
        let t = try b.table()
        #expect(t.columns.map(\.headerName) == ["label", "keyword", "amount_CNY", "qualifier", "sources", "other_amounts", "sentence"])
        let rows = t.rows.map { Array($0.prefix(6).map(\.plainText)) }
        #expect(rows == [
            // One row per label and article: its largest amount, the others beside it.
            ["城区公路改造工程", "计划投资", "1200000000", "exact", "b.txt", "一期投资=300000000"],
            ["新能源产业园", "签约", "500000000", "exact", "c.txt", ""],
            // The same fact in two articles: one row, both sources (labels equal after normalization).
            ["热电联产长输管道", "总投资", "325000000", "exact", "a.txt; b.txt", ""],
            // The same label in another article with another amount: its own row.
            ["城区公路改造工程", "一期投资", "80000000", "exact", "c.txt", ""],
            // No label: its own row; the sentence says what it is. 营业收入 is not an investment.
            ["", "融资", "20000000", "exact", "d.txt", ""],
        ])
    }

    @Test func summaryPreset() throws {
        var b = Preset.summary.builder()
        for m in Sample.investments + [Sample.count("a.txt", 300, 1234, unit: "人"), Sample.count("a.txt", 400, 6, unit: "人")] { b.add(m) }
        let t = try b.table()
        #expect(t.columns.map(\.headerName) == ["doc", "dimension", "unit", "count", "sum"])
        #expect(texts(t) == [
            ["a.txt", "count", "人", "2", "1240"],
            ["a.txt", "money", "CNY", "1", "325000000"],
            ["b.txt", "money", "CNY", "2", "1525000000"],
            ["c.txt", "money", "CNY", "3", "587000000"],
            ["d.txt", "money", "CNY", "1", "20000000"],
        ])
    }

    @Test func investmentKeywords() {
        for k in ["投资", "总投资", "计划投资", "计划总投资", "签约", "累计签约", "融资", "筹集", "筹集资金", "招商引资", "募集资金"] {
            #expect(InvestmentKeywords.contains(k), "\(k)")
        }
        for k in ["营业收入", "产值", "", "增长"] { #expect(!InvestmentKeywords.contains(k), "\(k)") }
        #expect(!InvestmentKeywords.contains(nil))
    }
}
