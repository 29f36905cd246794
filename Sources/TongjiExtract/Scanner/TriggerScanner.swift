/// The hot loop: finds the next byte where a quantity can start, counting code points on the way.
///
/// Almost every byte of a text cannot start a number, so this loop only classifies lead bytes: an
/// ASCII digit, a full-width digit (EF BC 90–99), or a three-byte CJK character whose scalar is in
/// the trigger bitmap (Chinese numerals 〇一二两…十百千万亿 and 半). Everything else advances by
/// the sequence length and one code point. No allocation, no decoding of non-CJK characters.
struct TriggerScanner {
    /// One bit per scalar in U+3000..<U+A000 (lead bytes E3–E9), set for scalars that can start a number.
    private let bits: [UInt64]

    /// The shared bitmap built from `ChineseNumerals.startCharacters`.
    static let standard = TriggerScanner(triggers: ChineseNumerals.startCharacters)

    init(triggers: [UInt32]) {
        var b = [UInt64](repeating: 0, count: (0xA000 - 0x3000) / 64)
        for s in triggers where s >= 0x3000 && s < 0xA000 {
            let k = Int(s - 0x3000)
            b[k >> 6] |= 1 << UInt64(k & 63)
        }
        bits = b
    }

    /// The first trigger at or after byte `from` (a scalar boundary) and its code point offset, given
    /// the code point offset `cp` of `from`; nil when the text has no more.
    @inline(__always)
    func next(in bytes: [UInt8], from: Int, cp: Int) -> (byte: Int, codePoint: Int)? {
        // Spans read without a bounds check per byte: every index is checked against `n` here.
        let text = bytes.span
        let bitmap = bits.span
        var i = from
        var c = cp
        let n = text.count
        while i < n {
            let b = text[unchecked: i]
            if b < 0x80 {
                if b &- 0x30 < 10 { return (i, c) }
                i &+= 1
            } else if b >= 0xE3 && b <= 0xE9 && i + 2 < n {
                let s = (Int(b & 0x0F) << 12) | (Int(text[unchecked: i + 1] & 0x3F) << 6) | Int(text[unchecked: i + 2] & 0x3F)
                let k = s &- 0x3000  // in 0..<0x7000: lead bytes E3–E9 give U+3000–U+9FFF
                if bitmap[unchecked: k >> 6] & (1 << UInt64(k & 63)) != 0 { return (i, c) }
                i &+= 3
            } else if b < 0xE0 {
                i &+= 2
            } else if b < 0xF0 {
                if b == 0xEF && i + 2 < n && text[unchecked: i + 1] == 0xBC && text[unchecked: i + 2] >= 0x90 && text[unchecked: i + 2] <= 0x99 {
                    return (i, c)
                }
                i &+= 3
            } else {
                i &+= 4
            }
            c &+= 1
        }
        return nil
    }
}
