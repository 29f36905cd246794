/// One named row of values, one per category (a single-series chart has one, named or not).
public struct ChartSeries: Sendable, Hashable, Codable {
    /// The name shown in the legend ("" for a single unnamed series).
    public var name: String
    /// One value per category, in the chart's base unit.
    public var values: [Double]

    /// Creates a series.
    public init(name: String = "", values: [Double]) {
        self.name = name
        self.values = values
    }
}
