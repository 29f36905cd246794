import Foundation
import TongjiChart
import TongjiExtract
import TongjiTables

/// Reads what `tongji chart` charts into a `ChartTable`: a CSV table (from `tongji table`, BOM
/// or not) or mention JSON Lines (from `tongji extract`), told apart by the first character.
enum ChartInput {
    /// A problem reading the input, with the path and line.
    struct ReadError: Error, CustomStringConvertible {
        var description: String
    }

    static func read(path: String) throws -> ChartTable {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ReadError(description: "cannot read \"\(path)\": check that the file exists and is readable")
        }
        var bytes = Array(data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        let first = bytes.first { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\n") && $0 != UInt8(ascii: "\r") && $0 != UInt8(ascii: "\t") }
        if first == UInt8(ascii: "{") { return try jsonLines(bytes, path: path) }
        do {
            let document = try CSVDocument.parse(bytes: bytes, path: path)
            return ChartTable(header: document.header, rows: document.rows)
        } catch {
            throw ReadError(description: error.description)
        }
    }

    /// Mention records (or any flat JSON objects): columns are the keys in order of appearance.
    private static func jsonLines(_ bytes: [UInt8], path: String) throws -> ChartTable {
        var header: [String] = []
        var index: [String: Int] = [:]
        var rows: [[String]] = []
        var lineNumber = 0
        for line in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            if line.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\r") || $0 == UInt8(ascii: "\t") }) { continue }
            let object: FlatJSONObject
            do {
                object = try FlatJSONObject(parsing: line)
            } catch {
                throw ReadError(description: "\(path):\(lineNumber): \(error)")
            }
            if object["error"] != nil, object["value"] == nil { continue }  // an extractor's error record
            var row = [String](repeating: "", count: header.count)
            for (key, value) in object.members {
                let column = index[key] ?? {
                    header.append(key)
                    index[key] = header.count - 1
                    row.append("")
                    return header.count - 1
                }()
                switch value {
                case .string(let s): row[column] = s
                case .number(let n): row[column] = n
                case .bool(let b): row[column] = b ? "true" : "false"
                case .null: row[column] = ""
                case .raw(let r): row[column] = r
                }
            }
            rows.append(row)
        }
        return ChartTable(header: header, rows: rows)
    }
}
