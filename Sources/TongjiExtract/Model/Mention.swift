/// One quantity found in a text: the record every extractor emits (one JSON object a line).
///
/// Offsets are Unicode code point offsets into the source text, `end` exclusive, so that
/// Python's `text[start:end]` gives back `text`. `value` is in the dimension's base unit;
/// `exactValue`, when present, is the same number without floating-point rounding, so that
/// totals of money come out identical however the input was split.
///
/// ```swift
/// // "总投资3.25亿元" gives
/// // Mention(doc: "a.txt", start: 3, end: 9, text: "3.25亿元", value: 325000000,
/// //         unit: "CNY", dimension: .money, qualifier: .exact, surfaceUnit: "亿元", keyword: "总投资")
/// ```
///
/// The stored properties are declared with each exact value next to its `Double` (not in the order
/// of `init`'s parameters): the compiler then also makes a memberwise initializer, with the
/// properties' order for its labels, that `init` calls (see there).
public struct Mention: Sendable, Hashable {
    /// The source's id: a file's base name, or the `id` of a JSON Lines input record.
    public var doc: String
    /// Code point offset of the first character of the mention.
    public var start: Int
    /// Code point offset one past the last character of the mention.
    public var end: Int
    /// The surface form, exactly `source[start..<end]`, spaces and line breaks included.
    public var text: String
    /// The quantity in its base unit; for a range, its lower bound.
    public var value: Double
    /// `value` as an exact decimal, when the conversion to the base unit is exact (powers of ten).
    public var exactValue: ExactDecimal?
    /// The upper bound of a range ("3至5亿元"), else nil.
    public var valueMax: Double?
    /// `valueMax` as an exact decimal, when present and exact.
    public var exactValueMax: ExactDecimal?
    /// The base unit: `CNY`, `m`, `m2`, `m3`, `kg`, `kWh`, `kW`, `%`, `pp`, `degC`, a duration unit, or a classifier.
    public var unit: String
    /// What is measured.
    public var dimension: Dimension
    /// How the text hedges the number.
    public var qualifier: Qualifier
    /// The unit as written with its scale, whitespace removed: "亿元", "万平方米", "公里", "个".
    public var surfaceUnit: String
    /// What is measured, in the text's words ("热电联产长输管道"), when the text makes it clear.
    public var label: String?
    /// The statistic's word right before the mention ("总投资", "占地", "年产"), when there is one.
    public var keyword: String?
    /// The whole sentence around the mention, line breaks removed.
    public var sentence: String?
}

extension Mention {
    /// Creates a mention. `exactValue`/`exactValueMax` default to nil (the value is then only as exact as a `Double`).
    ///
    /// The body hands every field to the memberwise initializer the compiler made: that one builds
    /// the value in one piece. Assigned field by field here, the mention was built in a stack slot
    /// that the optimizer then copied out (retaining its seven strings) and destroyed (releasing
    /// them), some 370 instructions for each mention the extractor appends.
    public init(
        doc: String, start: Int, end: Int, text: String,
        value: Double, valueMax: Double? = nil,
        unit: String, dimension: Dimension, qualifier: Qualifier = .exact, surfaceUnit: String,
        label: String? = nil, keyword: String? = nil, sentence: String? = nil,
        exactValue: ExactDecimal? = nil, exactValueMax: ExactDecimal? = nil
    ) {
        self.init(
            doc: doc, start: start, end: end, text: text, value: value, exactValue: exactValue,
            valueMax: valueMax, exactValueMax: exactValueMax, unit: unit, dimension: dimension, qualifier: qualifier,
            surfaceUnit: surfaceUnit, label: label, keyword: keyword, sentence: sentence)
    }
}
