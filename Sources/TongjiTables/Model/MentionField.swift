import TongjiExtract
import TongjiFormat

/// A field of the mention record that tables filter and group by (`--where`, `--by`).
///
/// The raw values are the record's JSON keys, so `--by surface_unit` names the same thing as the
/// JSON Lines output of `tongji extract`.
public enum MentionField: String, Sendable, Hashable, CaseIterable {
    /// The source document.
    case doc
    /// `money`, `length`, `area`, ...
    case dimension
    /// The base unit (`CNY`, `m2`, a classifier).
    case unit
    /// `exact`, `approx`, `over`, `under`.
    case qualifier
    /// What is measured ("热电联产长输管道").
    case label
    /// The statistic's word ("总投资").
    case keyword
    /// The unit as written ("亿元").
    case surfaceUnit = "surface_unit"
    /// The surface form ("3.25亿元").
    case text
    /// The sentence around the mention.
    case sentence
    /// The value in the base unit, as plain decimal text.
    case value

    /// Every field name, in order, as listed in usage errors.
    public static let validNames: String = allCases.map(\.rawValue).joined(separator: ", ")

    /// Reads a field name, or explains which names are valid.
    public init(name: String, option: String) throws(TableUsageError) {
        guard let field = MentionField(rawValue: name) else {
            throw TableUsageError.unknownField(name, option: option)
        }
        self = field
    }

    /// This field of a mention as text ("" when the mention has no label or keyword).
    public func text(of mention: Mention) -> String {
        switch self {
        case .doc: return mention.doc
        case .dimension: return mention.dimension.rawValue
        case .unit: return mention.unit
        case .qualifier: return mention.qualifier.rawValue
        case .label: return mention.label ?? ""
        case .keyword: return mention.keyword ?? ""
        case .surfaceUnit: return mention.surfaceUnit
        case .text: return mention.text
        case .sentence: return mention.sentence ?? ""
        case .value: return mention.exactValue?.description ?? ChineseNumberFormatter.plain(mention.value)
        }
    }
}
