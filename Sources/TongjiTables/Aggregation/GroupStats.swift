import TongjiExtract

/// The running statistics of one group: count, exact sum, min, max, and the documents seen.
///
/// Two `GroupStats` merge (`merge(_:)`) into what one pass over both inputs would give: counts
/// and sums add, min and max combine, document sets unite. The mean is not stored; it is
/// sum ÷ count when the table is written, so merged tables have the same mean as one run.
public struct GroupStats: Sendable, Hashable {
    /// Mentions (or facts) in the group.
    public var count = 0
    /// Their values added exactly.
    public var sum = DecimalSum()
    /// The smallest value, nil while empty.
    public var min: ExactDecimal? { didSet { minDouble = min.map(DecimalText.double) ?? 0 } }
    /// The largest value, nil while empty.
    public var max: ExactDecimal? { didSet { maxDouble = max.map(DecimalText.double) ?? 0 } }
    // The doubles of min and max, to compare most values without exact arithmetic.
    private var minDouble = 0.0, maxDouble = 0.0

    /// a < b, decided by the doubles when they differ (rounding is monotone, so a smaller double
    /// means a smaller decimal) and exactly when they are equal.
    static func less(_ a: ExactDecimal, _ da: Double, _ b: ExactDecimal, _ db: Double) -> Bool {
        if da != db { return da < db }
        return a < b
    }

    /// Distinct documents, when counted (`docs` aggregate); nil otherwise.
    public var docs: Set<String>?

    /// Empty statistics; `countDocs` keeps the set of documents.
    public init(countDocs: Bool = false) {
        docs = countDocs ? [] : nil
    }

    /// Adds one value (in the base unit) from the given documents.
    public mutating func add(value: Double, exact: ExactDecimal?, docs sources: some Sequence<String>) {
        count += 1
        let decimal = exact ?? DecimalText.exact(value)
        sum.add(value, exact: decimal)
        if let decimal {
            let d = DecimalText.double(decimal)
            if min.map({ Self.less(decimal, d, $0, minDouble) }) ?? true { min = decimal }
            if max.map({ Self.less($0, maxDouble, decimal, d) }) ?? true { max = decimal }
        }
        if docs != nil { for d in sources { docs!.insert(d) } }
    }

    /// Combines another group's statistics into these.
    public mutating func merge(_ other: GroupStats) {
        count += other.count
        sum.add(other.sum)
        if let m = other.min, min.map({ m < $0 }) ?? true { min = m }
        if let m = other.max, max.map({ $0 < m }) ?? true { max = m }
        if let o = other.docs { docs = (docs ?? []).union(o) }
    }

    /// sum ÷ count as plain decimal text (15 significant digits), nil for an empty group.
    public var meanText: String? {
        guard count > 0 else { return nil }
        return MeanText.of(sum: sum, count: count)
    }
}

/// sum ÷ count written as plain decimal text.
enum MeanText {
    /// Exact when the quotient terminates within 15 significant digits, else rounded to them.
    static func of(sum: DecimalSum, count: Int) -> String {
        let q = sum.doubleValue / Double(count)
        return TongjiFormatBridge.plain(q)
    }
}
