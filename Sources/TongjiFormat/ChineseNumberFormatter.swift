/// Formats numbers the way Chinese reports write them: 3.25亿元, 14.5万平方米, 1,234人.
///
/// Two jobs, one rule set:
/// - one value: `format(_:unit:)` picks the value's own scale (万 from 10^4, 亿 from 10^8,
///   万亿 from 10^12) and rounds to `significantDigits` significant digits, never dropping
///   integer digits (1,234人 stays whole with 2 significant digits);
/// - a set of values (a table column, a chart axis): `scale(for:)` picks one scale from the
///   largest magnitude, and `format(_:in:unit:fractionDigits:)` writes each value in it, so a
///   column reads 3.25亿元, 0.8亿元, 12亿元 rather than mixing 8000万元 and 3.25亿元.
///
/// Rounding happens in decimal on the value's shortest text, half away from zero, so there is no
/// floating-point noise (0.1 + 0.2 prints "0.3"), no exponent notation and no trailing zeros
/// ("3.25", never "3.2500") unless fixed fraction digits are asked for. Thousands separators
/// group the integer part when the value has no scale (1,234) or more than four integer digits
/// (12,000万亿); below 万 scale a four-digit integer part never appears, by construction.
/// Negative values keep their "-". Infinity and NaN print as "—" (the formatter never traps).
///
/// ```swift
/// let f = ChineseNumberFormatter()
/// print(f.format(325_000_000, unit: "元"))          // Prints "3.25亿元"
/// print(f.format(145_000, unit: "平方米"))          // Prints "14.5万平方米"
/// print(f.format(1234, unit: "人"))                 // Prints "1,234人"
/// print(f.format(3e8, in: .yi, unit: "元"))         // Prints "3亿元"
/// ```
public struct ChineseNumberFormatter: Sendable, Hashable {
    /// How many significant digits a value keeps (at least 1; integer digits are never dropped).
    public var significantDigits: Int

    /// Creates a formatter keeping `significantDigits` significant digits (4: 3.25亿, 1235万).
    public init(significantDigits: Int = 4) {
        self.significantDigits = max(1, significantDigits)
    }

    /// What is shown for infinity and NaN.
    public static let notANumber = "—"

    /// The value in its own scale, followed by the unit: 325000000, "元" → "3.25亿元".
    public func format(_ value: Double, unit: String) -> String {
        guard let digits = DecimalDigits(value) else { return Self.notANumber }
        var scale = ChineseScale.fitting(magnitude: value)
        var rounded = round(digits.shifted(by: -scale.power))
        // 9999.99 rounds to 10000: write it as 1万, not 10,000.
        while rounded.integerDigitCount > 4, !rounded.isZero, let larger = scale.larger {
            scale = larger
            rounded = round(digits.shifted(by: -scale.power))
        }
        return rounded.text(grouping: groups(rounded, in: scale)) + scale.word + unit
    }

    /// The value written in a given scale, followed by the scale word and the unit:
    /// 3e8 in `.yi`, "元" → "3亿元"; 5e6 in `.yi` → "0.05亿元".
    ///
    /// With `fractionDigits`, exactly that many digits follow the point (axis ticks 0.5, 1.0, 1.5
    /// line up); without, the value keeps `significantDigits` significant digits.
    public func format(_ value: Double, in scale: ChineseScale, unit: String = "", fractionDigits: Int? = nil) -> String {
        guard let digits = DecimalDigits(value) else { return Self.notANumber }
        let scaled = digits.shifted(by: -scale.power)
        let rounded: DecimalDigits
        var minimumFraction = 0
        if let fractionDigits {
            let k = max(0, fractionDigits)
            rounded = scaled.rounded(toPlace: -k)
            minimumFraction = k
        } else {
            rounded = round(scaled)
        }
        return rounded.text(grouping: groups(rounded, in: scale), minimumFractionDigits: minimumFraction) + scale.word + unit
    }

    /// One scale for a set of values (a column or a chart axis): the scale of the largest
    /// magnitude among the finite values, so that the largest value reads at least 1 in it.
    /// `.one` for an empty set or when every value is below 10^4.
    public func scale(for values: [Double]) -> ChineseScale {
        var largest = 0.0
        for v in values where v.isFinite { largest = max(largest, v.magnitude) }
        var scale = ChineseScale.fitting(magnitude: largest)
        if let digits = DecimalDigits(largest) {
            while round(digits.shifted(by: -scale.power)).integerDigitCount > 4, let larger = scale.larger {
                scale = larger
            }
        }
        return scale
    }

    /// The value as plain decimal text in its base unit, for machines (CSV cells, JSON):
    /// no scale, no separators, no exponent, rounded to 15 significant digits so that binary
    /// noise disappears (0.1 + 0.2 → "0.3", 325000000 → "325000000").
    public static func plain(_ value: Double, significantDigits: Int = 15) -> String {
        guard let digits = DecimalDigits(value) else { return notANumber }
        return digits.rounded(significantDigits: significantDigits).text(grouping: false)
    }

    /// Rounds to the significant digits, but never into the integer part.
    private func round(_ digits: DecimalDigits) -> DecimalDigits {
        let place = digits.leadingPlace - significantDigits + 1
        return digits.rounded(toPlace: min(place, 0))
    }

    private func groups(_ digits: DecimalDigits, in scale: ChineseScale) -> Bool {
        scale.power == 0 || digits.integerDigitCount > 4
    }
}
