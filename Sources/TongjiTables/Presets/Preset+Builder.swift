extension Preset {
    /// The table builder for this preset, with the user's extra filters.
    ///
    /// `summary` is the query `--by doc,dimension,unit --agg count,sum --dedupe` (facts counted
    /// once per document).
    public func builder(filters: [MentionFilter] = []) -> any MentionTableBuilder {
        switch self {
        case .investments:
            return InvestmentsTable(filters: filters)
        case .summary:
            return TableEngine(query: TableQuery(filters: filters, by: [.doc, .dimension, .unit],
                                                 aggregates: [.count, .sum], dedupe: true))
        }
    }
}
