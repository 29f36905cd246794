import ArgumentParser
import TongjiExtract
import TongjiFormat
import TongjiTables

/// How `tongji extract` writes what it finds: JSON Lines (the mention record of the spec, with
/// error records in-band), CSV (for spreadsheets; errors only on stderr), or an aligned table for
/// a terminal (values shown as people read them, 3.25亿元; errors only on stderr).
enum ExtractOutputFormat: String, CaseIterable, ExpressibleByArgument {
    case jsonl
    case csv
    case table

    /// The table's columns: title, width in terminal columns, alignment.
    static let tableColumns: [(title: String, width: Int, alignment: DisplayWidth.Alignment)] = [
        ("doc", 24, .left), ("start", 6, .right), ("text", 18, .left), ("value", 16, .right),
        ("dimension", 11, .left), ("qualifier", 9, .left), ("keyword", 10, .left), ("label", 24, .left),
    ]

    /// Values in the table keep the digits the text gave (130.41亿元, not 130.4亿元).
    static let valueFormatter = ChineseNumberFormatter(significantDigits: 10)

    /// Whether error records go into the output itself (only JSON Lines has room for them).
    var carriesErrors: Bool { self == .jsonl }

    /// Appends what comes before the first record.
    func appendHeader(to out: inout [UInt8]) {
        switch self {
        case .jsonl:
            break
        case .csv:
            var csv = CSVWriter()
            csv.writeHeader(MentionCSV.header)
            out += csv.bytes
        case .table:
            appendTableRow(Self.tableColumns.map(\.title), to: &out)
            appendTableRow(Self.tableColumns.map { String(repeating: "-", count: $0.width) }, to: &out)
        }
    }

    /// Appends one piece's mentions (and, for JSON Lines, its error records) in order; the result
    /// may be left without its mentions.
    func append(_ result: inout DocumentResult, to out: inout [UInt8]) {
        switch self {
        case .jsonl:
            result.takeJSONLines(to: &out)  // error records first, a shared sentence escaped once
        case .csv:
            var csv = CSVWriter()
            for m in result.mentions { csv.writeRow(MentionCSV.cells(m)) }
            out += csv.bytes
        case .table:
            for m in result.mentions {
                var value = UnitDisplay.format(m.value, baseUnit: m.unit, formatter: Self.valueFormatter)
                if let max = m.valueMax { value += "～" + UnitDisplay.format(max, baseUnit: m.unit, formatter: Self.valueFormatter) }
                appendTableRow([
                    m.doc, String(m.start), Self.oneLine(m.text), value, m.dimension.rawValue, m.qualifier.rawValue,
                    m.keyword ?? "", m.label ?? "",
                ], to: &out)
            }
        }
    }

    /// One table row: each cell cut and padded to its column by display width (CJK counts 2).
    private func appendTableRow(_ cells: [String], to out: inout [UInt8]) {
        var line = ""
        for (cell, column) in zip(cells, Self.tableColumns) {
            if !line.isEmpty { line += "  " }
            line += DisplayWidth.pad(DisplayWidth.truncate(cell, to: column.width), to: column.width, alignment: column.alignment)
        }
        while line.hasSuffix(" ") { line.removeLast() }
        out += Array(line.utf8)
        out.append(0x0A)
    }

    /// Line breaks and tabs inside a mention's text ("14.5万平方\n米") shown as spaces in a table cell.
    private static func oneLine(_ text: String) -> String {
        String(text.map { $0 == "\n" || $0 == "\r\n" || $0 == "\t" || $0 == "\r" ? " " : $0 })
    }
}
