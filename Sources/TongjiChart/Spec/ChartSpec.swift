/// Everything a chart shows: data, kind, order, texts and size. A value: build one, lay it out
/// with `ChartLayout`, draw it with a renderer.
///
/// Values are in the spec's `unit`, which may be a base unit of the mention record ("CNY", "m2",
/// "m") or a Chinese unit name ("元", "人"); the axis picks one scale for all values (万, 亿) and
/// shows it in the axis title: "投资额（亿元）".
///
/// ```swift
/// let spec = ChartSpec(
///     kind: .hbar,
///     categories: ["热电联产长输管道", "城区公路改造"],
///     series: [ChartSeries(values: [3.25e8, 8.0e7])],
///     title: "重点项目总投资", unit: "CNY", valueTitle: "总投资")
/// ```
public struct ChartSpec: Sendable, Hashable, Codable {
    /// Bar, horizontal bar, grouped or stacked.
    public var kind: ChartKind
    /// Forces the orientation; nil lets the layout choose (`.bar`, `.grouped` and `.stacked`
    /// turn horizontal when the category labels are long or many; `.hbar` is horizontal).
    public var orientation: ChartOrientation?
    /// Category names, in input order.
    public var categories: [String]
    /// The series; each has one value per category.
    public var series: [ChartSeries]
    /// Category order.
    public var sort: CategoryOrder
    /// Keep only the first N categories after sorting (nil: all).
    public var top: Int?
    /// Title, drawn bold at the top ("" for none).
    public var title: String
    /// Subtitle under the title ("" for none).
    public var subtitle: String
    /// Where the data comes from; drawn at the bottom as "数据来源：…" ("" for none).
    public var source: String
    /// What the values measure ("总投资"); the axis title adds the unit: "总投资（亿元）".
    public var valueTitle: String
    /// What the categories are ("项目"), drawn beside the category axis ("" for none).
    public var categoryTitle: String
    /// The values' unit: a base unit ("CNY", "m", "m2", "kg", "%") or a Chinese name ("元", "人").
    public var unit: String
    /// Whether to write each bar's value on or beside it (in the axis scale).
    public var valueLabels: Bool
    /// Canvas width in pixels.
    public var width: Double
    /// Canvas height in pixels (horizontal charts with many categories grow taller to fit).
    public var height: Double

    /// Creates a spec; only the data is required.
    public init(
        kind: ChartKind = .bar, orientation: ChartOrientation? = nil,
        categories: [String], series: [ChartSeries],
        sort: CategoryOrder = .none, top: Int? = nil,
        title: String = "", subtitle: String = "", source: String = "",
        unit: String = "", valueTitle: String = "", categoryTitle: String = "",
        valueLabels: Bool = true, width: Double = 800, height: Double = 500
    ) {
        self.kind = kind
        self.orientation = orientation
        self.categories = categories
        self.series = series
        self.sort = sort
        self.top = top
        self.title = title
        self.subtitle = subtitle
        self.source = source
        self.unit = unit
        self.valueTitle = valueTitle
        self.categoryTitle = categoryTitle
        self.valueLabels = valueLabels
        self.width = width
        self.height = height
    }
}
