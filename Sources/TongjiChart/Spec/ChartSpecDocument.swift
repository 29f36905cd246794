/// The declarative chart file read by `tongji chart --spec chart.json` (schema in
/// docs/chart-spec.md): the data, inline or from a table file, plus every chart option.
///
/// Decoded with any `Decoder` (the CLI uses Foundation's `JSONDecoder`); every field but the data
/// is optional and defaults as in `ChartSpec`.
public struct ChartSpecDocument: Sendable, Hashable, Codable {
    /// Inline data: categories and series.
    public struct InlineData: Sendable, Hashable, Codable {
        /// Category names.
        public var categories: [String]
        /// Series with one value per category.
        public var series: [ChartSeries]

        /// Creates inline data.
        public init(categories: [String], series: [ChartSeries]) {
            self.categories = categories
            self.series = series
        }
    }

    /// Data from a file: a CSV table or mention JSON Lines, and the columns to chart.
    public struct TableInput: Sendable, Hashable, Codable {
        /// Path of the CSV or JSON Lines file, relative to the spec file.
        public var path: String
        /// Category column.
        public var x: String
        /// Value column (summed per category and group).
        public var y: String
        /// Series column, for grouped and stacked charts.
        public var group: String?

        /// Creates an input reference.
        public init(path: String, x: String, y: String, group: String? = nil) {
            self.path = path
            self.x = x
            self.y = y
            self.group = group
        }
    }

    /// Inline data (exclusive with `input`).
    public var data: InlineData?
    /// Data from a file (exclusive with `data`).
    public var input: TableInput?
    /// Output path (.png, .svg, .pdf), relative to the spec file; the CLI's -o overrides it.
    public var output: String?
    /// `bar`, `hbar`, `grouped` or `stacked`.
    public var kind: ChartKind?
    /// `vertical` or `horizontal`, to override the automatic choice.
    public var orientation: ChartOrientation?
    /// `desc`, `asc` or `none`.
    public var sort: CategoryOrder?
    /// Keep the first N categories after sorting.
    public var top: Int?
    /// Title.
    public var title: String?
    /// Subtitle.
    public var subtitle: String?
    /// Source note (数据来源).
    public var source: String?
    /// Unit of the values (base unit such as "CNY" or a Chinese name such as "元").
    public var unit: String?
    /// What the values measure (axis title, before the unit).
    public var valueTitle: String?
    /// What the categories are.
    public var categoryTitle: String?
    /// Whether to write values on the bars.
    public var valueLabels: Bool?
    /// Canvas width in px.
    public var width: Double?
    /// Canvas height in px.
    public var height: Double?
    /// PNG scale.
    public var scale: Double?

    /// An empty document (no data yet); set `data` or `input`.
    public init() {}

    /// The spec, given the table the `input` names (nil for inline data).
    public func spec(table: ChartTable?) throws(ChartError) -> ChartSpec {
        var spec: ChartSpec
        if let data {
            spec = ChartSpec(categories: data.categories, series: data.series)
            spec.kind = data.series.count > 1 ? .grouped : .bar
        } else if let input, let table {
            spec = try table.spec(x: input.x, y: input.y, group: input.group, unit: unit)
        } else {
            throw .noData
        }
        if let kind { spec.kind = kind }
        spec.orientation = orientation
        if let sort { spec.sort = sort }
        spec.top = top
        if let title { spec.title = title }
        if let subtitle { spec.subtitle = subtitle }
        if let source { spec.source = source }
        if let unit { spec.unit = unit }
        if let valueTitle { spec.valueTitle = valueTitle }
        if let categoryTitle { spec.categoryTitle = categoryTitle }
        if let valueLabels { spec.valueLabels = valueLabels }
        if let width { spec.width = width }
        if let height { spec.height = height }
        return spec
    }
}
