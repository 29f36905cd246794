/// What the report shows, ready to be written as HTML and Markdown: the corpus, the tables,
/// and the charts with their inline SVG.
public struct ReportContent: Sendable {
    /// A chart drawn: its spec and sources, and its SVG with links over the bars, for inlining.
    public struct DrawnChart: Sendable {
        /// The chart.
        public var chart: ReportChart
        /// The SVG document for `report.html`, without its XML declaration.
        public var inlineSVG: [UInt8]
    }

    /// The extraction results.
    public var corpus: ReportCorpus
    /// The standard tables, in the order shown.
    public var tables: [ReportTable]
    /// The charts, in the order shown.
    public var charts: [DrawnChart]
    /// The most mentions listed one by one (see `ReportOptions.htmlMentionLimit`).
    public var mentionLimit: Int
    /// When the report was made, if asked (`ReportOptions.timestamp`).
    public var timestamp: String?

    /// The report's title.
    public var title: String { "统计报告" }

    /// One line on what was read and found.
    public var overview: String {
        let line = "\(corpus.documents.count) 篇文档 · \(corpus.mentions.count) 个数量 · \(corpus.issues.count) 个输入问题"
        return timestamp.map { line + " · 生成于 " + $0 } ?? line
    }
}
