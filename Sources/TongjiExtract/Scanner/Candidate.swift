/// A quantity the parser accepted, in byte offsets, before context (label, keyword, sentence) is added.
struct Candidate {
    /// First byte of the span (a qualifier or sign before the number included).
    var start: Int
    /// Byte just past the span.
    var end: Int
    /// First byte of the number itself (after any qualifier or sign): where keywords and labels end.
    var numberStart: Int
    /// Value in the base unit.
    var value: Double
    /// `value` exactly, when the conversion is exact.
    var exactValue: ExactDecimal?
    /// Upper bound of a range.
    var valueMax: Double?
    /// `valueMax` exactly.
    var exactValueMax: ExactDecimal?
    /// Base unit.
    var unit: String
    /// Dimension.
    var dimension: Dimension
    /// Qualifier.
    var qualifier: Qualifier
    /// Unit as written with its scale, whitespace removed.
    var surfaceUnit: String
    /// Code point offset of `start` (filled in by the scan).
    var startCodePoint = 0
    /// Code point offset of `end` (filled in by the scan).
    var endCodePoint = 0
}

/// What the parser makes of a trigger position.
enum ParseOutcome {
    /// A quantity.
    case mention(Candidate)
    /// Not a quantity: resume scanning at this byte.
    case skip(to: Int)
    /// A number that cannot be held: report it, resume at `skipTo`.
    case issue(message: String, at: Int, skipTo: Int)
}
