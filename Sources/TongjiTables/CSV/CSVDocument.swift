import CSV
import Foundation

/// A CSV file read whole: its header and its rows of text fields.
///
/// Reading goes through CSV.swift (yaslab), which handles quoted commas, quotes and line breaks;
/// a leading UTF-8 BOM is stripped first. Used to read `tongji table` output back (the chart
/// command, `--merge` of partial aggregates, tests). Fields are text; numbers are parsed by the
/// caller, who knows which columns hold them.
///
/// ```swift
/// let doc = try CSVDocument.read(path: "output/investments.csv")
/// print(doc.header)        // Prints ["label", "amount_CNY", ...]
/// print(doc.column("amount_CNY"))
/// ```
public struct CSVDocument: Sendable, Hashable {
    /// The first record: the column names.
    public var header: [String]
    /// Every other record, each as many fields as it has.
    public var rows: [[String]]

    /// Creates a document from parts.
    public init(header: [String], rows: [[String]]) {
        self.header = header
        self.rows = rows
    }

    /// Reads a CSV file (UTF-8, BOM or not).
    public static func read(path: String) throws(CSVReadError) -> CSVDocument {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CSVReadError(path: path, message: "cannot read \"\(path)\": check that the file exists and is readable")
        }
        return try parse(bytes: Array(data), path: path)
    }

    /// Parses CSV bytes (UTF-8, BOM or not). `path` only names the source in errors.
    public static func parse(bytes: [UInt8], path: String = "<csv>") throws(CSVReadError) -> CSVDocument {
        var body = bytes[...]
        if body.starts(with: CSVWriter.byteOrderMark) { body = body.dropFirst(3) }
        guard let text = String(validating: body, as: UTF8.self) else {
            throw CSVReadError(path: path, message: "\"\(path)\" is not UTF-8 text: save it as UTF-8 CSV")
        }
        return try parse(text, path: path)
    }

    /// Parses CSV text. An empty text gives an empty header and no rows.
    public static func parse(_ text: String, path: String = "<csv>") throws(CSVReadError) -> CSVDocument {
        var text = text
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        if text.isEmpty { return CSVDocument(header: [], rows: []) }
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: true)
        } catch {
            throw CSVReadError(path: path, message: "\"\(path)\" is not valid CSV (\(error)): check its quoting")
        }
        var rows: [[String]] = []
        while let row = reader.next() { rows.append(row) }
        if let error = reader.error {
            throw CSVReadError(path: path, message: "\"\(path)\" is not valid CSV (\(error)): check its quoting")
        }
        return CSVDocument(header: reader.headerRow ?? [], rows: rows)
    }

    /// The index of a column by name, or nil.
    public func index(of column: String) -> Int? {
        header.firstIndex(of: column)
    }

    /// Every row's field in a column ("" where a row is short), or nil when there is no such column.
    public func column(_ name: String) -> [String]? {
        guard let i = index(of: name) else { return nil }
        return rows.map { i < $0.count ? $0[i] : "" }
    }
}

/// A CSV file that could not be read.
public struct CSVReadError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file (or "<csv>" for text).
    public var path: String
    /// What went wrong and what to do, lowercase, quoting the path.
    public var message: String

    /// Creates an error.
    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
