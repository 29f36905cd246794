/// Writes numbers for SVG attributes and path data: fixed point, at most three decimals,
/// trailing zeros dropped (`12`, `474.811`, `-0.5`).
///
/// Why by hand: formatting every coordinate with `printf("%f")` was the largest cost of cairo's
/// SVG surface, and Swift's `Double.description` prints the shortest round-trip form (up to 17
/// digits, e.g. `474.810546875`). A thousandth of a pixel is far below what any viewer shows.
enum SVGNumber {
    /// Appends `value` rounded to 1/1000 as ASCII.
    @inline(__always)
    static func append(_ value: Double, to out: inout [UInt8]) {
        guard value.isFinite else {
            out.append(UInt8(ascii: "0"))
            return
        }
        var scaled = Int64((value * 1000).rounded())
        if scaled < 0 {
            out.append(UInt8(ascii: "-"))
            scaled = -scaled
        }
        let whole = scaled / 1000
        var fraction = Int(scaled % 1000)
        appendInteger(whole, to: &out)
        guard fraction != 0 else { return }
        out.append(UInt8(ascii: "."))
        var digits = 3
        while fraction % 10 == 0 {
            fraction /= 10
            digits -= 1
        }
        // Leading zeros of the fraction (0.05 is "05" in three places, trimmed to two).
        var divisor = 1
        for _ in 1..<digits { divisor *= 10 }
        while divisor > 0 {
            out.append(UInt8(ascii: "0") &+ UInt8(fraction / divisor % 10))
            divisor /= 10
        }
    }

    /// Appends a non-negative integer as ASCII.
    @inline(__always)
    static func appendInteger(_ value: Int64, to out: inout [UInt8]) {
        if value < 10 {
            out.append(UInt8(ascii: "0") &+ UInt8(value))
            return
        }
        // Int64 has at most 19 digits; they come out last first.
        var digits = InlineArray<20, UInt8>(repeating: 0)
        var count = 0
        var rest = value
        while rest > 0 {
            digits[count] = UInt8(ascii: "0") &+ UInt8(rest % 10)
            rest /= 10
            count += 1
        }
        while count > 0 {
            count -= 1
            out.append(digits[count])
        }
    }
}
