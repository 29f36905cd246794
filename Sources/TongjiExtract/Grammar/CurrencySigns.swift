/// Currency signs and codes written before a number: $20, ￥300, ¥1.5亿, US$5亿, HK$12.8, €2.5亿,
/// £30, RMB 300. The sign is the unit; 万/亿 after the number is its scale.
///
/// The sign is found from the number backwards (the number is the trigger), so the scanner's loop
/// over all text is unchanged.
enum CurrencySigns {
    /// The currency of a sign character: ¥ ￥ (yuan in Chinese text), € , £ ￡, $ ＄.
    static func unit(ofSign v: UInt32) -> String? {
        switch v {
        case 0xA5, 0xFFE5: return "CNY"  // ¥ ￥
        case 0x20AC: return "EUR"  // €
        case 0xA3, 0xFFE1: return "GBP"  // £ ￡
        case 0x24, 0xFF04: return "USD"  // $ ＄
        default: return nil
        }
    }

    /// Letters written before $ that name the dollar (US$, HK$, NT$), packed as in `pack`; other
    /// letters make it a code.
    static let dollarPrefixes: [(UInt32, String)] = [(pack("US"), "USD"), (pack("HK"), "HKD"), (pack("NT"), "TWD")]

    /// ISO codes written before the number, with or without one space (RMB 300, USD 50), packed.
    static let codes: [(UInt32, String)] = [
        (pack("RMB"), "CNY"), (pack("CNY"), "CNY"), (pack("USD"), "USD"), (pack("HKD"), "HKD"), (pack("EUR"), "EUR"),
        (pack("GBP"), "GBP"), (pack("JPY"), "JPY"),
    ]

    /// Whether the byte right before `start` (or before one space there) can be the last byte of a
    /// sign or code: a cheap test before `sign(before:in:)` decodes anything.
    @inline(__always)
    static func mayEndSign(_ bytes: Span<UInt8>, before start: Int) -> Bool {
        guard start > 0, start <= bytes.count else { return false }
        var b = bytes[start - 1]
        if b == 0x20 {
            guard start > 1 else { return false }
            b = bytes[start - 2]
            return b == 0x42 || b == 0x44 || b == 0x52 || b == 0x50 || b == 0x59  // RMB 300, USD 50
        }
        switch b {
        case 0x24, 0xA5, 0xA3, 0xAC, 0x84, 0xA1, 0x42, 0x44, 0x52, 0x50, 0x59: return true  // $ ¥￥ £ € ＄ ￡ B D R P Y
        default: return false
        }
    }

    /// The currency written right before byte `start` and where its sign or code starts, or nil.
    static func sign(before start: Int, in src: UTF8Source) -> (unit: String, start: Int)? {
        guard let (v, s) = src.scalar(before: start) else { return nil }
        if let unit = unit(ofSign: v) {
            let (letters, count, ls) = latinLetters(before: s, in: src)
            if let (q, _) = src.scalar(before: ls), CharacterClass.digitValue(q) != nil { return nil }  // 2$5: a code
            if count == 0 { return (unit, s) }
            guard v == 0x24 || v == 0xFF04, count == 2, let p = dollarPrefixes.first(where: { $0.0 == letters }) else { return nil }
            return (p.1, ls)
        }
        let end = v == 0x20 ? s : start
        let (letters, count, ls) = latinLetters(before: end, in: src)
        guard count == 3, let c = codes.first(where: { $0.0 == letters }) else { return nil }
        return (c.1, ls)
    }

    /// Up to four ASCII letters packed into a number, the first letter highest ("US" = 0x5553).
    static func pack(_ word: String) -> UInt32 {
        word.utf8.reduce(0) { $0 << 8 | UInt32($1) }
    }

    /// The run of ASCII letters ending at byte `end`, packed as in `pack` (count 5 when longer than
    /// four), its length and its start: no string is made.
    private static func latinLetters(before end: Int, in src: UTF8Source) -> (UInt32, Int, Int) {
        var a = end
        var packed: UInt32 = 0
        var count = 0
        while a > 0, src.bytes[a - 1] < 0x80, CharacterClass.isLatinLetter(UInt32(src.bytes[a - 1])) {
            if count == 4 { return (0, 5, end) }
            packed |= UInt32(src.bytes[a - 1]) << UInt32(8 * count)
            count += 1
            a -= 1
        }
        return (packed, count, a)
    }
}
