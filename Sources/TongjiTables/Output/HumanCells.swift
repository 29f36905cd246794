import TongjiFormat

/// Cells written for people: numbers in Chinese units (3.25亿元, 14.5万平方米, 1,234人), counts with
/// thousands separators, lists joined with "、".
enum HumanCells {
    static func text(_ table: Table, row: Int, column: Int, formatter: ChineseNumberFormatter) -> String {
        let cell = table.rows[row][column]
        switch cell {
        case .text(let s): return s
        case .list(let items) where table.columns[column].name == "other_amounts":
            return otherAmounts(items, table: table, row: row, formatter: formatter)
        case .list(let items): return items.joined(separator: "、")
        case .empty: return ""
        case .number(let s):
            guard let v = Double(s) else { return s }
            if let unit = table.unit(ofColumn: column, row: row) {
                return UnitDisplay.format(v, baseUnit: unit, formatter: formatter)
            }
            return formatter.format(v, in: .one)
        }
    }

    /// The investments preset's "keyword=amount" items in the row's unit: "计划投资 45.9亿元".
    static func otherAmounts(_ items: [String], table: Table, row: Int, formatter: ChineseNumberFormatter) -> String {
        let unit = table.index(of: "amount").flatMap { table.unit(ofColumn: $0, row: row) } ?? "CNY"
        return items.map { item in
            guard let eq = item.lastIndex(of: "="), let value = Double(item[item.index(after: eq)...]) else { return item }
            return String(item[..<eq]) + " " + UnitDisplay.format(value, baseUnit: unit, formatter: formatter)
        }.joined(separator: "、")
    }

    /// The header for people: the name, with the unit's Chinese name when fixed ("sum (元)").
    static func header(_ column: TableColumn) -> String {
        if case .fixed(let unit) = column.unit { return column.name + " (" + UnitDisplay.name(of: unit) + ")" }
        return column.name
    }
}
