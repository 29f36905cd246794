/// One value of a flat JSON object, as read from a JSON Lines record.
///
/// Numbers keep their text so that money can be read exactly (see `ExactDecimal`); nested
/// arrays and objects are kept as their raw JSON text, since no Tongji record needs them.
public enum JSONScalar: Sendable, Hashable {
    /// A string, unescaped.
    case string(String)
    /// A number, as written ("325000000", "-12.6", "1e8").
    case number(String)
    /// `true` or `false`.
    case bool(Bool)
    /// `null`.
    case null
    /// A nested array or object, as raw JSON text.
    case raw(String)

    /// The string, when this is a string.
    public var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    /// The number as a `Double`, when this is a number.
    public var doubleValue: Double? {
        if case .number(let n) = self { return Double(n) }
        return nil
    }

    /// The number as an exact decimal, when this is a plain decimal number of at most 18 digits.
    public var exactValue: ExactDecimal? {
        if case .number(let n) = self { return ExactDecimal(n) }
        return nil
    }

    /// The number as an `Int`, when this is an integral number.
    public var intValue: Int? {
        if case .number(let n) = self { return Int(n) }
        return nil
    }
}
