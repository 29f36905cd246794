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

    /// Letters written before $ that name the dollar (US$, HK$, NT$); other letters make it a code.
    static let dollarPrefixes: [(String, String)] = [("US", "USD"), ("HK", "HKD"), ("NT", "TWD")]

    /// ISO codes written before the number, with or without one space (RMB 300, USD 50).
    static let codes: [(String, String)] = [
        ("RMB", "CNY"), ("CNY", "CNY"), ("USD", "USD"), ("HKD", "HKD"), ("EUR", "EUR"), ("GBP", "GBP"), ("JPY", "JPY"),
    ]

    /// Whether `b`, the byte right before a number, can be the last byte of a sign or code: a cheap
    /// test before `sign(before:in:)` decodes anything.
    @inline(__always)
    static func mayEndSign(_ b: UInt8) -> Bool {
        switch b {
        case 0x24, 0xA5, 0xA3, 0xAC, 0x84, 0xA1, 0x20, 0x42, 0x44, 0x52, 0x50, 0x59: return true  // $ ¥￥ £ € ＄ ￡ space B D R P Y
        default: return false
        }
    }

    /// The currency written right before byte `start` and where its sign or code starts, or nil.
    static func sign(before start: Int, in src: UTF8Source) -> (unit: String, start: Int)? {
        guard let (v, s) = src.scalar(before: start) else { return nil }
        if let unit = unit(ofSign: v) {
            let (letters, ls) = latinLetters(before: s, in: src)
            if let (q, _) = src.scalar(before: ls), CharacterClass.digitValue(q) != nil { return nil }  // 2$5: a code
            if letters.isEmpty { return (unit, s) }
            guard v == 0x24 || v == 0xFF04, let p = dollarPrefixes.first(where: { $0.0 == letters }) else { return nil }
            return (p.1, ls)
        }
        let end = CharacterClass.isSpace(v) ? s : start
        let (letters, ls) = latinLetters(before: end, in: src)
        guard let c = codes.first(where: { $0.0 == letters }) else { return nil }
        return (c.1, ls)
    }

    /// The run of ASCII letters ending at byte `end` and its start ("#" when longer than four).
    private static func latinLetters(before end: Int, in src: UTF8Source) -> (String, Int) {
        var a = end
        var scalars: [Unicode.Scalar] = []
        while let (v, s) = src.scalar(before: a), v < 0x80, CharacterClass.isLatinLetter(v) {
            if scalars.count == 4 { return ("#", end) }
            scalars.append(Unicode.Scalar(UInt8(v)))
            a = s
        }
        var word = ""
        for u in scalars.reversed() { word.unicodeScalars.append(u) }
        return (word, a)
    }
}
