import TongjiFormat

/// A table as GitHub-flavoured Markdown: numbers right-aligned in Chinese units, `|` escaped and
/// line breaks inside cells written as `<br>`.
public enum MarkdownTableWriter {
    /// The Markdown text.
    public static func write(_ table: Table, formatter: ChineseNumberFormatter = ChineseNumberFormatter()) -> String {
        func escape(_ s: String) -> String {
            var out = ""
            for ch in s {
                switch ch {
                case "|": out += "\\|"
                case "\r\n", "\n", "\r": out += "<br>"
                default: out.append(ch)
                }
            }
            return out
        }
        var lines: [String] = []
        lines.append("| " + table.columns.map { escape(HumanCells.header($0)) }.joined(separator: " | ") + " |")
        lines.append("|" + table.columns.map { $0.kind == .number ? "---:" : "---" }.joined(separator: "|") + "|")
        for r in table.rows.indices {
            let cells = table.columns.indices.map { escape(HumanCells.text(table, row: r, column: $0, formatter: formatter)) }
            lines.append("| " + cells.joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
