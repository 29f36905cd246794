import TongjiChart

/// One chart of the report: its spec, and for each bar the source it links to in `report.html`.
public struct ReportChart: Sendable {
    /// A short name, used for the files: `charts/<name>.png`, `.svg`, `.pdf`.
    public var name: String
    /// What the chart shows.
    public var spec: ChartSpec
    /// The source each bar links to, by (series, category) as the layout numbers them.
    public var barSources: [BarKey: SourceLink]

    /// A bar: its series and category index in the spec (categories are given in drawing order).
    public struct BarKey: Sendable, Hashable {
        /// The series index.
        public var series: Int
        /// The category index.
        public var category: Int

        /// Creates a key.
        public init(series: Int, category: Int) {
            self.series = series
            self.category = category
        }
    }

    /// Creates a chart.
    public init(name: String, spec: ChartSpec, barSources: [BarKey: SourceLink]) {
        self.name = name
        self.spec = spec
        self.barSources = barSources
    }

    /// The files the chart is written to, relative to the output folder.
    public var files: [String] { ["png", "svg", "pdf"].map { "charts/\(name).\($0)" } }
}
