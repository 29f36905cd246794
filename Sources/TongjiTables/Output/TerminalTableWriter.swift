import TongjiFormat

/// A table for a terminal: columns aligned by display width (CJK characters take two columns),
/// numbers right-aligned in Chinese units, long text cut with "…" at `maxTextWidth`, line breaks
/// inside cells shown as spaces.
public enum TerminalTableWriter {
    /// The aligned text, a header line, a rule, then one line per row.
    public static func write(_ table: Table, maxTextWidth: Int = 40, formatter: ChineseNumberFormatter = ChineseNumberFormatter()) -> String {
        let headers = table.columns.map(HumanCells.header)
        var cells: [[String]] = []
        for r in table.rows.indices {
            cells.append(table.columns.indices.map { c in
                var s = HumanCells.text(table, row: r, column: c, formatter: formatter)
                s = String(s.map { $0.isNewline ? " " : $0 })
                return DisplayWidth.truncate(s, to: maxTextWidth)
            })
        }
        var widths = headers.map(DisplayWidth.of)
        for row in cells { for (i, s) in row.enumerated() { widths[i] = max(widths[i], DisplayWidth.of(s)) } }
        func line(_ row: [String]) -> String {
            var parts: [String] = []
            for (i, s) in row.enumerated() {
                let alignment: DisplayWidth.Alignment = table.columns[i].kind == .number ? .right : .left
                parts.append(DisplayWidth.pad(s, to: widths[i], alignment: alignment))
            }
            var l = parts.joined(separator: "  ")
            while l.hasSuffix(" ") { l.removeLast() }
            return l
        }
        var out = [line(headers), widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")]
        out += cells.map(line)
        return out.joined(separator: "\n") + "\n"
    }
}
