/// UTF-8 validation of a chunk, fast on Chinese text: the input layer checks every byte once
/// before the scanner sees it (the standard library's validator took ~9% of `tongji extract`).
/// ASCII goes eight bytes at a time, and the common three-byte sequence (a CJK character or
/// punctuation) is tried first, two per 64-bit load, with one mask and a SWAR test of the two
/// lead bytes. Reads through `Span`/`RawSpan` (no pointers): every index is checked against the
/// count in the loop conditions, so reads are unchecked or checked once per load.
///
/// Accepts exactly the well-formed sequences of Unicode Table 3-7, as `String(validating:)` does.
enum UTF8Validation {
    /// Whether `bytes` are well-formed UTF-8. The counting loop is inlined here, so that the
    /// compiler drops the counts (unused): the last chunk of a document needs only this.
    static func isValid(_ bytes: [UInt8]) -> Bool {
        validated(bytes.span) != nil
    }

    /// The code points and line feeds in `bytes` when they are well-formed UTF-8, else nil:
    /// validation and the counts the input layer needs, in one pass.
    static func countIfValid(_ bytes: [UInt8]) -> (codePoints: Int, lineBreaks: Int)? {
        countIfValid(bytes.span)
    }

    /// The code points and line feeds in `text` when they are well-formed UTF-8, else nil.
    static func countIfValid(_ text: Span<UInt8>) -> (codePoints: Int, lineBreaks: Int)? {
        validated(text)
    }

    /// The code points and line feeds in `text` when they are well-formed UTF-8, else nil.
    /// Always inlined, so that a caller that only tests for nil (`isValid`) does not count.
    ///
    /// One loop of fast steps, each from one 64-bit load: two three-byte sequences (four with a
    /// second load), eight ASCII bytes, one ASCII byte, or one three-byte sequence; anything else
    /// (two- and four-byte sequences, leads E0 and ED, the last seven bytes, invalid bytes) is one
    /// sequence checked exactly by the slow step. Chinese prose is runs of a dozen characters between single
    /// ASCII commas, so a run's end must not leave the loop.
    @inline(__always)
    private static func validated(_ text: Span<UInt8>) -> (codePoints: Int, lineBreaks: Int)? {
        let raw = text.bytes
        let n = text.count
        let highBits: UInt64 = 0x8080_8080_8080_8080
        let lowBits: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        var i = 0
        var codePoints = 0
        var lineBreaks = 0
        while i < n {
            while UInt(bitPattern: i) <= UInt(bitPattern: n) && n &- i >= 8 {
                let x = raw.unsafeLoadUnaligned(fromByteOffset: i, as: UInt64.self).littleEndian
                if ThreeByteWords.areTwoSequences(x) {
                    // Leads E0 and ED leave for the slow step.
                    if ThreeByteWords.hasBoundedLead(x) { break }
                    // Two more in the same step when the next six bytes are two more sequences.
                    if n &- i >= 14 {
                        let y = raw.unsafeLoadUnaligned(fromByteOffset: i &+ 6, as: UInt64.self).littleEndian
                        if ThreeByteWords.areTwoSequences(y) && !ThreeByteWords.hasBoundedLead(y) {
                            i &+= 12
                            codePoints &+= 4
                            continue
                        }
                    }
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
            if c0 == 0x0A { lineBreaks &+= 1 }
            let length = sequenceLength(text, at: i)
            guard length > 0 else { return nil }
            codePoints &+= 1
            i &+= length
        }
        return (codePoints, lineBreaks)
    }

    /// The byte length of the well-formed sequence at byte `i` of `text` (below `text.count`), or
    /// 0 when the bytes there are not one (Table 3-7): the exact check of one sequence, for the
    /// bytes that the word-at-a-time steps leave (here and in `TriggerScanner.triggers(in:)`).
    @inline(__always)
    static func sequenceLength(_ text: Span<UInt8>, at i: Int) -> Int {
        let n = text.count
        let c0 = text[unchecked: i]
        if c0 < 0x80 { return 1 }
        if c0 >= 0xE1 && c0 <= 0xEF && c0 != 0xED {
            // E1–EC, EE–EF (CJK characters and punctuation): two continuation bytes of any value.
            guard n &- i > 2, text[unchecked: i &+ 1] & 0xC0 == 0x80, text[unchecked: i &+ 2] & 0xC0 == 0x80 else { return 0 }
            return 3
        }
        if c0 >= 0xC2 && c0 <= 0xDF {
            guard n &- i > 1, text[unchecked: i &+ 1] & 0xC0 == 0x80 else { return 0 }
            return 2
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
        default: return 0
        }
        guard n &- i >= length else { return 0 }
        let b1 = text[unchecked: i &+ 1]
        guard b1 >= low && b1 <= high else { return 0 }
        for k in 2..<length where text[unchecked: i &+ k] & 0xC0 != 0x80 { return 0 }
        return length
    }
}
