/// Reads one number at a byte position: Arabic digits (1,234.5, full-width ４，５６５．５), Chinese
/// numerals (两亿, 一千二百万, 三点五, 十几, 二十多, 百余, 〇), scales after digits (1.2万亿, 3000万,
/// 3.25 亿) and vague tails (200多, 800 余万, 1.8万余).
///
/// Values are exact decimals; a number whose digits do not fit (more than 18 significant digits, or
/// a Chinese numeral past 64 bits) is returned with `value == nil` so the caller can report it.
struct NumberReader {
    let src: UTF8Source

    /// The number starting at byte `i`, or nil when none starts there.
    func read(at i: Int) -> NumberReading? {
        guard i < src.count else { return nil }
        let v = src.scalar(at: i).value
        if CharacterClass.digitValue(v) != nil { return readArabic(at: i) }
        if v == ChineseNumerals.half {
            var r = NumberReading(start: i, end: i + 3, digitsEnd: i + 3)
            r.value = ExactDecimal(significand: 5, exponent: -1)
            r.digitCount = 1
            return r
        }
        if ChineseNumerals.digit(v) != nil || ChineseNumerals.smallUnit(v) != nil || ChineseNumerals.largeUnit(v) != nil {
            return readChinese(at: i)
        }
        return nil
    }

    // MARK: Arabic digits

    private func readArabic(at i: Int) -> NumberReading {
        var sig: Int64 = 0
        var exp = 0
        var sigDigits = 0
        var tooLarge = false
        var intDigits = 0
        var fraction = false
        var j = i
        // Digits are recognised from their bytes (ASCII 30–39, full-width EF BC 90–99) without
        // decoding; only the character that ends the digits (or separates them) is decoded.
        let text = src.bytes.span
        let n = text.count
        while j < n {
            let b = text[unchecked: j]
            var d = Int(b) &- 0x30
            var len = 1
            if d < 0 || d > 9 {
                if b == 0xEF, j + 2 < n, text[unchecked: j + 1] == 0xBC, text[unchecked: j + 2] &- 0x90 < 10 {
                    d = Int(text[unchecked: j + 2]) &- 0x90
                    len = 3
                } else {
                    d = -1
                }
            }
            if d >= 0 {
                if !fraction { intDigits += 1 }
                if sig == 0 && d == 0 {
                    if fraction { exp -= 1 }
                } else if sigDigits >= 18 || tooLarge {
                    tooLarge = true
                    sigDigits += 1
                } else {
                    sig = sig * 10 + Int64(d)
                    sigDigits += 1
                    if fraction { exp -= 1 }
                }
                j += len
                continue
            }
            let (v, vlen) = src.scalar(at: j)
            if !fraction, v == 0x2C || (v == 0xFF0C && src.scalar(before: j).map { $0.value >= 0xFF10 } == true),
               isThousandsGroup(at: j + vlen) {
                j += vlen
            } else if !fraction, (v == 0x2E || v == 0xFF0E), j + vlen < src.count,
                      CharacterClass.digitValue(src.scalar(at: j + vlen).value) != nil {
                fraction = true
                j += vlen
            } else {
                break
            }
        }
        var r = NumberReading(start: i, end: j, digitsEnd: j)
        r.isArabic = true
        r.integerDigits = intDigits
        r.hasFraction = fraction
        r.digitCount = sigDigits
        r.value = tooLarge ? nil : ExactDecimal(significand: sig, exponent: exp)
        readScaleAndTail(into: &r)
        return r
    }

    /// Whether three digits follow (and then no fourth): the group after a thousands separator.
    private func isThousandsGroup(at j: Int) -> Bool {
        var k = j
        for _ in 0..<3 {
            guard k < src.count else { return false }
            let (v, len) = src.scalar(at: k)
            guard CharacterClass.digitValue(v) != nil else { return false }
            k += len
        }
        if k < src.count, CharacterClass.digitValue(src.scalar(at: k).value) != nil { return false }
        return true
    }

    /// After Arabic digits: an optional vague tail (800 余万), scale characters (3000万, 1.2万亿)
    /// and another vague tail (1.8万余).
    private func readScaleAndTail(into r: inout NumberReading) {
        // Fast path: the character right after the digits is no whitespace, no tail (多 余) and no
        // scale (3个, 2022年, 12.6%): nothing follows that this function would add.
        guard r.end < src.count else { return }
        let next = src.scalar(at: r.end).value
        if !CharacterClass.isSpace(next) && next != 0x591A && next != 0x4F59 && Scales.power(next) == nil { return }
        var j = readVagueTail(at: r.end, into: &r)
        var power = 0
        var k = src.skipSpaces(from: j, limit: 3)
        let scaleStart = k
        while k < src.count, let p = Scales.power(src.scalar(at: k).value) {
            // 千分之 / 百分之 after digits is not a scale ("5千分之" does not occur; guard anyway).
            power += p
            if p >= 4 { r.hasLargeScale = true }
            k += 3
            j = k
            k = src.skipSpaces(from: k, limit: 2)
        }
        if power > 0 {
            r.scaleStart = scaleStart
            r.scaleEnd = j
            r.scalePower = power
            r.value = r.value?.scaled(byPowerOfTen: power)
            j = readScaleChain(after: j, power: power, into: &r)
            if power < 4 { j = readLargeScaleAfterChain(at: j, into: &r) }
            r.end = j
            r.end = readVagueTail(at: r.end, into: &r)
        } else {
            r.end = j
        }
    }

    /// Digits with smaller scales after a scaled number: 5万4千6百 = 54600, 3万4000 = 34000,
    /// 1千零1 = 1001. Bare digits join only after 零 or when they fill the scale (4 digits after 万).
    private func readScaleChain(after start: Int, power: Int, into r: inout NumberReading) -> Int {
        var p = power
        var k = start
        while true {
            var s = src.skipSpaces(from: k, limit: 1)
            var zero = false
            if src.value(at: s) == 0x96F6 { zero = true; s += 3 }
            guard s < src.count, CharacterClass.digitValue(src.scalar(at: s).value) != nil else { break }
            var d: Int64 = 0
            var n = 0
            var e = s
            while e < src.count, let dv = CharacterClass.digitValue(src.scalar(at: e).value), n < 18 {
                d = d * 10 + Int64(dv)
                n += 1
                e += src.scalar(at: e).length
            }
            if let next = src.value(at: e), next == 0x2E || next == 0xFF0E || CharacterClass.digitValue(next) != nil { break }
            let sc = src.skipSpaces(from: e, limit: 1)
            if sc < src.count, let q = Scales.power(src.scalar(at: sc).value), q < p {
                r.value = r.value?.adding(ExactDecimal(significand: d, exponent: q))
                p = q
                k = sc + 3
                continue
            }
            if (zero || n == p) && d < pow10(p) {
                r.value = r.value?.adding(ExactDecimal(significand: d))
                k = e
            }
            break
        }
        return k
    }

    /// 万 or 亿 after a chain of small scales (2千零30亿 = 2030 × 10^8, 3千5百万 = 3500 × 10^4):
    /// the large scale multiplies the whole number. Returns the byte after it, or `j` when none.
    private func readLargeScaleAfterChain(at j: Int, into r: inout NumberReading) -> Int {
        let k = src.skipSpaces(from: j, limit: 1)
        guard k < src.count, var power = ChineseNumerals.largeUnit(src.scalar(at: k).value) else { return j }
        var end = k + 3
        while let v = src.value(at: end), let p = ChineseNumerals.largeUnit(v) {  // 万亿
            power += p
            end += 3
        }
        r.value = r.value?.scaled(byPowerOfTen: power)
        r.scalePower = power
        r.hasLargeScale = true
        r.scaleStart = k
        r.scaleEnd = end
        return end
    }

    /// 多 or 余 (with spaces before them) after a number: the qualifier becomes `over`.
    ///
    /// Inlined: asked after nearly every number, and most numbers have no tail.
    @inline(__always)
    private func readVagueTail(at j: Int, into r: inout NumberReading) -> Int {
        let k = src.skipSpaces(from: j, limit: 2)
        guard k < src.count else { return j }
        let v = src.scalar(at: k).value
        if v == 0x591A || v == 0x4F59 {  // 多 余
            // 多 only counts as a tail when something unit-like can follow; 余 always.
            r.vagueOver = true
            return k + 3
        }
        return j
    }

    // MARK: Chinese numerals

    private func readChinese(at i: Int) -> NumberReading {
        readSingleDigit(at: i) ?? readChineseFully(at: i)
    }

    /// A Chinese numeral by the full state machine (digits, units, 点, vague parts, spaces inside);
    /// internal so that tests can hold `readSingleDigit` against it.
    func readChineseFully(at i: Int) -> NumberReading {
        var result = ExactDecimal.zero
        var section: Int64 = 0
        var digit: Int64? = nil
        var sequence: Int64 = 0
        var sequenceLength = 0
        var isSequence = false
        var invalid = false
        var overflow = false
        var sawDigit = false
        var sawUnit = false
        var lastUnitPower = 0
        var digitRightAfterUnit = false
        var prevWasDigit = false
        var prevWasUnit = false
        var prevWasZero = false
        var pairDigits = false
        var firstIsTen = false
        var fraction: ExactDecimal? = nil
        var large = false
        var chars = 0
        var onlyOne = true
        var j = i
        var end = i
        var r = NumberReading(start: i, end: i, digitsEnd: i)

        loop: while j < src.count {
            let (v, len) = src.scalar(at: j)
            if let d = ChineseNumerals.digit(v) {
                if prevWasDigit {
                    if !sawUnit { isSequence = true }
                    if !prevWasZero && d != 0 { pairDigits = true }
                }
                prevWasZero = d == 0
                if sequenceLength < 18 { sequence = sequence * 10 + Int64(d) } else { overflow = true }
                sequenceLength += 1
                digitRightAfterUnit = prevWasUnit && d != 0
                digit = Int64(d)
                sawDigit = true
                prevWasDigit = true
                prevWasUnit = false
                if v != 0x4E00 && v != 0x58F9 { onlyOne = false }
            } else if let u = ChineseNumerals.smallUnit(v) {
                if pairDigits { invalid = true }
                // 七十百, 一百千: a unit after a unit, with no digit between, ends the numeral.
                if digit == nil && sawUnit && (lastUnitPower <= u || lastUnitPower >= 4 && u > 1) && !prevWasZero { break loop }
                if chars == 0 && u == 1 { firstIsTen = true }
                let n = (digit == nil || digit == 0) ? 1 : digit!
                section += n * pow10(u)
                digit = nil
                sawUnit = true
                lastUnitPower = u
                prevWasDigit = false
                prevWasUnit = true
                prevWasZero = false
                pairDigits = false
                sequenceLength = 0
                sequence = 0
                onlyOne = false
            } else if let u = ChineseNumerals.largeUnit(v) {
                if pairDigits { invalid = true }
                var s = section + (digit ?? 0)
                if s == 0 && result.significand == 0 { s = 1 }
                if s == 0 && prevWasUnit && lastUnitPower >= 4 {
                    result = result.scaled(byPowerOfTen: u)  // 四万万 = 4亿, 一万亿
                } else if u == 4 {
                    guard let added = result.adding(ExactDecimal(significand: s, exponent: 4)) else { overflow = true; break loop }
                    result = added
                } else {
                    guard let added = result.adding(ExactDecimal(significand: s)) else { overflow = true; break loop }
                    result = added.scaled(byPowerOfTen: u)
                }
                large = true
                section = 0
                digit = nil
                sawUnit = true
                lastUnitPower = u
                prevWasDigit = false
                prevWasUnit = true
                prevWasZero = false
                pairDigits = false
                sequenceLength = 0
                sequence = 0
                onlyOne = false
            } else if ChineseNumerals.isPoint(v), fraction == nil, sawDigit || sawUnit,
                      let (w, wAt) = peek(after: j + len), ChineseNumerals.digit(w) != nil {
                // 三点五: the digits after 点 are read one by one.
                var k = wAt
                var sig: Int64 = 0
                var exp = 0
                while k < src.count, let d = ChineseNumerals.digit(src.scalar(at: k).value), exp > -17 {
                    sig = sig * 10 + Int64(d)
                    exp -= 1
                    k += 3
                    chars += 1
                }
                fraction = ExactDecimal(significand: sig, exponent: exp)
                onlyOne = false
                chars += 1
                j = k
                end = k
                break loop
            } else if v == 0x51E0 || v == 0x5E7E || v == 0x4F59 || v == 0x591A, prevWasUnit || prevWasZero, lastUnitPower < 4,
                      let (w, _) = peek(after: j + len), ChineseNumerals.largeUnit(w) != nil {
                // 十余万, 二十几万, 一千多万: the vague part sits before the large unit.
                r.vagueOver = true
                j = src.skipSpaces(from: j + len, limit: 2)
                continue loop
            } else if v == 0x51E0 || v == 0x5E7E, prevWasUnit, lastUnitPower < 4 {  // 几 after 十/百/千: 十几, 二十几
                r.vagueOver = true
                end = j + len
                j += len
                break loop
            } else {
                break loop
            }
            chars += 1
            j += len
            end = j
            if fraction != nil { break loop }
            // Spaces inside a Chinese numeral, as PDF text leaves them ("一 百 五 十").
            let k = src.skipSpaces(from: j, limit: 3)
            if k != j, k < src.count {
                let w = src.scalar(at: k).value
                if ChineseNumerals.digit(w) != nil || ChineseNumerals.smallUnit(w) != nil || ChineseNumerals.largeUnit(w) != nil
                    || ChineseNumerals.isPoint(w) || w == 0x4F59 || w == 0x591A {
                    j = k
                }
            }
        }
        // 三点五亿: a large unit after the decimal part scales the whole number.
        var trailingPower = 0
        if fraction != nil, end < src.count, let u = ChineseNumerals.largeUnit(src.scalar(at: end).value) {
            trailingPower = u
            large = true
            end += 3
        }

        r.end = end
        r.digitsEnd = end
        if trailingPower > 0 {
            r.scalePower = trailingPower
        } else if prevWasUnit && lastUnitPower >= 4 && section == 0 {
            r.scalePower = lastUnitPower
        }
        r.digitCount = chars
        r.hasLargeScale = large
        r.isBareOne = onlyOne && chars == 1
        r.isBareScale = !sawDigit && chars >= 1 && !firstIsTen
        r.isDigitSequence = (isSequence && !sawUnit) || pairDigits  // 二〇二二, 五五, 十三五
        if invalid || overflow && !isSequence {
            r.value = invalid ? ExactDecimal.zero : nil
            if invalid { r.isDigitSequence = true }
            return r
        }
        if r.isDigitSequence {
            r.value = overflow ? nil : ExactDecimal(significand: sequence)
            return r
        }
        var last = digit ?? 0
        if digitRightAfterUnit, let d = digit, lastUnitPower >= 2 {
            last = d * pow10(lastUnitPower - 1)  // 一万五 = 15000, 三千二 = 3200
        }
        var total = result.adding(ExactDecimal(significand: section + last))
        if let f = fraction { total = total?.adding(f) }
        if trailingPower > 0 { total = total?.scaled(byPowerOfTen: trailingPower) }
        r.value = total
        if !r.vagueOver {
            r.end = readVagueTail(at: r.end, into: &r)
        }
        return r
    }

    /// The common Chinese numeral: one digit character right before a character that cannot
    /// continue a numeral (一个, 两家, 三年, 五项). Reads what `readChinese` would, without its
    /// state machine; nil for anything longer or followed by whitespace (the full reader decides).
    @inline(__always)
    func readSingleDigit(at i: Int) -> NumberReading? {
        let (v, len) = src.scalar(at: i)
        guard let d = ChineseNumerals.digit(v), i + len < src.count else { return nil }
        let next = src.scalar(at: i + len).value
        if ChineseNumerals.digit(next) != nil || ChineseNumerals.smallUnit(next) != nil || ChineseNumerals.largeUnit(next) != nil
            || ChineseNumerals.isPoint(next) || next == 0x51E0 || next == 0x5E7E || next == 0x4F59 || next == 0x591A  // 几 幾 余 多
            || CharacterClass.isSpace(next) {
            return nil
        }
        var r = NumberReading(start: i, end: i + len, digitsEnd: i + len)
        r.digitCount = 1
        r.isBareOne = v == 0x4E00 || v == 0x58F9  // 一 壹 (not 幺)
        r.value = ExactDecimal(significand: Int64(d))
        return r
    }

    /// The scalar after up to two spaces from byte `j`, and where it starts.
    private func peek(after j: Int) -> (UInt32, Int)? {
        let k = src.skipSpaces(from: j, limit: 2)
        guard k < src.count else { return nil }
        return (src.scalar(at: k).value, k)
    }

    private func pow10(_ n: Int) -> Int64 {
        var p: Int64 = 1
        for _ in 0..<n { p *= 10 }
        return p
    }
}
