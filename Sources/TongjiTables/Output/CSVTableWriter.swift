/// A table as CSV: the header has the unit in number columns' names (`amount_CNY`), numbers are
/// raw plain decimals in base units, lists are joined with "; ", text cells are guarded against
/// formula injection (see `CSVWriter`).
public enum CSVTableWriter {
    /// The CSV bytes, with the UTF-8 BOM first when `bom`.
    public static func write(_ table: Table, bom: Bool = false) -> [UInt8] {
        var csv = CSVWriter(bom: bom)
        csv.writeHeader(table.columns.map(\.headerName))
        for row in table.rows {
            csv.writeRow(row.map { cell in
                switch cell {
                case .text(let s): return .text(s)
                case .number(let s): return .number(s)
                case .list(let items): return .text(items.joined(separator: "; "))
                case .empty: return .empty
                }
            })
        }
        return csv.bytes
    }
}
