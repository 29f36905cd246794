import TongjiExtract

/// Reads `tongji table` aggregate output back (CSV or JSON Lines) and merges it, so per-partition
/// tables combine into the table one run over all the input would give (`tongji table --merge`).
///
/// Columns are recognized by name: `count`, `sum`, `min`, `max` (with or without a unit suffix
/// such as `sum_CNY`), `mean` (recomputed as sum ÷ count, and kept only when the partials have
/// it), `unit` (or the unit
/// from the suffix), and every other column is a grouping field (`label`, `doc`, ...). Counts
/// and sums add, min and max combine, all exactly. `docs` (distinct documents) cannot be merged
/// from counts and is refused; partial tables cut with `--top` would give wrong totals, so do not
/// cut partials.
///
/// ```swift
/// var merge = PartialTableMerger()
/// try merge.add(path: "part-0.csv")
/// try merge.add(path: "part-1.jsonl")
/// let table = try merge.table()
/// ```
public struct PartialTableMerger: Sendable {
    private var aggregator: Aggregator?
    private var fields: [MentionField] = []
    private var present: Set<Aggregate> = []
    private var firstSource = ""
    /// Rows merged so far.
    public private(set) var rows = 0

    /// Creates an empty merger.
    public init() {}

    /// Reads one partial table: JSON Lines when the path ends in `.jsonl` or `.json`, or when its
    /// first non-blank byte is `{`; CSV otherwise. "-" reads standard input.
    public mutating func add(path: String) throws(TableUsageError) {
        let bytes: [UInt8]
        do {
            let fd = path == "-" ? FileDescriptor.standardInput : try FileDescriptor.open(path)
            defer { if path != "-" { fd.close() } }
            bytes = try fd.readToEnd()
        } catch {
            throw TableUsageError("cannot read partial table \"\(path)\": \(error)")
        }
        try add(bytes: bytes, source: path)
    }

    /// Reads one partial table from bytes. Empty input (or only blank lines) is an empty partial.
    public mutating func add(bytes: [UInt8], source: String) throws(TableUsageError) {
        let firstByte = bytes.first { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 && $0 != 0xEF && $0 != 0xBB && $0 != 0xBF }
        // An empty partial (an empty Spark partition's output) has nothing to add.
        guard let firstByte else { return }
        if firstByte == UInt8(ascii: "{") {
            try addJSONLines(bytes, source: source)
        } else {
            let doc: CSVDocument
            do { doc = try CSVDocument.parse(bytes: bytes, path: source) } catch { throw TableUsageError(error.message) }
            try addCSV(doc, source: source)
        }
    }

    private enum Role: Equatable { case key(MentionField), count, sum, min, max, mean }

    private static func role(of header: String, source: String) throws(TableUsageError) -> (Role, String?) {
        if header == "count" { return (.count, nil) }
        if header == "docs" {
            throw TableUsageError("cannot merge column \"docs\" of \"\(source)\": distinct documents do not add up across partial tables; aggregate the partials without docs")
        }
        for (prefix, role) in [("sum", Role.sum), ("mean", .mean), ("min", .min), ("max", .max)] {
            if header == prefix { return (role, nil) }
            if header.hasPrefix(prefix + "_") { return (role, String(header.dropFirst(prefix.count + 1))) }
        }
        guard let field = MentionField(rawValue: header) else {
            throw TableUsageError("cannot merge \"\(source)\": column \"\(header)\" is neither a field (\(MentionField.validNames)) nor an aggregate (count, sum, mean, min, max); give tongji table's own aggregate output")
        }
        return (.key(field), nil)
    }

    private mutating func start(fields keyFields: [MentionField], aggregates: Set<Aggregate>, source: String) throws(TableUsageError) {
        guard aggregates.contains(.count) else {
            throw TableUsageError("cannot merge \"\(source)\": it has no count column; aggregate the partials with count (and sum for means)")
        }
        if aggregator == nil {
            fields = keyFields
            present = aggregates
            firstSource = source
            var list: [Aggregate] = [.count]
            if aggregates.contains(.sum) { list.append(.sum) }
            // The mean is recomputed from the merged sum and count, and written only where the
            // partials had it, so the merged table has the single run's columns.
            if aggregates.contains(.sum), aggregates.contains(.mean) { list.append(.mean) }
            if aggregates.contains(.min) { list.append(.min) }
            if aggregates.contains(.max) { list.append(.max) }
            aggregator = Aggregator(by: keyFields, aggregates: list)
        } else if fields != keyFields || present != aggregates {
            throw TableUsageError("cannot merge \"\(source)\" with \"\(firstSource)\": their columns differ; merge tables made by the same tongji table command")
        }
    }

    private mutating func addCSV(_ doc: CSVDocument, source: String) throws(TableUsageError) {
        var roles: [Role] = []
        var headerUnit: String?
        for h in doc.header {
            let (role, unit) = try Self.role(of: h, source: source)
            roles.append(role)
            if let unit { headerUnit = unit }
        }
        try addRows(roles: roles, headerUnit: headerUnit, source: source, rows: doc.rows.enumerated().map { ($0.offset + 2, $0.element.map { Optional($0) }) })
    }

    private mutating func addJSONLines(_ bytes: [UInt8], source: String) throws(TableUsageError) {
        var headers: [String]?
        var rows: [(Int, [String?])] = []
        var line = 0
        var from = 0
        while from < bytes.count {
            let nl = bytes[from...].firstIndex(of: 0x0A) ?? bytes.count
            line += 1
            defer { from = nl + 1 }
            let slice = bytes[from..<nl]
            if slice.allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }) { continue }
            let object: FlatJSONObject
            do { object = try FlatJSONObject(parsing: slice) } catch {
                throw TableUsageError("cannot merge \"\(source)\": line \(line): \(error.description)")
            }
            let keys = object.members.map(\.key)
            if headers == nil { headers = keys }
            guard keys == headers else {
                throw TableUsageError("cannot merge \"\(source)\": line \(line) has other members than line 1; give tongji table's own JSON Lines output")
            }
            rows.append((line, object.members.map { member -> String? in
                switch member.value {
                case .string(let s): return s
                case .number(let n): return n
                case .null: return nil
                case .bool(let b): return b ? "true" : "false"
                case .raw(let r): return r
                }
            }))
        }
        guard let headers else { return }
        var roles: [Role] = []
        for h in headers { roles.append(try Self.role(of: h, source: source).0) }
        try addRows(roles: roles, headerUnit: nil, source: source, rows: rows)
    }

    private mutating func addRows(roles: [Role], headerUnit: String?, source: String, rows input: [(Int, [String?])]) throws(TableUsageError) {
        var keyFields: [MentionField] = []
        var aggregates: Set<Aggregate> = []
        for role in roles {
            switch role {
            case .key(let f): keyFields.append(f)
            case .count: aggregates.insert(.count)
            case .sum: aggregates.insert(.sum)
            case .min: aggregates.insert(.min)
            case .max: aggregates.insert(.max)
            case .mean: aggregates.insert(.mean)
            }
        }
        // The unit is implicit (added by the aggregator, not asked with --by) when it is in the
        // headers (sum_CNY) or is the last key column, as `Aggregator.table()` writes it.
        let implicitUnit: Bool
        if headerUnit != nil {
            guard !keyFields.contains(.unit) else { throw TableUsageError("cannot merge \"\(source)\": it has both a unit column and units in its headers") }
            implicitUnit = true
        } else if keyFields.last == .unit {
            implicitUnit = true
            keyFields.removeLast()
        } else if keyFields.contains(.unit) {
            implicitUnit = false
        } else {
            throw TableUsageError("cannot merge \"\(source)\": it has no unit column and no unit in its headers (sum_CNY); give tongji table's own aggregate output")
        }
        try start(fields: keyFields, aggregates: aggregates, source: source)
        for (line, cells) in input {
            func fail(_ what: String) -> TableUsageError {
                TableUsageError("cannot merge \"\(source)\": line \(line): \(what)")
            }
            var key: [String] = []
            var stats = GroupStats()
            for (role, cell) in zip(roles, cells) {
                switch role {
                case .key: key.append(cell ?? "")
                case .count:
                    guard let text = cell, let n = Int(text), n >= 0 else { throw fail("count \"\(cell ?? "")\" is not a whole number") }
                    stats.count = n
                case .sum:
                    guard let text = cell, let s = DecimalSum(text: text) else { throw fail("sum \"\(cell ?? "")\" is not a number") }
                    stats.sum = s
                case .min, .max:
                    guard let text = cell, !text.isEmpty else { break }
                    guard let d = DecimalText.parse(text) else { throw fail("\"\(text)\" is not a number") }
                    if role == .min { stats.min = d } else { stats.max = d }
                case .mean: break
                }
            }
            guard key.count + (headerUnit == nil ? 0 : 1) == keyFields.count + (implicitUnit ? 1 : 0) else {
                throw fail("it has \(cells.count) fields, the header \(roles.count)")
            }
            if let headerUnit { key.append(headerUnit) }
            aggregator?.merge(key: key, stats: stats)
            rows += 1
        }
    }

    /// The merged table (empty when nothing was read).
    public func table() -> Table {
        aggregator?.table() ?? Table(columns: [])
    }
}
