import TongjiExtract

/// Runs a `TableQuery` over a stream of mentions: filter, then dedupe, then group (or list),
/// then sort and cut.
///
/// Feed mentions with `add(_:)` as they are read; only what the table needs is kept (one
/// accumulator per group when grouping without dedupe, the facts with dedupe, the rows when
/// listing).
///
/// ```swift
/// var engine = TableEngine(query: TableQuery(filters: [try MentionFilter(parsing: "dimension=money")], by: [.label]))
/// for m in mentions { engine.add(m) }
/// let table = try engine.table()
/// ```
public struct TableEngine: Sendable {
    /// The query being run.
    public let query: TableQuery
    private var aggregator: Aggregator?
    private var deduplicator: Deduplicator?
    private var listed: [Mention] = []
    /// Mentions read, and mentions that passed the filters.
    public private(set) var seen = 0, passed = 0

    /// Creates an engine for a query.
    public init(query: TableQuery) {
        self.query = query
        if !query.by.isEmpty { aggregator = Aggregator(by: query.by, aggregates: query.aggregates) }
        if query.dedupe { deduplicator = Deduplicator(perDocument: query.by.contains(.doc)) }
    }

    /// The fields a mention must carry for this query (the rest may be left empty by a fast reader).
    public var neededFields: Set<MentionField> {
        var fields = Set(query.filters.map(\.field))
        fields.formUnion(query.by)
        fields.insert(.unit)
        if query.dedupe { fields.formUnion([.label, .doc]) }
        if query.aggregates.contains(.docs) { fields.insert(.doc) }
        if query.by.isEmpty { fields.formUnion(MentionField.allCases) }
        return fields
    }

    /// Adds one mention.
    public mutating func add(_ mention: Mention) {
        seen += 1
        for f in query.filters where !f.matches(mention) { return }
        passed += 1
        if deduplicator != nil {
            deduplicator!.add(mention)
        } else if aggregator != nil {
            aggregator!.add(mention)
        } else {
            listed.append(mention)
        }
    }

    /// Merges another engine's partial work (same query), e.g. from another thread.
    public mutating func merge(_ other: TableEngine) {
        seen += other.seen
        passed += other.passed
        if let o = other.aggregator { aggregator?.merge(o) }
        listed += other.listed
        if let o = other.deduplicator { deduplicator?.merge(o) }
    }

    /// The finished table, sorted and cut as asked.
    public func table() throws(TableUsageError) -> Table {
        var table: Table
        if let deduplicator {
            let facts = deduplicator.result
            if var aggregator {
                for fact in facts { aggregator.add(fact) }
                table = aggregator.table()
            } else {
                table = MentionListing.table(of: facts)
            }
        } else if let aggregator {
            table = aggregator.table()
        } else {
            let ordered = listed.sorted { Fact.precedes($0, $1) }
            table = MentionListing.table(of: ordered)
        }
        if let sort = query.sort { try sort.apply(to: &table) }
        if let top = query.top { table.keepFirst(top) }
        return table
    }
}
