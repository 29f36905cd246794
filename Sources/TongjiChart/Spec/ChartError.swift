/// Why a chart cannot be made. Messages are lowercase, quote the input and say what to do.
public enum ChartError: Error, Sendable, Hashable, CustomStringConvertible {
    /// No categories or no series.
    case noData
    /// A series has a different number of values than there are categories.
    case seriesLengthMismatch(series: String, values: Int, categories: Int)
    /// A value is infinite or NaN.
    case notFinite(category: String, series: String)
    /// The canvas is too small to hold a chart.
    case canvasTooSmall(width: Double, height: Double)
    /// A column named in the chart options is not in the input.
    case unknownColumn(String, available: [String])
    /// A cell of the value column is not a number.
    case notANumber(column: String, row: Int, text: String)
    /// The rows mix units, so one axis cannot show them.
    case mixedUnits([String])

    /// The message shown to the user.
    public var description: String {
        switch self {
        case .noData:
            return "no data to chart: the input has no rows with a category and a value; check the input and the --x/--y columns"
        case .seriesLengthMismatch(let series, let values, let categories):
            return "series \"\(series)\" has \(values) values for \(categories) categories: give one value per category"
        case .notFinite(let category, let series):
            let name = series.isEmpty ? "" : " in series \"\(series)\""
            return "the value of \"\(category)\"\(name) is not a finite number: fix or drop it"
        case .canvasTooSmall(let width, let height):
            return "a \(Int(width))x\(Int(height)) canvas is too small for a chart: use at least 200x150"
        case .unknownColumn(let name, let available):
            return "unknown column \"\(name)\": the input has \(available.map { "\"\($0)\"" }.joined(separator: ", "))"
        case .notANumber(let column, let row, let text):
            return "column \"\(column)\" row \(row): \"\(text)\" is not a number"
        case .mixedUnits(let units):
            return "the rows mix units \(units.map { "\"\($0)\"" }.joined(separator: ", ")): filter to one unit first (tongji table --where unit=...)"
        }
    }
}
