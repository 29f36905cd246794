/// UTF-8 validation of a chunk, fast on Chinese text: the input layer checks every byte once
/// before the scanner sees it (the standard library's validator took ~9% of `tongji extract`).
/// ASCII goes eight bytes at a time, and the common three-byte sequence (a CJK character or
/// punctuation) is tried first, two per 64-bit load, with one mask and a SWAR test of the two
/// lead bytes. Reads through `Span`/`RawSpan` (no pointers): every index is checked against the
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
    ///
    /// One loop of fast steps, each from one 64-bit load: two three-byte sequences, eight ASCII
    /// bytes, one ASCII byte, or one three-byte sequence; anything else (two- and four-byte
    /// sequences, leads E0 and ED, the last seven bytes, invalid bytes) is one sequence checked
    /// exactly by the slow step. Chinese prose is runs of a dozen characters between single
    /// ASCII commas, so a run's end must not leave the loop.
    static func countIfValid(_ text: Span<UInt8>) -> (codePoints: Int, lineBreaks: Int)? {
        let raw = text.bytes
        let n = text.count
        let shapeMask: UInt64 = 0x0000_C0C0_F0C0_C0F0  // two sequences 1110xxxx 10xxxxxx 10xxxxxx
        let shape: UInt64 = 0x0000_8080_E080_80E0
        let nibbles: UInt64 = 0x0F00_000F  // the low nibbles of the two lead bytes (bytes 0 and 3)
        let ones: UInt64 = 0x0100_0001
        let ed: UInt64 = 0x0D00_000D
        let flags: UInt64 = 0x8000_0080
        let highBits: UInt64 = 0x8080_8080_8080_8080
        let lowBits: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        var i = 0
        var codePoints = 0
        var lineBreaks = 0
        while i < n {
            while n &- i >= 8 {
                let x = raw.unsafeLoadUnaligned(fromByteOffset: i, as: UInt64.self).littleEndian
                if x & shapeMask == shape {
                    // Lead nibbles 0 (E0) and D (ED) leave for the slow step: each nibble is a
                    // lane below 16, and a lane minus one sets its bit 7 only when it was 0.
                    let l = x & nibbles
                    if ((l &- ones) | ((l ^ ed) &- ones)) & flags != 0 { break }
                    i &+= 6
                    codePoints &+= 2
                    continue
                }
                if x & 0x80 == 0 {
                    if x & highBits == 0 {
                        // A line feed is a zero byte of x ^ 0x0A...: exact zero-byte test (no byte has bit 7).
                        let y = x ^ 0x0A0A_0A0A_0A0A_0A0A
                        lineBreaks &+= (~((y &+ lowBits) | y) & highBits).nonzeroBitCount
                        codePoints &+= 8
                        i &+= 8
                        continue
                    }
                    if x & 0xFF == 0x0A { lineBreaks &+= 1 }
                    codePoints &+= 1
                    i &+= 1
                    continue
                }
                if x & 0xC0_C0F0 != 0x80_80E0 { break }
                let l = x & 0x0F
                if l == 0 || l == 0x0D { break }
                codePoints &+= 1
                i &+= 3
            }
            guard i < n else { break }
            // The slow step: one sequence, checked exactly.
            let c0 = text[unchecked: i]
            if c0 < 0x80 {
                i &+= 1
                codePoints &+= 1
                if c0 == 0x0A { lineBreaks &+= 1 }
                continue
            }
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
}
