import TongjiFormat
import TongjiTables

/// One table of the report: the `TongjiTables` table written to CSV as it is, the columns shown
/// to readers (in Chinese), and for every row the sources its figures come from.
public struct ReportTable: Sendable {
    /// A short name, used for the CSV file and the HTML anchor ("investments").
    public var name: String
    /// The heading ("重点投资项目").
    public var title: String
    /// One sentence on what the table holds and how it was made.
    public var note: String
    /// The table itself, exactly what the CSV holds.
    public var table: Table
    /// The columns shown in HTML and Markdown, in order (indices into `table.columns`).
    public var shownColumns: [Int]
    /// For each row, where its figures come from (first: the one its numbers link to).
    public var rowSources: [[SourceLink]]

    /// The CSV file's name in the output folder.
    public var csvFile: String { name + ".csv" }

    /// Creates a report table showing the named columns (names missing from the table are skipped).
    public init(name: String, title: String, note: String, table: Table, show: [String], rowSources: [[SourceLink]]) {
        self.name = name
        self.title = title
        self.note = note
        self.table = table
        self.shownColumns = show.compactMap { table.index(of: $0) }
        self.rowSources = rowSources
    }

    /// The headings of the shown columns, in Chinese (the cells carry their units).
    public var headings: [String] {
        shownColumns.map { ChineseNames.column(table.columns[$0].name) }
    }

    /// True when a shown column holds numbers (right-aligned, linked to the row's source).
    public func isNumber(shown index: Int) -> Bool {
        table.columns[shownColumns[index]].kind == .number
    }

    /// A shown cell as a reader sees it: numbers in Chinese units (3.25亿元), codes in Chinese.
    public func text(row: Int, shown index: Int) -> String {
        let column = shownColumns[index]
        let text = table.displayText(row: row, column: column, formatter: Self.formatter)
        switch table.columns[column].name {
        case "dimension": return ChineseNames.dimension(code: text)
        case "qualifier": return ChineseNames.qualifier(code: text)
        default: return text
        }
    }

    /// Values keep the digits the text gave (130.41亿元, not 130.4亿元), up to six.
    static let formatter = ChineseNumberFormatter(significantDigits: 6)
}
