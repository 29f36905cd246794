/// A statistic computed per group (`--agg count,sum,mean,min,max,docs`).
///
/// Sums are exact decimals (see `DecimalSum`); means are sum ÷ count at output time, so that
/// merged partial tables give the same mean as one run.
public enum Aggregate: String, Sendable, Hashable, CaseIterable {
    /// How many mentions (facts, with `--dedupe`) the group has.
    case count
    /// The sum of values in the base unit, exact.
    case sum
    /// sum ÷ count.
    case mean
    /// The smallest value.
    case min
    /// The largest value.
    case max
    /// How many distinct documents the group's mentions come from.
    case docs

    /// Every aggregate name, as listed in usage errors.
    public static let validNames: String = allCases.map(\.rawValue).joined(separator: ", ")

    /// The default set: count, sum, mean, min, max.
    public static let standard: [Aggregate] = [.count, .sum, .mean, .min, .max]

    /// Reads a comma-separated list such as "count,sum".
    public static func parseList(_ text: String) throws(TableUsageError) -> [Aggregate] {
        var out: [Aggregate] = []
        for part in text.split(separator: ",", omittingEmptySubsequences: true) {
            let name = part.trimmingSpaces
            guard let aggregate = Aggregate(rawValue: name) else { throw TableUsageError.unknownAggregate(name) }
            if !out.contains(aggregate) { out.append(aggregate) }
        }
        return out
    }

    /// True when the value is in the group's unit (sum, mean, min, max), false for counts.
    public var carriesUnit: Bool {
        switch self {
        case .count, .docs: return false
        case .sum, .mean, .min, .max: return true
        }
    }
}

extension Substring {
    /// The text without leading and trailing ASCII spaces.
    var trimmingSpaces: String {
        var s = self
        while s.first == " " { s = s.dropFirst() }
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
