/// The formats `tongji table` writes.
public enum TableFormat: String, Sendable, Hashable, CaseIterable {
    /// RFC 4180 CSV, numbers raw in base units, units in the headers (`amount_CNY`).
    case csv
    /// JSON Lines: one object per row, numbers raw, a `unit` member when units are in headers.
    case jsonl
    /// A Markdown table with values in Chinese units (3.25亿元).
    case markdown
    /// An aligned table for a terminal, values in Chinese units, CJK aligned by display width.
    case table

    /// The table written in this format.
    public func render(_ table: Table, bom: Bool = false) -> [UInt8] {
        switch self {
        case .csv: return CSVTableWriter.write(table, bom: bom)
        case .jsonl: return JSONLinesTableWriter.write(table)
        case .markdown: return Array(MarkdownTableWriter.write(table).utf8)
        case .table: return Array(TerminalTableWriter.write(table).utf8)
        }
    }
}
