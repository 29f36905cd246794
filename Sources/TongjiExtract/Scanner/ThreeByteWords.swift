/// Tests on a 64-bit little-endian load of UTF-8 text for the fast steps of the byte loops (UTF-8
/// validation in the input layer, and the validating trigger search): whether its first six bytes
/// are two three-byte sequences (a CJK character or punctuation each), and whether either lead
/// needs the exact check. One definition, so that both loops accept exactly the same steps.
enum ThreeByteWords {
    /// Whether bytes 0–5 of `x` have the shape 1110xxxx 10xxxxxx 10xxxxxx, twice.
    @inline(__always)
    static func areTwoSequences(_ x: UInt64) -> Bool {
        x & 0x0000_C0C0_F0C0_C0F0 == 0x0000_8080_E080_80E0
    }

    /// Whether a lead of two sequences of that shape is E0 or ED, whose second byte is bounded
    /// (overlong forms, surrogates) and so leaves for the exact one-sequence check. Each low lead
    /// nibble (bytes 0 and 3) is a lane below 16, and a lane minus one sets its bit 7 only when it
    /// was 0: tested for the nibble itself (E0) and for the nibble XOR D (ED).
    @inline(__always)
    static func hasBoundedLead(_ x: UInt64) -> Bool {
        let nibbles = x & 0x0F00_000F
        let ones: UInt64 = 0x0100_0001
        return ((nibbles &- ones) | ((nibbles ^ 0x0D00_000D) &- ones)) & 0x8000_0080 != 0
    }
}
