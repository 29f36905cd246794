/// The hot loop: finds the next byte where a quantity can start, and its code point offset.
///
/// Almost every byte of a text cannot start a number, so this loop only classifies characters: an
/// ASCII digit, or a three-byte character in the trigger set (the Chinese numerals 〇一二两…十百千万亿
/// and 半 of `ChineseNumerals.startCharacters`, and the full-width digits ０–９).
///
/// The speed tricks, for Chinese text (runs of three-byte characters):
/// - two characters per 64-bit load (four per two loads): when both lead bytes of the load are
///   three-byte leads (1110xxxx; the bytes are valid UTF-8, so the next two are continuation
///   bytes), the two characters are tested from the register, without a branch per byte;
/// - single ASCII bytes (the commas between Chinese runs) are steps of the same loop;
/// - a character is tested with a perfect hash (`TriggerHash`) of its three bytes: one multiply,
///   one table load, one compare, instead of decoding the scalar into a bitmap index;
/// - code points are counted per load (two or four characters), not per character.
struct TriggerScanner {
    /// The trigger characters, as a perfect hash of their UTF-8 bytes.
    private let hash: TriggerHash

    /// The shared scanner for the grammar's start characters.
    static let standard = TriggerScanner(triggers: ChineseNumerals.startCharacters)

    /// A scanner for the three-byte scalars of `triggers` in U+3000..<U+A000 (the CJK range the
    /// grammar uses), the full-width digits ０–９, and the ASCII digits.
    init(triggers: [UInt32]) {
        var scalars = triggers.filter { $0 >= 0x3000 && $0 < 0xA000 }
        scalars.append(contentsOf: 0xFF10...0xFF19)
        hash = TriggerHash(scalars: scalars)
    }

    /// The first trigger at or after byte `from` (a scalar boundary) and its code point offset, given
    /// the code point offset `cp` of `from`; nil when the text has no more. `bytes` are valid UTF-8.
    ///
    /// Not inlined into `Extractor.scan`, so that its loops keep their few values in registers
    /// (inlined, the compiler spilled the multiplier and the table to the stack): one call per
    /// trigger.
    @inline(never)
    func next(in bytes: [UInt8], from: Int, cp: Int) -> (byte: Int, codePoint: Int)? {
        // Spans read without a bounds check per byte: every index is checked against `n` here.
        let text = bytes.span
        let raw = text.bytes
        let slots = hash.slots.span
        let n = text.count
        let leadMask: UInt64 = 0xF000_00F0  // the high nibbles of bytes 0 and 3
        let leads: UInt64 = 0xE000_00E0  // both three-byte leads
        let key: UInt64 = 0xFF_FFFF  // one character's three bytes
        var i = from
        var c = cp
        while i < n {
            // Fast steps, one 64-bit load each: four or two three-byte characters (while the lead
            // bytes, bytes 0 and 3 of a load, are 1110xxxx: the text is valid UTF-8, so the next
            // two bytes of each are its continuation bytes), one ASCII byte, or one three-byte
            // character. Chinese prose is runs of a dozen characters between single ASCII commas,
            // so a run's end does not leave this loop.
            while UInt(bitPattern: i) <= UInt(bitPattern: n) && n &- i >= 8 {
                let x = raw.unsafeLoadUnaligned(fromByteOffset: i, as: UInt64.self).littleEndian
                if x & leadMask == leads {
                    if n &- i >= 14 {
                        let y = raw.unsafeLoadUnaligned(fromByteOffset: i &+ 6, as: UInt64.self).littleEndian
                        if y & leadMask == leads {
                            if hash.contains(x & key, slots: slots) { return (i, c) }
                            if hash.contains((x >> 24) & key, slots: slots) { return (i &+ 3, c &+ 1) }
                            if hash.contains(y & key, slots: slots) { return (i &+ 6, c &+ 2) }
                            if hash.contains((y >> 24) & key, slots: slots) { return (i &+ 9, c &+ 3) }
                            i &+= 12
                            c &+= 4
                            continue
                        }
                    }
                    if hash.contains(x & key, slots: slots) { return (i, c) }
                    if hash.contains((x >> 24) & key, slots: slots) { return (i &+ 3, c &+ 1) }
                    i &+= 6
                    c &+= 2
                    continue
                }
                if x & 0x80 == 0 {
                    if (x & 0xFF) &- 0x30 < 10 { return (i, c) }
                    i &+= 1
                    c &+= 1
                    continue
                }
                if x & 0xF0 != 0xE0 { break }
                if hash.contains(x & key, slots: slots) { return (i, c) }
                i &+= 3
                c &+= 1
            }
            guard i < n else { break }
            // One character: ASCII (a run of it), two-, three- or four-byte.
            let b = text[unchecked: i]
            if b < 0x80 {
                var a = b
                while true {
                    if a &- 0x30 < 10 { return (i, c) }
                    i &+= 1
                    c &+= 1
                    guard i < n else { return nil }
                    a = text[unchecked: i]
                    if a >= 0x80 { break }
                }
                continue
            }
            if b < 0xE0 {
                i &+= 2
            } else if b < 0xF0 {
                if i &+ 2 < n {
                    let v = UInt64(b) | UInt64(text[unchecked: i &+ 1]) << 8 | UInt64(text[unchecked: i &+ 2]) << 16
                    if hash.contains(v, slots: slots) { return (i, c) }
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
