import TongjiExtract
import TongjiFormat

/// One cell of a CSV row: text (guarded against formula injection) or a number (written raw).
///
/// The distinction matters for spreadsheets: a text cell starting with `=`, `+`, `-`, `@`, TAB or
/// CR would run as a formula when opened, so `CSVWriter` prefixes it with `'`; a number such as
/// -12.6 must stay a number, so numeric cells are never touched.
public enum CSVCell: Sendable, Hashable {
    /// Text, written as is (quoted when needed) after the injection guard.
    case text(String)
    /// A number already written as plain decimal text ("325000000", "-12.6"), written as is.
    case number(String)
    /// No value: an empty field.
    case empty

    /// A number cell from a `Double`: plain decimal, no exponent, no binary noise.
    public static func number(_ value: Double) -> CSVCell {
        value.isFinite ? .number(ChineseNumberFormatter.plain(value)) : .empty
    }

    /// A number cell from an exact decimal: its exact digits.
    public static func number(_ value: ExactDecimal) -> CSVCell {
        .number(value.description)
    }

    /// A number cell from an integer.
    public static func number(_ value: Int) -> CSVCell {
        .number(String(value))
    }

    /// A text cell, or an empty one for nil.
    public static func text(_ value: String?) -> CSVCell {
        value.map { .text($0) } ?? .empty
    }
}
