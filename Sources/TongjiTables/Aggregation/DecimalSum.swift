import TongjiExtract
import TongjiFormat

/// An exact running sum of decimals, `significand × 10^exponent` with a 128-bit significand.
///
/// Money totals must not depend on how the input was split (per-file runs, `--jobs`, Spark
/// partitions merged with `tongji table --merge`): floating-point addition is not associative,
/// this is. 128 bits hold 38 digits, e.g. 10^20 yuan to the fen; a sum that would overflow them
/// (or a value with no exact decimal) switches the sum to `Double` and marks it `isExact == false`,
/// never traps.
///
/// ```swift
/// var s = DecimalSum()
/// s.add(ExactDecimal("0.1")!); s.add(ExactDecimal("0.2")!)
/// print(s)   // Prints "0.3"
/// ```
public struct DecimalSum: Sendable, Hashable, CustomStringConvertible {
    private var significand: Int128 = 0
    private var exponent: Int = 0
    /// The sum as a double, kept beside the exact one; the only value once `isExact` is false.
    private var approximate: Double = 0
    /// False once a value without an exact decimal was added or the exact sum overflowed.
    public private(set) var isExact = true

    /// Zero.
    public init() {}

    /// Adds an exact decimal.
    public mutating func add(_ value: ExactDecimal) {
        approximate += DecimalText.double(value)
        guard isExact else { return }
        addExact(Int128(value.significand), exponent: value.exponent)
    }

    /// Adds a value with its exact decimal when it has one.
    public mutating func add(_ value: Double, exact: ExactDecimal?) {
        if let exact = exact ?? DecimalText.exact(value) {
            add(exact)
        } else {
            approximate += value
            isExact = false
        }
    }

    /// Adds another sum (merging partial aggregates).
    public mutating func add(_ other: DecimalSum) {
        approximate += other.approximate
        guard isExact else { return }
        guard other.isExact else { isExact = false; return }
        addExact(other.significand, exponent: other.exponent)
    }

    private mutating func addExact(_ value: Int128, exponent valueExponent: Int) {
        if value == 0 { return }
        if significand == 0 {
            significand = value
            exponent = valueExponent
            return
        }
        var a = significand, b = value
        let e = min(exponent, valueExponent)
        guard let sa = Self.shift(a, by: exponent - e), let sb = Self.shift(b, by: valueExponent - e) else {
            isExact = false
            return
        }
        a = sa; b = sb
        let (sum, overflow) = a.addingReportingOverflow(b)
        if overflow { isExact = false; return }
        significand = sum
        exponent = e
        // Trailing zeros are not stripped here (128-bit division is slow in the hot loop):
        // `normalized` does it for printing and comparing.
    }

    /// (significand, exponent) with trailing zeros stripped: one form per value.
    private var normalized: (Int128, Int) {
        var s = significand, e = exponent
        if s == 0 { return (0, 0) }
        while s % 10 == 0 { s /= 10; e += 1 }
        return (s, e)
    }

    /// Equal values are equal, whatever order they were added in.
    public static func == (a: DecimalSum, b: DecimalSum) -> Bool {
        guard a.isExact, b.isExact else { return a.isExact == b.isExact && a.approximate == b.approximate }
        return a.normalized == b.normalized
    }

    /// Hashes the value.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(isExact)
        if isExact {
            let (s, e) = normalized
            hasher.combine(s)
            hasher.combine(e)
        } else {
            hasher.combine(approximate)
        }
    }

    private static func shift(_ value: Int128, by power: Int) -> Int128? {
        var v = value
        for _ in 0..<power {
            let (m, o) = v.multipliedReportingOverflow(by: 10)
            if o { return nil }
            v = m
        }
        return v
    }

    /// The sum as a `Double` (correct to double precision).
    public var doubleValue: Double {
        guard isExact else { return approximate }
        if let d = Double(description) { return d }
        return approximate
    }

    /// Plain decimal text: exact digits when `isExact`, else the double's 15 significant digits.
    public var description: String {
        guard isExact else { return ChineseNumberFormatter.plain(approximate) }
        let (significand, exponent) = normalized
        return ExactDecimal.plainText(digits: String(significand.magnitude), negative: significand < 0, exponent: exponent)
    }

    /// Reads a sum back from its text (a merged table's `sum` cell); nil when it is not a number.
    public init?(text: String) {
        if let exact = DecimalText.parse(text) {
            self.init()
            add(exact)
            return
        }
        // More than 18 digits: read it through the 128-bit significand directly.
        var digits = Array(text.utf8)[...]
        var negative = false
        if digits.first == UInt8(ascii: "-") { negative = true; digits = digits.dropFirst() }
        var sig: Int128 = 0
        var exp = 0
        var seenPoint = false
        var any = false
        for b in digits {
            if b == UInt8(ascii: ".") && !seenPoint { seenPoint = true; continue }
            guard b >= 0x30, b <= 0x39 else { return nil }
            let (m, o1) = sig.multipliedReportingOverflow(by: 10)
            let (s, o2) = m.addingReportingOverflow(Int128(b - 0x30))
            if o1 || o2 { return nil }
            sig = s
            any = true
            if seenPoint { exp -= 1 }
        }
        guard any else { return nil }
        self.init()
        addExact(negative ? -sig : sig, exponent: exp)
        approximate = Double(text) ?? 0
    }
}
