/// A decimal number held exactly as `significand × 10^exponent`.
///
/// Chinese quantities are decimal by nature (3.25亿 is 325 × 10^6), and a `Double` cannot hold
/// most of them exactly. Scaling and summing in this type keeps money totals identical however
/// the input is split (a Spark job's partitions, `--jobs`), which floating point cannot promise.
///
/// ```swift
/// let v = ExactDecimal("3.25")!.scaled(byPowerOfTen: 8)   // 3.25亿
/// print(v)            // Prints "325000000"
/// ```
public struct ExactDecimal: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The digits, normalized so that they end in a non-zero digit (or are zero).
    public private(set) var significand: Int64
    /// The power of ten the significand is multiplied by.
    public private(set) var exponent: Int

    /// Creates `significand × 10^exponent`, normalized.
    public init(significand: Int64, exponent: Int = 0) {
        self.significand = significand
        self.exponent = significand == 0 ? 0 : exponent
        normalize()
    }

    /// Parses plain decimal text such as "1234", "-12.6" or "0.05" (ASCII digits, one optional
    /// point, optional leading sign). Returns nil for anything else, or when the digits do not
    /// fit in 18 significant digits (the caller reports such a number as an error, never as inf).
    public init?(_ text: Substring) {
        var sig: Int64 = 0
        var exp = 0
        var negative = false
        var seenDigit = false
        var seenPoint = false
        var significantDigits = 0
        var index = text.startIndex
        if index < text.endIndex, text[index] == "-" || text[index] == "+" {
            negative = text[index] == "-"
            index = text.index(after: index)
        }
        while index < text.endIndex {
            let c = text[index]
            if c == "." {
                if seenPoint { return nil }
                seenPoint = true
            } else if let d = c.asciiValue, d >= 48, d <= 57 {
                seenDigit = true
                if sig == 0 && d == 48 {
                    if seenPoint { exp -= 1 }
                } else {
                    significantDigits += 1
                    if significantDigits > 18 { return nil }
                    sig = sig * 10 + Int64(d - 48)
                    if seenPoint { exp -= 1 }
                }
            } else {
                return nil
            }
            index = text.index(after: index)
        }
        if !seenDigit { return nil }
        self.init(significand: negative ? -sig : sig, exponent: exp)
    }

    /// Parses plain decimal text; see `init?(_: Substring)`.
    public init?(_ text: String) {
        self.init(text[...])
    }

    /// Zero.
    public static let zero = ExactDecimal(significand: 0)

    private mutating func normalize() {
        if significand == 0 { exponent = 0; return }
        while significand % 10 == 0 {
            significand /= 10
            exponent += 1
        }
    }

    /// This number times 10^power (a scale such as 万 = 4, 亿 = 8), exact.
    public func scaled(byPowerOfTen power: Int) -> ExactDecimal {
        ExactDecimal(significand: significand, exponent: exponent + power)
    }

    /// The product of two decimals, or nil when the digits overflow 64 bits.
    public func multiplied(by other: ExactDecimal) -> ExactDecimal? {
        let (product, overflow) = significand.multipliedReportingOverflow(by: other.significand)
        if overflow { return nil }
        return ExactDecimal(significand: product, exponent: exponent + other.exponent)
    }

    /// The sum of two decimals, or nil when aligning or adding the digits overflows 64 bits.
    public func adding(_ other: ExactDecimal) -> ExactDecimal? {
        if significand == 0 { return other }
        if other.significand == 0 { return self }
        let e = min(exponent, other.exponent)
        guard let a = Self.shift(significand, by: exponent - e),
              let b = Self.shift(other.significand, by: other.exponent - e) else { return nil }
        let (sum, overflow) = a.addingReportingOverflow(b)
        if overflow { return nil }
        return ExactDecimal(significand: sum, exponent: e)
    }

    /// `value × 10^power` for `power ≥ 0`, or nil on overflow.
    static func shift(_ value: Int64, by power: Int) -> Int64? {
        var v = value
        for _ in 0..<power {
            let (m, o) = v.multipliedReportingOverflow(by: 10)
            if o { return nil }
            v = m
        }
        return v
    }

    /// The nearest `Double` (exact when the number is an integer below 2^53).
    public var doubleValue: Double {
        if exponent >= 0 {
            var d = Double(significand)
            for _ in 0..<exponent { d *= 10 }
            return d
        }
        var divisor = 1.0
        for _ in 0..<(-exponent) { divisor *= 10 }
        return Double(significand) / divisor
    }

    /// Plain decimal text, never in exponent notation: "325000000", "-12.6", "0.05".
    public var description: String {
        Self.plainText(digits: String(significand.magnitude), negative: significand < 0, exponent: exponent)
    }

    /// Plain decimal text for `±digits × 10^exponent`, never in exponent notation. Shared by every
    /// exact number type (this one, and wider sums such as TongjiTables' 128-bit `DecimalSum`).
    public static func plainText(digits: String, negative: Bool, exponent: Int) -> String {
        var out = negative ? "-" : ""
        if exponent >= 0 {
            out += digits
            if digits != "0" { out += String(repeating: "0", count: exponent) }
        } else {
            let fraction = -exponent
            if digits.count > fraction {
                let cut = digits.index(digits.endIndex, offsetBy: -fraction)
                out += digits[..<cut] + "." + digits[cut...]
            } else {
                out += "0." + String(repeating: "0", count: fraction - digits.count) + digits
            }
        }
        return out
    }

    /// Orders by numeric value.
    public static func < (lhs: ExactDecimal, rhs: ExactDecimal) -> Bool {
        if let diff = rhs.adding(ExactDecimal(significand: -lhs.significand, exponent: lhs.exponent)) {
            return diff.significand > 0
        }
        return lhs.doubleValue < rhs.doubleValue
    }
}
