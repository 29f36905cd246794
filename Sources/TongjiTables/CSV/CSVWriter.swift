/// Writes RFC 4180 CSV into one byte buffer: CRLF line ends, fields quoted when they hold a
/// comma, a quote, CR or LF, quotes doubled; optionally the UTF-8 BOM Excel on Windows needs to
/// read Chinese; text cells guarded against formula injection.
///
/// Hand-written rather than taken from a package: CSV.swift's writer writes one byte per
/// syscall (100k rows took ~10 s here) and SwiftCSV's writer emits unquoted line breaks, which is
/// invalid CSV. This one appends to an array and the caller writes it out once.
///
/// Injection guard (OWASP "CSV injection"): a text cell starting with `=`, `+`, `-`, `@`, TAB or
/// CR gets a leading `'`, so a spreadsheet shows it as text instead of running it. Number cells
/// (`CSVCell.number`) are never changed, so -12.6 stays a number.
///
/// ```swift
/// var csv = CSVWriter(bom: true)
/// csv.writeRow([.text("label"), .text("amount_CNY")])
/// csv.writeRow([.text("热电联产长输管道, 一期"), .number("325000000")])
/// // csv.bytes: EF BB BF "label,amount_CNY\r\n\"热电联产长输管道, 一期\",325000000\r\n"
/// ```
public struct CSVWriter: Sendable {
    /// The UTF-8 byte order mark.
    public static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Everything written so far.
    public private(set) var bytes: [UInt8] = []

    /// Creates a writer; with `bom`, the buffer starts with the UTF-8 byte order mark.
    public init(bom: Bool = false) {
        if bom { bytes.append(contentsOf: Self.byteOrderMark) }
    }

    /// Appends one record and its CRLF.
    public mutating func writeRow(_ cells: [CSVCell]) {
        for (i, cell) in cells.enumerated() {
            if i > 0 { bytes.append(UInt8(ascii: ",")) }
            switch cell {
            case .empty: break
            case .number(let text): Self.appendField(text, guarded: false, to: &bytes)
            case .text(let text): Self.appendField(text, guarded: true, to: &bytes)
            }
        }
        bytes.append(0x0D)
        bytes.append(0x0A)
    }

    /// Appends a header record: plain text cells (still guarded and quoted as needed).
    public mutating func writeHeader(_ names: [String]) {
        writeRow(names.map { .text($0) })
    }

    /// The text as it would be written in a text cell, after the injection guard, before quoting.
    public static func guarded(_ text: String) -> String {
        guard let first = text.utf8.first, isFormulaStart(first) else { return text }
        return "'" + text
    }

    private static func isFormulaStart(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D: return true
        default: return false
        }
    }

    private static func appendField(_ text: String, guarded: Bool, to out: inout [UInt8]) {
        var needsQuotes = false
        for b in text.utf8 where b == UInt8(ascii: ",") || b == UInt8(ascii: "\"") || b == 0x0D || b == 0x0A {
            needsQuotes = true
            break
        }
        let prefix = guarded && text.utf8.first.map(isFormulaStart) == true
        if needsQuotes { out.append(UInt8(ascii: "\"")) }
        if prefix { out.append(UInt8(ascii: "'")) }
        if needsQuotes {
            for b in text.utf8 {
                if b == UInt8(ascii: "\"") { out.append(b) }
                out.append(b)
            }
            out.append(UInt8(ascii: "\""))
        } else {
            out.append(contentsOf: text.utf8)
        }
    }
}
