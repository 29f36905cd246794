/// What `tongji table` is asked for: filters, grouping, statistics, dedupe, order and length.
///
/// Without `by`, the table lists the mentions (or, with `dedupe`, the facts) that pass the
/// filters; with `by`, one row per group.
public struct TableQuery: Sendable, Hashable {
    /// Every filter must pass (`--where`, repeatable).
    public var filters: [MentionFilter]
    /// The grouping fields (`--by doc,dimension`); empty lists rows.
    public var by: [MentionField]
    /// The statistics per group (`--agg`).
    public var aggregates: [Aggregate]
    /// Count each fact once (`--dedupe`; see `Deduplicator` for the rule).
    public var dedupe: Bool
    /// The column to sort by, and its direction (`--sort sum:desc`).
    public var sort: TableSortOrder?
    /// Keep only the first rows (`--top N`).
    public var top: Int?

    /// Creates a query.
    public init(filters: [MentionFilter] = [], by: [MentionField] = [], aggregates: [Aggregate] = Aggregate.standard,
                dedupe: Bool = false, sort: TableSortOrder? = nil, top: Int? = nil) {
        self.filters = filters
        self.by = by
        self.aggregates = aggregates
        self.dedupe = dedupe
        self.sort = sort
        self.top = top
    }

    /// Reads a comma-separated field list such as "doc,dimension" (for `--by`).
    public static func parseFields(_ text: String, option: String = "--by") throws(TableUsageError) -> [MentionField] {
        var out: [MentionField] = []
        for part in text.split(separator: ",", omittingEmptySubsequences: true) {
            let field = try MentionField(name: part.trimmingSpaces, option: option)
            if !out.contains(field) { out.append(field) }
        }
        return out
    }
}

/// A sort request: a column name and a direction.
public struct TableSortOrder: Sendable, Hashable {
    /// The column's name (`sum`, `count`, `label`, `amount`; a unit suffix such as `sum_CNY` is accepted too).
    public var column: String
    /// Largest first; when not given, numbers sort descending and text ascending.
    public var descending: Bool?

    /// Creates a sort order.
    public init(column: String, descending: Bool? = nil) {
        self.column = column
        self.descending = descending
    }

    /// Reads "sum", "sum:desc", "label:asc".
    public init(parsing text: String) throws(TableUsageError) {
        let parts = text.split(separator: ":", maxSplits: 1).map(String.init)
        column = parts.first ?? ""
        descending = nil
        if parts.count == 2 {
            switch parts[1] {
            case "asc": descending = false
            case "desc": descending = true
            default: throw TableUsageError("invalid sort \"\(text)\": write column, column:asc or column:desc")
            }
        }
    }

    /// Sorts a table, or explains which columns exist.
    public func apply(to table: inout Table) throws(TableUsageError) {
        guard let i = table.columns.firstIndex(where: { $0.name == column || $0.headerName == column }) else {
            throw TableUsageError.unknownSortColumn(column, valid: table.columns.map(\.name))
        }
        let numeric = table.columns[i].kind == .number
        table.sort(by: i, descending: descending ?? numeric)
    }
}
