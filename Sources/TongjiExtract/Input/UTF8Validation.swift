/// UTF-8 validation of a chunk, fast on Chinese text: the input layer checks every byte once
/// before the scanner sees it (the standard library's validator took ~9% of `tongji extract`).
/// ASCII goes eight bytes at a time, and the common three-byte sequence (a CJK character or
/// punctuation) is tried first, two per 64-bit load, with one mask and a test of the two lead
/// bytes. Reads through `Span`/`RawSpan` (no pointers): every index is checked against the
/// count in the loop conditions, so reads are unchecked or checked once per load.
///
/// Accepts exactly the well-formed sequences of Unicode Table 3-7, as `String(validating:)` does.
enum UTF8Validation {
    /// Whether `bytes` are well-formed UTF-8.
    static func isValid(_ bytes: [UInt8]) -> Bool {
        countIfValid(bytes.span) != nil
    }

    /// The code points and line feeds in `bytes` when they are well-formed UTF-8, else nil:
    /// validation and the counts the input layer needs, in one pass.
    static func countIfValid(_ bytes: [UInt8]) -> (codePoints: Int, lineBreaks: Int)? {
        countIfValid(bytes.span)
    }

    /// The code points and line feeds in `text` when they are well-formed UTF-8, else nil.
    static func countIfValid(_ text: Span<UInt8>) -> (codePoints: Int, lineBreaks: Int)? {
        let raw = text.bytes
        let n = text.count
        var i = 0
        var codePoints = 0
        var lineBreaks = 0
        while i < n {
            let b0 = text[unchecked: i]
            if b0 < 0x80 {
                i &+= 1
                codePoints &+= 1
                if b0 == 0x0A { lineBreaks &+= 1 }
                while n &- i >= 8 {
                    let x = raw.unsafeLoadUnaligned(fromByteOffset: i, as: UInt64.self)
                    if x & 0x8080_8080_8080_8080 != 0 { break }
                    // A line feed is a zero byte of x ^ 0x0A...: exact zero-byte test (no byte has bit 7).
                    let y = x ^ 0x0A0A_0A0A_0A0A_0A0A
                    let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
                    lineBreaks &+= (~((y &+ low) | y) & 0x8080_8080_8080_8080).nonzeroBitCount
                    codePoints &+= 8
                    i &+= 8
                }
                continue
            }
            let runEnd = threeByteRunEnd(raw, from: i)
            codePoints &+= (runEnd &- i) / 3
            i = runEnd
            guard i < n else { break }
            let c0 = text[unchecked: i]
            if c0 < 0x80 { continue }
            codePoints &+= 1
            if c0 >= 0xE1 && c0 <= 0xEF && c0 != 0xED {
                // E1–EC, EE–EF (CJK characters and punctuation): two continuation bytes of any value.
                guard n &- i > 2, text[unchecked: i &+ 1] & 0xC0 == 0x80, text[unchecked: i &+ 2] & 0xC0 == 0x80 else { return nil }
                i &+= 3
                continue
            }
            if c0 >= 0xC2 && c0 <= 0xDF {
                guard n &- i > 1, text[unchecked: i &+ 1] & 0xC0 == 0x80 else { return nil }
                i &+= 2
                continue
            }
            // The second byte's range depends on the lead byte (no overlong forms, no surrogates,
            // nothing above U+10FFFF).
            var length = 0
            var low: UInt8 = 0x80
            var high: UInt8 = 0xBF
            switch c0 {
            case 0xE0: length = 3; low = 0xA0
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: return nil
            }
            guard n &- i >= length else { return nil }
            let b1 = text[unchecked: i &+ 1]
            guard b1 >= low && b1 <= high else { return nil }
            for k in 2..<length where text[unchecked: i &+ k] & 0xC0 != 0x80 { return nil }
            i &+= length
        }
        return (codePoints, lineBreaks)
    }

    /// Where the run of well-formed three-byte sequences starting at byte `start` ends (CJK text),
    /// two at a time: one load, one mask, and the lead bytes must not be E0 or ED (whose second
    /// byte has a narrower range). A function of its own so that its loop keeps its few values in
    /// registers (inlined, the compiler shuffled a dozen registers per iteration).
    @inline(never)
    private static func threeByteRunEnd(_ raw: RawSpan, from start: Int) -> Int {
        let n = raw.byteCount
        var i = start
        while n &- i >= 8 {
            let x = raw.unsafeLoadUnaligned(fromByteOffset: i, as: UInt64.self).littleEndian
            if x & 0x0000_C0C0_F0C0_C0F0 != 0x0000_8080_E080_80E0 { break }
            // The low nibbles of the two lead bytes: 0 (E0) or D (ED) stops the run.
            let leads = (1 as UInt32) << UInt32(truncatingIfNeeded: x & 0x0F) | (1 as UInt32) << UInt32(truncatingIfNeeded: (x >> 24) & 0x0F)
            if leads & 0x2001 != 0 { break }
            i &+= 6
        }
        return i
    }
}
