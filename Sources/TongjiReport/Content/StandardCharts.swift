import TongjiChart
import TongjiExtract
import TongjiTables

/// The report's standard charts: the largest investment projects (horizontal bars in 亿元),
/// the quantities of each document by dimension (stacked), and the largest areas and lengths.
///
/// Categories are handed to the layout already in order (`sort: .none`), so that bar *i* is
/// category *i* and links to its source. A chart with nothing to show is left out.
public enum StandardCharts {
    /// Every standard chart that has data.
    public static func all(corpus: ReportCorpus, projects: [InvestmentProject], works: [Fact], options: ReportOptions) -> [ReportChart] {
        let source = "Tongji 统计 · \(corpus.documents.count) 篇文档"
        var charts: [ReportChart] = []
        if let c = investments(projects, corpus: corpus, top: options.topProjects, source: source) { charts.append(c) }
        if let c = dimensions(corpus, top: options.topDocuments, source: source) { charts.append(c) }
        for (dimension, name, title, valueTitle) in [
            (Dimension.area, "areas", "面积最大的项目", "面积"), (Dimension.length, "lengths", "长度最大的项目", "长度"),
        ] {
            let facts = works.filter { $0.mention.dimension == dimension }
            if let c = largest(facts, name: name, title: title, valueTitle: valueTitle, corpus: corpus, top: options.topWorks, source: source) {
                charts.append(c)
            }
        }
        return charts
    }

    /// The top projects by amount, in yuan (other currencies are left out of the ranking).
    static func investments(_ projects: [InvestmentProject], corpus: ReportCorpus, top: Int, source: String) -> ReportChart? {
        let ranked = projects.filter { $0.fact.mention.unit == "CNY" && $0.fact.mention.label?.isEmpty == false }.prefix(max(0, top))
        guard !ranked.isEmpty else { return nil }
        let spec = ChartSpec(
            kind: .hbar, categories: ranked.map { Self.caption(of: $0.fact.mention) },
            series: [ChartSeries(values: ranked.map(\.fact.mention.value))],
            title: "投资额最大的项目", subtitle: "前 \(ranked.count) 项，同一事实只计一次",
            source: source, unit: "CNY", valueTitle: "投资额")
        var links: [ReportChart.BarKey: SourceLink] = [:]
        for (i, p) in ranked.enumerated() { links[.init(series: 0, category: i)] = SourceLink(mention: p.fact.mention, in: corpus) }
        return ReportChart(name: "investments", spec: spec, barSources: links)
    }

    /// How many quantities each document gives, stacked by dimension.
    static func dimensions(_ corpus: ReportCorpus, top: Int, source: String) -> ReportChart? {
        guard !corpus.mentions.isEmpty else { return nil }
        var counts: [String: [Dimension: Int]] = [:]
        for m in corpus.mentions { counts[m.doc, default: [:]][m.dimension, default: 0] += 1 }
        // Up to `top` documents, in input order; with more, the `top` with most quantities.
        var docs = corpus.documents.filter { counts[$0] != nil }
        let all = docs.count
        if docs.count > top {
            let total = { (doc: String) in counts[doc]?.values.reduce(0, +) ?? 0 }
            let kept = Set(docs.enumerated().sorted { (total($0.element), -$0.offset) > (total($1.element), -$1.offset) }.prefix(top).map(\.element))
            docs = docs.filter { kept.contains($0) }
        }
        // The seven commonest dimensions get their own colour; the rest are stacked as 其他, so
        // that no two series share a colour of the palette.
        var totals: [Dimension: Int] = [:]
        for m in corpus.mentions { totals[m.dimension, default: 0] += 1 }
        let ranked = Dimension.allCases.filter { totals[$0] != nil }.enumerated()
            .sorted { (totals[$0.element]!, -$0.offset) > (totals[$1.element]!, -$1.offset) }.map(\.element)
        let own = Array(ranked.prefix(ranked.count > 8 ? 7 : 8))
        let rest = Set(ranked.dropFirst(own.count))
        var series = own.map { d in  // commonest first: it takes the palette's strongest colour
            ChartSeries(name: ChineseNames.dimension(d), values: docs.map { Double(counts[$0]?[d] ?? 0) })
        }
        if !rest.isEmpty {
            series.append(ChartSeries(name: "其他", values: docs.map { doc in Double(rest.reduce(0) { $0 + (counts[doc]?[$1] ?? 0) }) }))
        }
        let spec = ChartSpec(
            kind: .stacked, categories: docs.map(Self.stem), series: series,
            title: "各文档的数量（按类别）",
            subtitle: all > docs.count ? "数量最多的 \(docs.count) 篇文档（共 \(all) 篇）" : "每篇文档找到的数量个数",
            source: source, unit: "个", valueTitle: "个数")
        var links: [ReportChart.BarKey: SourceLink] = [:]
        for s in series.indices {
            for (c, doc) in docs.enumerated() { links[.init(series: s, category: c)] = SourceLink(document: doc, in: corpus) }
        }
        return ReportChart(name: "dimensions", spec: spec, barSources: links)
    }

    /// The largest facts of one dimension.
    static func largest(_ facts: [Fact], name: String, title: String, valueTitle: String, corpus: ReportCorpus, top: Int, source: String) -> ReportChart? {
        let chosen = facts.sorted { $0.mention.value > $1.mention.value }.prefix(max(0, top))
        guard let unit = chosen.first?.mention.unit else { return nil }
        let picked = chosen.filter { $0.mention.unit == unit }
        let spec = ChartSpec(
            kind: .hbar, categories: picked.map { Self.caption(of: $0.mention) },
            series: [ChartSeries(values: picked.map(\.mention.value))],
            title: title, subtitle: "前 \(picked.count) 项，同一事实只计一次",
            source: source, unit: unit, valueTitle: valueTitle)
        var links: [ReportChart.BarKey: SourceLink] = [:]
        for (i, f) in picked.enumerated() { links[.init(series: 0, category: i)] = SourceLink(mention: f.mention, in: corpus) }
        return ReportChart(name: name, spec: spec, barSources: links)
    }

    /// What a bar is called: the label (widened when generic), else the keyword with the
    /// document, else the mention with the words around it in its clause ("笑龙长5米多",
    /// "5米多高的"), else the mention with the document.
    static func caption(of m: Mention) -> String {
        if let label = m.label, !label.isEmpty { return widened(label, of: m) }
        if let keyword = m.keyword, !keyword.isEmpty { return keyword + "（" + stem(m.doc) + "）" }
        if let place = SentencePlace(of: m) {
            let chars = place.characters, at = place.range.lowerBound, end = place.range.upperBound
            var start = at
            while start > 0, at - start < 10, !Self.clauseBreaks.contains(chars[start - 1]) { start -= 1 }
            if start < at { return String(chars[start..<end]) }
            // Nothing before it in its clause: the words after it ("5米多高的").
            var after = end
            while after < chars.count, after - end < 6, !Self.clauseBreaks.contains(chars[after]) { after += 1 }
            if after > end { return String(chars[at..<after]) }
        }
        return m.text.filter { !$0.isNewline } + "（" + stem(m.doc) + "）"
    }

    /// A generic label ("项目", "重点项目": four characters or fewer) with the words before it in
    /// its sentence, up to the clause start and at most ten characters, so that a bar says which
    /// projects: "…实施500万元以上重点项目", "…三产融合等77个项目". Longer labels as they are.
    static func widened(_ label: String, of m: Mention) -> String {
        guard label.count <= 4, let place = SentencePlace(of: m),
            let own = SentencePlace.lastIndex(of: Array(label), in: place.characters, before: place.range.lowerBound)
        else { return label }
        let chars = place.characters
        var start = own
        while start > 0, !Self.clauseBreaks.contains(chars[start - 1]) { start -= 1 }
        guard start < own else { return label }
        let from = max(start, own - 10)
        return (from > start ? "…" : "") + String(chars[from..<own]) + label
    }

    /// Characters that end a clause: the words before them belong to another statement.
    static let clauseBreaks: Set<Character> = ["，", ",", "、", "；", ";", "。", "：", ":", "！", "？", "“", "”", "（", "）", "(", ")", " ", "\n"]

    /// A document's name without its `.txt`.
    static func stem(_ doc: String) -> String {
        doc.hasSuffix(".txt") ? String(doc.dropLast(4)) : doc
    }
}
