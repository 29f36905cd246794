/// A quantity the parser accepted, in byte offsets, before context (label, keyword, sentence) is added.
///
/// Laid out to fit, with the outcome's tag, in 128 bytes (optionals stored as a value and a flag
/// kept together at the end, no padding between fields): a `ParseOutcome` is copied a few times
/// per trigger, and up to 128 bytes the compiler copies it with a few vector moves instead of a
/// call to `memcpy`.
struct Candidate {
    /// First byte of the span (a qualifier or sign before the number included).
    var start: Int
    /// Byte just past the span.
    var end: Int
    /// First byte of the number itself (after any qualifier or sign): where keywords and labels end.
    var numberStart: Int
    /// Value in the base unit.
    var value: Double
    /// `valueMax`'s value when `hasValueMax`.
    private var valueMaxStorage: Double
    /// `exactValue`'s value when `hasExactValue`.
    private var exactValueStorage: ExactDecimal
    /// `exactValueMax`'s value when `hasExactValueMax`.
    private var exactValueMaxStorage: ExactDecimal
    /// Base unit.
    var unit: String
    /// Unit as written with its scale, whitespace removed.
    var surfaceUnit: String
    /// Code point offset of `start` (filled in by the scan).
    var startCodePoint = 0
    /// Code point offset of `end` (filled in by the scan).
    var endCodePoint = 0
    /// Dimension.
    var dimension: Dimension
    /// Qualifier.
    var qualifier: Qualifier
    /// Whether `valueMax` is set.
    private var hasValueMax: Bool
    /// Whether `exactValue` is set.
    private var hasExactValue: Bool
    /// Whether `exactValueMax` is set.
    private var hasExactValueMax: Bool

    /// Upper bound of a range.
    var valueMax: Double? {
        get { hasValueMax ? valueMaxStorage : nil }
        set { hasValueMax = newValue != nil; valueMaxStorage = newValue ?? 0 }
    }
    /// `value` exactly, when the conversion is exact.
    var exactValue: ExactDecimal? {
        get { hasExactValue ? exactValueStorage : nil }
        set { hasExactValue = newValue != nil; exactValueStorage = newValue ?? .zero }
    }
    /// `valueMax` exactly.
    var exactValueMax: ExactDecimal? {
        get { hasExactValueMax ? exactValueMaxStorage : nil }
        set { hasExactValueMax = newValue != nil; exactValueMaxStorage = newValue ?? .zero }
    }

    /// A candidate; the code point offsets are filled in by the scan.
    init(start: Int, end: Int, numberStart: Int, value: Double, exactValue: ExactDecimal?,
         valueMax: Double? = nil, exactValueMax: ExactDecimal? = nil, unit: String, dimension: Dimension,
         qualifier: Qualifier, surfaceUnit: String) {
        self.start = start
        self.end = end
        self.numberStart = numberStart
        self.value = value
        self.valueMaxStorage = valueMax ?? 0
        self.exactValueStorage = exactValue ?? .zero
        self.exactValueMaxStorage = exactValueMax ?? .zero
        self.unit = unit
        self.surfaceUnit = surfaceUnit
        self.dimension = dimension
        self.qualifier = qualifier
        self.hasValueMax = valueMax != nil
        self.hasExactValue = exactValue != nil
        self.hasExactValueMax = exactValueMax != nil
    }
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
