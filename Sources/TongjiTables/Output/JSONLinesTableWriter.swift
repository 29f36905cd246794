import TongjiExtract

/// A table as JSON Lines: one object per row, keys the column names, numbers raw in base units,
/// lists as arrays, empty cells as null. When the units were folded into the headers (every row
/// has one unit), each object carries it as `"unit"` before its first number, so the record
/// stands alone (and
/// `tongji table --merge` can read it back).
public enum JSONLinesTableWriter {
    /// The JSON Lines bytes.
    public static func write(_ table: Table) -> [UInt8] {
        var out: [UInt8] = []
        var fixedUnit: String?
        if table.index(of: "unit") == nil {
            for c in table.columns { if case .fixed(let u) = c.unit { fixedUnit = u; break } }
        }
        // The unit goes right after the text (key) columns, before the first number.
        let unitBefore = table.columns.firstIndex { $0.kind == .number }
        for row in table.rows {
            out.append(UInt8(ascii: "{"))
            var first = true
            func key(_ k: String) {
                if !first { out.append(UInt8(ascii: ",")) }
                first = false
                JSONWriter.appendKey(k, to: &out)
            }
            for (i, cell) in row.enumerated() {
                if i == unitBefore, let fixedUnit {
                    key("unit")
                    JSONWriter.appendString(fixedUnit, to: &out)
                }
                key(table.columns[i].name)
                switch cell {
                case .text(let s): JSONWriter.appendString(s, to: &out)
                case .number(let s): out.append(contentsOf: s.utf8)
                case .list(let items):
                    out.append(UInt8(ascii: "["))
                    for (j, item) in items.enumerated() {
                        if j > 0 { out.append(UInt8(ascii: ",")) }
                        JSONWriter.appendString(item, to: &out)
                    }
                    out.append(UInt8(ascii: "]"))
                case .empty: out.append(contentsOf: "null".utf8)
                }
            }
            out.append(UInt8(ascii: "}"))
            out.append(0x0A)
        }
        return out
    }
}
