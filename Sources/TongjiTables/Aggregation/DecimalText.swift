import TongjiExtract

/// Number text to exact decimals, for values read from JSON and for `Double`s without one.
///
/// `ExactDecimal("…")` reads plain decimals of up to 18 digits; JSON numbers may also carry an
/// exponent ("1e+20") or trailing zeros beyond 18 digits ("100000000000000000000"). Both are
/// read here exactly whenever the significant digits fit in 18.
public enum DecimalText {
    /// Parses a JSON number's text ("325000000", "-12.6", "3.25e8", "1e+20") exactly, or nil.
    public static func parse(_ text: String) -> ExactDecimal? {
        parse(bytes: Array(text.utf8)[...])
    }

    /// Parses number bytes exactly, or nil when they are not a number or need more than 18
    /// significant digits.
    public static func parse(bytes: ArraySlice<UInt8>) -> ExactDecimal? {
        var significand: Int64 = 0
        var exponent = 0
        var digits = 0
        var pendingZeros = 0
        var negative = false
        var seenDigit = false
        var seenPoint = false
        var i = bytes.startIndex
        let end = bytes.endIndex
        if i < end, bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "+") {
            negative = bytes[i] == UInt8(ascii: "-")
            i += 1
        }
        while i < end {
            let b = bytes[i]
            if b >= 0x30, b <= 0x39 {
                seenDigit = true
                let d = Int64(b - 0x30)
                if seenPoint { exponent -= 1 }
                if d == 0 {
                    // Zeros are held back until a non-zero digit follows, so trailing zeros never
                    // count against the 18 digits.
                    if significand != 0 { pendingZeros += 1 }
                } else {
                    for _ in 0..<pendingZeros {
                        significand *= 10
                        digits += 1
                    }
                    pendingZeros = 0
                    digits += 1
                    if digits > 18 { return nil }
                    significand = significand * 10 + d
                }
            } else if b == UInt8(ascii: "."), !seenPoint {
                seenPoint = true
            } else if b == UInt8(ascii: "e") || b == UInt8(ascii: "E") {
                i += 1
                var sign = 1
                if i < end, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") {
                    sign = bytes[i] == UInt8(ascii: "-") ? -1 : 1
                    i += 1
                }
                var e = 0
                var any = false
                while i < end, bytes[i] >= 0x30, bytes[i] <= 0x39 {
                    e = e * 10 + Int(bytes[i] - 0x30)
                    if e > 10_000 { return nil }
                    any = true
                    i += 1
                }
                guard any, i == end else { return nil }
                exponent += sign * e
                break
            } else {
                return nil
            }
            i += 1
        }
        guard seenDigit else { return nil }
        // Held-back zeros after the last non-zero digit: before the point they scale the number;
        // after it they were already counted in `exponent`.
        exponent += pendingZeros
        return ExactDecimal(significand: negative ? -significand : significand, exponent: exponent)
    }

    private static let exactPowers: [Double] = (0...22).map { p in (0..<p).reduce(1.0) { r, _ in r * 10 } }

    /// The nearest `Double` to an exact decimal, correctly rounded (the same as parsing its text):
    /// one exact operation when the significand and the power of ten are exact doubles.
    public static func double(_ value: ExactDecimal) -> Double {
        let s = value.significand, e = value.exponent
        if s.magnitude < (1 << 53), e >= -22, e <= 22 {
            return e >= 0 ? Double(s) * exactPowers[e] : Double(s) / exactPowers[-e]
        }
        return Double(value.description) ?? value.doubleValue
    }

    /// A `Double` as the exact decimal of its shortest round-trip text (0.1 → 1 × 10^-1), so the
    /// same double always becomes the same decimal; nil for infinity, NaN and more than 18 digits.
    public static func exact(_ value: Double) -> ExactDecimal? {
        guard value.isFinite else { return nil }
        if value == 0 { return .zero }
        return parse(value.description)
    }
}
