import TongjiExtract
import TongjiTables

/// The report's standard tables, each the same table `tongji table` gives for the same question,
/// with every row's sources.
///
/// - investments: money with an investment keyword, deduplicated, one row per project, ranked by
///   amount (`tongji table --preset investments`);
/// - works: areas and lengths (built, renovated, occupied), deduplicated, largest first;
/// - summary: per document and dimension, how many quantities and their sum
///   (`tongji table --preset summary`).
///
/// Every mention is the fourth table; it is written by `ReportJob` straight from the corpus.
public enum StandardTables {
    /// The investment projects, largest first, and the projects themselves (for the chart).
    public static func investments(_ corpus: ReportCorpus) -> (ReportTable, [InvestmentProject]) {
        var builder = InvestmentsTable()
        for m in corpus.mentions { builder.add(m) }
        let projects = builder.projects()
        let table = builder.table()
        let report = ReportTable(
            name: "investments", title: "投资项目（按金额排序）",
            note: "带有投资类指标（总投资、计划投资、签约……）的金额，同一项目在同一篇文章中取最大的金额，其余列在“其他金额”；不同文章报道的同一事实只计一次。",
            table: table, show: ["label", "keyword", "amount", "qualifier", "sources", "other_amounts"],
            rowSources: projects.map { [SourceLink(mention: $0.fact.mention, in: corpus)] + $0.others.map { SourceLink(mention: $0.mention, in: corpus) } })
        return (report, projects)
    }

    /// Areas and lengths, deduplicated, by dimension then largest first, and their facts.
    public static func works(_ corpus: ReportCorpus) -> (ReportTable, [Fact]) {
        var dedupe = Deduplicator()
        for m in corpus.mentions where m.dimension == .area || m.dimension == .length { dedupe.add(m) }
        let facts = dedupe.result.enumerated().sorted { a, b in
            let x = a.element.mention, y = b.element.mention
            if x.dimension != y.dimension { return x.dimension == .area }
            if x.value != y.value { return x.value > y.value }
            return a.offset < b.offset
        }.map(\.element)
        let report = ReportTable(
            name: "works", title: "面积与长度（建设、改造、占地）",
            note: "所有面积与长度，同一事实只计一次，按类别和大小排序。",
            table: MentionListing.table(of: facts),
            show: ["label", "keyword", "value", "value_max", "dimension", "qualifier", "sources"],
            rowSources: facts.map { [SourceLink(mention: $0.mention, in: corpus)] })
        return (report, facts)
    }

    /// Per document × dimension: how many quantities, and their sum in the base unit.
    public static func summary(_ corpus: ReportCorpus) -> ReportTable {
        var builder = Preset.summary.builder()
        for m in corpus.mentions { builder.add(m) }
        // The summary's query has no --top or --sort that could fail.
        let table = (try? builder.table()) ?? Table(columns: [])
        let doc = table.index(of: "doc")
        let sources: [[SourceLink]] = table.rows.map { row in
            guard let doc, case .text(let name) = row[doc] else { return [] }
            return [SourceLink(document: name, in: corpus)]
        }
        return ReportTable(
            name: "summary", title: "各文档数量概览（按类别）",
            note: "每篇文档每一类数量的个数与合计（同一文档中重复的事实只计一次）；合计以基本单位相加。",
            table: table, show: ["doc", "dimension", "count", "sum"], rowSources: sources)
    }
}
