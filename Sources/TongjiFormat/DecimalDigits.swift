/// A finite decimal number as its digits and a power of ten, for rounding and printing without
/// floating-point noise.
///
/// Built from a `Double`'s shortest round-trip text (Swift prints 0.1 + 0.2 as
/// "0.30000000000000004"), so rounding to a few significant digits happens in decimal, half away
/// from zero, the way a person rounds: 1.2345 → 1.235, 0.30000000000000004 → 0.3.
struct DecimalDigits: Sendable, Hashable {
    /// True for a negative number (never for zero).
    var negative: Bool
    /// Decimal digits 0...9, most significant first, no leading or trailing zeros; empty for zero.
    var digits: [UInt8]
    /// The value is `digits` read as an integer times 10^exponent.
    var exponent: Int

    /// Zero.
    static let zero = DecimalDigits(negative: false, digits: [], exponent: 0)

    init(negative: Bool, digits: [UInt8], exponent: Int) {
        self.negative = negative
        self.digits = digits
        self.exponent = exponent
        normalize()
    }

    /// The digits of a finite `Double` (nil for infinity and NaN).
    init?(_ value: Double) {
        guard value.isFinite else { return nil }
        if value == 0 { self = .zero; return }
        self.init(text: value.magnitude.description, negative: value < 0)
    }

    /// Reads "325000000.0", "0.0001", "1e+16", "3.25e-05" (the forms `Double.description` prints).
    init?(text: String, negative: Bool = false) {
        var digits: [UInt8] = []
        var exponent = 0
        var seenPoint = false
        var exponentPart: Int?
        var exponentSign = 1
        var readingExponent = false
        for b in text.utf8 {
            if readingExponent {
                if b == UInt8(ascii: "+") { continue }
                if b == UInt8(ascii: "-") { exponentSign = -1; continue }
                guard b >= 0x30, b <= 0x39 else { return nil }
                exponentPart = (exponentPart ?? 0) * 10 + Int(b - 0x30)
            } else if b == UInt8(ascii: ".") {
                seenPoint = true
            } else if b == UInt8(ascii: "e") || b == UInt8(ascii: "E") {
                readingExponent = true
            } else if b >= 0x30, b <= 0x39 {
                digits.append(b - 0x30)
                if seenPoint { exponent -= 1 }
            } else {
                return nil
            }
        }
        if readingExponent {
            guard let e = exponentPart else { return nil }
            exponent += exponentSign * e
        }
        self.init(negative: negative, digits: digits, exponent: exponent)
    }

    private mutating func normalize() {
        var lead = 0
        while lead < digits.count, digits[lead] == 0 { lead += 1 }
        if lead > 0 { digits.removeFirst(lead) }
        while let last = digits.last, last == 0 {
            digits.removeLast()
            exponent += 1
        }
        if digits.isEmpty {
            negative = false
            exponent = 0
        }
    }

    /// True for zero.
    var isZero: Bool { digits.isEmpty }

    /// The place (power of ten) of the most significant digit; 0 for zero.
    var leadingPlace: Int { digits.isEmpty ? 0 : exponent + digits.count - 1 }

    /// How many digits the integer part has (at least 1: "0.5" has one).
    var integerDigitCount: Int { max(1, leadingPlace + 1) }

    /// This number times 10^power, exact.
    func shifted(by power: Int) -> DecimalDigits {
        DecimalDigits(negative: negative, digits: digits, exponent: digits.isEmpty ? 0 : exponent + power)
    }

    /// Rounded half away from zero so that no digit below 10^place remains.
    func rounded(toPlace place: Int) -> DecimalDigits {
        if digits.isEmpty || exponent >= place { return self }
        let keep = digits.count - (place - exponent)
        if keep < 0 { return .zero }
        if keep == 0 {
            return digits[0] >= 5 ? DecimalDigits(negative: negative, digits: [1], exponent: place) : .zero
        }
        var kept = Array(digits[0..<keep])
        if digits[keep] >= 5 {
            var i = keep - 1
            while i >= 0 {
                if kept[i] == 9 {
                    kept[i] = 0
                    i -= 1
                } else {
                    kept[i] += 1
                    break
                }
            }
            if i < 0 { kept.insert(1, at: 0) }
        }
        return DecimalDigits(negative: negative, digits: kept, exponent: place)
    }

    /// Rounded to `count` significant digits (half away from zero).
    func rounded(significantDigits count: Int) -> DecimalDigits {
        if digits.isEmpty { return self }
        return rounded(toPlace: leadingPlace - max(1, count) + 1)
    }

    /// Plain decimal text, never in exponent notation: "1,234.5" with `grouping`, at least
    /// `minimumFractionDigits` digits after the point (padded with zeros).
    func text(grouping: Bool, minimumFractionDigits: Int = 0) -> String {
        var integer: [UInt8]
        var fraction: [UInt8]
        if digits.isEmpty {
            integer = [0]
            fraction = []
        } else if exponent >= 0 {
            integer = digits + Array(repeating: 0, count: exponent)
            fraction = []
        } else {
            let fractionCount = -exponent
            if digits.count > fractionCount {
                integer = Array(digits[0..<(digits.count - fractionCount)])
                fraction = Array(digits[(digits.count - fractionCount)...])
            } else {
                integer = [0]
                fraction = Array(repeating: 0, count: fractionCount - digits.count) + digits
            }
        }
        if fraction.count < minimumFractionDigits {
            fraction += Array(repeating: 0, count: minimumFractionDigits - fraction.count)
        }
        var out: [UInt8] = []
        out.reserveCapacity(integer.count + fraction.count + 8)
        if negative { out.append(UInt8(ascii: "-")) }
        for (i, d) in integer.enumerated() {
            if grouping, i > 0, (integer.count - i) % 3 == 0 { out.append(UInt8(ascii: ",")) }
            out.append(d + 0x30)
        }
        if !fraction.isEmpty {
            out.append(UInt8(ascii: "."))
            for d in fraction { out.append(d + 0x30) }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
