/// The kinds of chart Tongji draws.
public enum ChartKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// One series as bars; vertical, switching to horizontal when labels are long or many.
    case bar
    /// One series as horizontal bars (long labels, rankings).
    case hbar
    /// Several series side by side in each category.
    case grouped
    /// Several series stacked in each category (the stack shows the total).
    case stacked
}

/// Which way the bars run.
public enum ChartOrientation: String, Sendable, Hashable, Codable {
    /// Bars grow up from the category axis at the bottom.
    case vertical
    /// Bars grow right from the category axis at the left.
    case horizontal
}

/// The order of the categories.
public enum CategoryOrder: String, Sendable, Hashable, Codable, CaseIterable {
    /// Largest first (by the category's total over all series).
    case desc
    /// Smallest first.
    case asc
    /// As in the input.
    case none
}
