/// Character classes the grammar asks about: whitespace, punctuation, Latin letters, CJK ideographs.
enum CharacterClass {
    /// Spaces and line breaks, including the ideographic space U+3000 and no-break space.
    @inline(__always)
    static func isSpace(_ v: UInt32) -> Bool {
        v == 0x20 || v == 0x0A || v == 0x0D || v == 0x09 || v == 0x3000 || v == 0xA0
    }

    /// ASCII letters (model names and codes such as 4DHT, B12).
    @inline(__always)
    static func isLatinLetter(_ v: UInt32) -> Bool {
        (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) || (v >= 0xFF21 && v <= 0xFF3A) || (v >= 0xFF41 && v <= 0xFF5A)
    }

    /// ASCII or full-width decimal digits.
    @inline(__always)
    static func digitValue(_ v: UInt32) -> Int? {
        if v >= 0x30 && v <= 0x39 { return Int(v - 0x30) }
        if v >= 0xFF10 && v <= 0xFF19 { return Int(v - 0xFF10) }
        return nil
    }

    /// CJK unified ideographs (the characters labels and keywords are made of).
    @inline(__always)
    static func isIdeograph(_ v: UInt32) -> Bool {
        v >= 0x3400 && v <= 0x9FFF
    }

    /// Punctuation that ends a clause or encloses a name: what labels and keywords never cross.
    ///
    /// Inlined up to a range test: in Chinese text most characters asked about are ideographs
    /// (U+3400–U+9FFF), none of which is a break, and they skip the switch.
    @inline(__always)
    static func isClauseBreak(_ v: UInt32) -> Bool {
        if v &- 0x3400 < 0x6C00 { return false }
        return isClauseBreakPunctuation(v)
    }

    /// `isClauseBreak(_:)` for characters outside the ideograph block: the punctuation itself.
    @inline(never)
    static func isClauseBreakPunctuation(_ v: UInt32) -> Bool {
        switch v {
        case 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x28, 0x29, 0x22, 0x27, 0x5B, 0x5D: return true  // , ; : ! ? ( ) " ' [ ]
        case 0x3001, 0x3002, 0xFF0C, 0xFF1B, 0xFF1A, 0xFF01, 0xFF1F, 0xFF08, 0xFF09: return true  // 、。，；：！？（）
        case 0x201C, 0x201D, 0x2018, 0x2019, 0x300A, 0x300B, 0x300C, 0x300D, 0x300E, 0x300F, 0x3010, 0x3011: return true
        case 0x2026, 0x2014, 0x2015, 0x25A1, 0x25CF: return true  // … — ― □ ●
        default: return false
        }
    }

    /// Punctuation that ends a sentence: 。！？；!?; (line breaks do not: PDF columns break lines mid-sentence).
    static func isSentenceEnd(_ v: UInt32) -> Bool {
        switch v {
        case 0x3002, 0xFF01, 0xFF1F, 0xFF1B, 0x21, 0x3F, 0x3B: return true
        default: return false
        }
    }

    /// Opening quotes and title marks: a Chinese numeral right after one starts a slogan or a name.
    static func isOpeningQuote(_ v: UInt32) -> Bool {
        v == 0x201C || v == 0x2018 || v == 0x300A || v == 0x300C || v == 0x300E || v == 0x22
    }
}
