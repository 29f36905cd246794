/// A finished table: named columns and rows of cells, ready for any output format.
///
/// Numbers are held as plain decimal text in the base unit (exact sums stay exact all the way to
/// the CSV), with the unit either fixed for the whole column (the CSV header says `sum_CNY`) or
/// read per row from the `unit` column (mixed units: the header says `sum`).
public struct Table: Sendable, Hashable {
    /// The columns, in order.
    public var columns: [TableColumn]
    /// The rows; each has one cell per column.
    public var rows: [[TableCell]]

    /// Creates a table.
    public init(columns: [TableColumn], rows: [[TableCell]] = []) {
        self.columns = columns
        self.rows = rows
    }

    /// The index of a column by name, or nil.
    public func index(of name: String) -> Int? {
        columns.firstIndex { $0.name == name }
    }

    /// The base unit of a number cell: the column's fixed unit, or the row's `unit` cell.
    public func unit(ofColumn column: Int, row: Int) -> String? {
        switch columns[column].unit {
        case .none: return nil
        case .fixed(let unit): return unit
        case .perRow:
            guard let u = index(of: "unit"), case .text(let unit) = rows[row][u] else { return nil }
            return unit
        }
    }

    /// When every row has the same unit and the `unit` column was not asked for, writes the unit
    /// into the columns' names (`sum_CNY`) and drops the `unit` column.
    public mutating func collapseUnitColumn() {
        guard let u = index(of: "unit"), !rows.isEmpty, columns.contains(where: { $0.unit == .perRow }) else { return }
        var units = Set<String>()
        for row in rows {
            guard case .text(let unit) = row[u] else { return }
            units.insert(unit)
        }
        guard units.count == 1, let unit = units.first else { return }
        for i in columns.indices where columns[i].unit == .perRow { columns[i].unit = .fixed(unit) }
        columns.remove(at: u)
        for r in rows.indices { rows[r].remove(at: u) }
    }

    /// Sorts rows by a column (stable: equal rows keep their order). Numbers compare by value,
    /// text by Unicode scalar order; empty cells go last either way.
    public mutating func sort(by column: Int, descending: Bool) {
        let indexed = rows.enumerated().map { ($0.offset, $0.element) }
        let sorted = indexed.sorted { a, b in
            let x = a.1[column], y = b.1[column]
            if let order = TableCell.order(x, y, descending: descending) { return order }
            return a.0 < b.0
        }
        rows = sorted.map(\.1)
    }

    /// Keeps the first `count` rows.
    public mutating func keepFirst(_ count: Int) {
        if rows.count > count { rows.removeLast(rows.count - max(0, count)) }
    }
}

/// One column of a `Table`.
public struct TableColumn: Sendable, Hashable {
    /// What the cells hold.
    public enum Kind: Sendable, Hashable {
        /// Text.
        case text
        /// Numbers (plain decimal text).
        case number
        /// Lists of text (sources).
        case list
    }

    /// The column's unit, for number columns.
    public enum Unit: Sendable, Hashable {
        /// No unit: counts.
        case none
        /// Every row in this base unit.
        case fixed(String)
        /// Each row's `unit` cell.
        case perRow
    }

    /// The name: a mention field (`label`), an aggregate (`sum`), or a preset's column (`amount`).
    public var name: String
    /// What the cells hold.
    public var kind: Kind
    /// The unit of its numbers.
    public var unit: Unit

    /// Creates a column.
    public init(name: String, kind: Kind, unit: Unit = .none) {
        self.name = name
        self.kind = kind
        self.unit = unit
    }

    /// The name with a fixed unit: "sum_CNY"; else just the name.
    public var headerName: String {
        if case .fixed(let unit) = self.unit { return name + "_" + unit }
        return name
    }
}

/// One cell of a `Table`.
public enum TableCell: Sendable, Hashable {
    /// Text.
    case text(String)
    /// A number as plain decimal text in the base unit ("325000000", "-12.6").
    case number(String)
    /// Several texts (the documents a fact comes from).
    case list([String])
    /// Nothing.
    case empty

    /// The number, when this is a number.
    public var doubleValue: Double? {
        if case .number(let text) = self { return Double(text) }
        return nil
    }

    /// The text of a text cell, the items of a list joined by "; ", a number's text, or "".
    public var plainText: String {
        switch self {
        case .text(let s): return s
        case .number(let s): return s
        case .list(let items): return items.joined(separator: "; ")
        case .empty: return ""
        }
    }

    /// Sort order of two cells, or nil when they are equal.
    static func order(_ a: TableCell, _ b: TableCell, descending: Bool) -> Bool? {
        switch (a, b) {
        case (.empty, .empty): return nil
        case (.empty, _): return false
        case (_, .empty): return true
        default: break
        }
        if let x = a.doubleValue, let y = b.doubleValue {
            if x == y { return nil }
            return descending ? x > y : x < y
        }
        let x = a.plainText, y = b.plainText
        if x == y { return nil }
        let less = x.unicodeScalars.lexicographicallyPrecedes(y.unicodeScalars)
        return descending ? !less : less
    }
}
