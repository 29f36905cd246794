import TongjiFormat

/// Rows of text cells with a header: what `tongji chart` reads from a CSV table or from mention
/// JSON Lines, turned into a `ChartSpec` by naming columns.
///
/// Values of the same category (and group) are summed, so raw mention records chart directly:
/// `--x label --y value` sums each project's mentions. Categories and groups keep the order in
/// which they first appear (sort them with the spec's `sort`).
///
/// ```swift
/// let table = ChartTable(header: ["label", "amount_CNY"], rows: [["管道", "325000000"], ["公路", "8e7"]])
/// let spec = try table.spec(x: "label", y: "amount_CNY")
/// print(spec.unit)   // Prints "CNY" (from the column name's unit suffix)
/// ```
public struct ChartTable: Sendable, Hashable {
    /// Column names.
    public var header: [String]
    /// Cells, one array per row (short rows read as empty cells).
    public var rows: [[String]]

    /// Creates a table.
    public init(header: [String], rows: [[String]]) {
        self.header = header
        self.rows = rows
    }

    /// A spec with categories from column `x`, values summed from column `y`, and one series
    /// per distinct value of `group` when given.
    ///
    /// The unit is `unit` when given, else the `unit` column when every row agrees, else the
    /// suffix of the value column's name (`amount_CNY` → CNY, as `tongji table` names columns).
    /// Rows with an empty category or value are skipped; a value that is not a number is an error.
    public func spec(x: String, y: String, group: String? = nil, unit: String? = nil) throws(ChartError) -> ChartSpec {
        let xi = try column(x)
        let yi = try column(y)
        let gi = try group.map { name throws(ChartError) in try column(name) }
        let ui = header.firstIndex(of: "unit")

        var categories: [String] = []
        var categoryIndex: [String: Int] = [:]
        var groups: [String] = []
        var groupIndex: [String: Int] = [:]
        var sums: [Int: [Int: Double]] = [:]
        var units: [String] = []

        for (r, row) in rows.enumerated() {
            let category = cell(row, xi)
            let valueText = cell(row, yi)
            if category.isEmpty || valueText.isEmpty { continue }
            guard let value = Self.number(valueText) else {
                throw .notANumber(column: y, row: r + 2, text: valueText)
            }
            let name = gi.map { cell(row, $0) } ?? ""
            if let ui, case let u = cell(row, ui), !u.isEmpty, !units.contains(u) { units.append(u) }
            let c = categoryIndex[category] ?? {
                categories.append(category)
                categoryIndex[category] = categories.count - 1
                return categories.count - 1
            }()
            let g = groupIndex[name] ?? {
                groups.append(name)
                groupIndex[name] = groups.count - 1
                return groups.count - 1
            }()
            sums[g, default: [:]][c, default: 0] += value
        }
        guard !categories.isEmpty else { throw .noData }
        if unit == nil, units.count > 1 { throw .mixedUnits(units) }
        let series = groups.indices.map { g in
            ChartSeries(name: groups[g], values: categories.indices.map { sums[g]?[$0] ?? 0 })
        }
        let resolvedUnit = unit ?? units.first ?? Self.unitSuffix(of: y)
        let kind: ChartKind = group == nil ? .bar : .grouped
        return ChartSpec(kind: kind, categories: categories, series: series, unit: resolvedUnit, valueTitle: "")
    }

    private func column(_ name: String) throws(ChartError) -> Int {
        guard let index = header.firstIndex(of: name) else { throw .unknownColumn(name, available: header) }
        return index
    }

    private func cell(_ row: [String], _ index: Int) -> String {
        index < row.count ? row[index].trimmingLeadingSpaces.trimmingTrailingSpaces : ""
    }

    /// A number cell: plain decimal or exponent notation, thousands separators allowed.
    static func number(_ text: String) -> Double? {
        let cleaned = text.filter { $0 != "," }
        guard let value = Double(cleaned), value.isFinite else { return nil }
        return value
    }

    /// The unit a `tongji table` column name carries: "amount_CNY" → "CNY", "area_m2" → "m2";
    /// "" when the suffix is not a known base unit.
    static func unitSuffix(of column: String) -> String {
        guard let underscore = column.lastIndex(of: "_") else { return "" }
        let suffix = String(column[column.index(after: underscore)...])
        let known = UnitDisplay.name(of: suffix) != suffix
        return known ? suffix : ""
    }
}

extension ChartTable {
    /// The columns to chart when none are named: mention records chart `label` by `value`;
    /// other tables chart their first column by the first other column whose cells are all
    /// numbers. Nil when no column holds numbers.
    public func defaultColumns() -> (x: String, y: String)? {
        if header.contains("label"), header.contains("value") { return ("label", "value") }
        guard let x = header.first else { return nil }
        for (i, name) in header.enumerated() where i > 0 {
            let cells = rows.map { i < $0.count ? $0[i] : "" }.filter { !$0.isEmpty }
            if !cells.isEmpty, cells.allSatisfy({ Self.number($0) != nil }) { return (x, name) }
        }
        return nil
    }
}
