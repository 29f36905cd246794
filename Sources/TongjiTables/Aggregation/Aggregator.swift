import TongjiExtract

/// Groups mentions by fields and keeps each group's statistics, streaming: memory grows with the
/// number of groups, not the number of mentions.
///
/// Values of different units never share a group: the key is the `--by` fields plus `unit` when
/// it is not one of them, so "sum" always adds like with like.
///
/// ```swift
/// var agg = Aggregator(by: [.label], aggregates: [.count, .sum])
/// for m in mentions { agg.add(m) }
/// let table = agg.table()     // label | count | sum_CNY
/// ```
public struct Aggregator: Sendable {
    /// The `--by` fields, in order.
    public let by: [MentionField]
    /// The fields that make a group's key: `by`, plus `unit` when `by` lacks it.
    public let keyFields: [MentionField]
    /// The statistics written, in order.
    public let aggregates: [Aggregate]

    /// Group index by the key's bytes: fields' UTF-8 joined by 0x1F. Byte equality, not String's
    /// canonical equivalence: hashing a non-ASCII `String` normalizes it, which costs more than
    /// the rest of the per-mention work, and extracted text is already in one form.
    private var index = GroupIndex()
    private var scratch = GroupKeyBytes()
    private var keys: [[String]] = []
    private var stats: [GroupStats] = []

    /// Creates an empty aggregator.
    public init(by: [MentionField], aggregates: [Aggregate] = Aggregate.standard) {
        self.by = by
        self.keyFields = by.contains(.unit) ? by : by + [.unit]
        self.aggregates = aggregates.isEmpty ? Aggregate.standard : aggregates
    }

    /// How many groups so far.
    public var groupCount: Int { keys.count }

    /// Adds one mention.
    public mutating func add(_ mention: Mention) {
        add(mention, docs: CollectionOfOne(mention.doc))
    }

    /// Adds one fact (a mention standing for several, with all its sources).
    public mutating func add(_ fact: Fact) {
        add(fact.mention, docs: fact.sources)
    }

    private mutating func add(_ mention: Mention, docs: some Sequence<String>) {
        scratch.removeAll()
        for (n, field) in keyFields.enumerated() {
            if n > 0 { scratch.append(0x1F) }
            scratch.append(field.text(of: mention))
        }
        let (i, inserted) = index.findOrInsert(scratch)
        if inserted { append(keyFields.map { $0.text(of: mention) }) }
        stats[i].add(value: mention.value, exact: mention.exactValue, docs: docs)
    }

    /// Merges a partial group's statistics (read back from a table) into the group `key`
    /// (values of `keyFields`, in order).
    public mutating func merge(key: [String], stats partial: GroupStats) {
        let i = slot(for: key)
        stats[i].merge(partial)
    }

    /// Merges another aggregator with the same fields (per-thread partials).
    public mutating func merge(_ other: Aggregator) {
        for (k, s) in zip(other.keys, other.stats) { merge(key: k, stats: s) }
    }

    private mutating func slot(for key: [String]) -> Int {
        var bytes = GroupKeyBytes()
        for (n, k) in key.enumerated() {
            if n > 0 { bytes.append(0x1F) }
            bytes.append(k)
        }
        let (i, inserted) = index.findOrInsert(bytes)
        if inserted { append(key) }
        return i
    }

    private mutating func append(_ key: [String]) {
        keys.append(key)
        stats.append(GroupStats(countDocs: aggregates.contains(.docs)))
    }

    /// The groups as a table, rows ordered by key (Unicode scalar order, field by field) so the
    /// result does not depend on input order. The `unit` column is folded into the headers
    /// (`sum_CNY`) when every group has one unit and `unit` is not a `--by` field.
    public func table() -> Table {
        var columns = keyFields.map { TableColumn(name: $0.rawValue, kind: .text) }
        for a in aggregates {
            switch a {
            case .count, .docs: columns.append(TableColumn(name: a.rawValue, kind: .number))
            case .sum, .mean, .min, .max: columns.append(TableColumn(name: a.rawValue, kind: .number, unit: .perRow))
            }
        }
        let order = keys.indices.sorted { a, b in
            for (x, y) in zip(keys[a], keys[b]) where x != y {
                return x.unicodeScalars.lexicographicallyPrecedes(y.unicodeScalars)
            }
            return false
        }
        var rows: [[TableCell]] = []
        rows.reserveCapacity(keys.count)
        for i in order {
            var row = keys[i].map { TableCell.text($0) }
            let s = stats[i]
            for a in aggregates {
                switch a {
                case .count: row.append(.number(String(s.count)))
                case .docs: row.append(s.docs.map { .number(String($0.count)) } ?? .empty)
                case .sum: row.append(.number(s.sum.description))
                case .mean: row.append(s.meanText.map { .number($0) } ?? .empty)
                case .min: row.append(s.min.map { .number($0.description) } ?? .empty)
                case .max: row.append(s.max.map { .number($0.description) } ?? .empty)
                }
            }
            rows.append(row)
        }
        var table = Table(columns: columns, rows: rows)
        if !by.contains(.unit) { table.collapseUnitColumn() }
        return table
    }
}
