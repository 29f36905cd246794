/// Finds the first NUL byte of a text's opening bytes (the binary-file probe of `InputStream`),
/// thirty-two bytes at a time: the probe looks at the first 8 KB of every file, and byte by byte it
/// cost as much as reading the file's code points.
enum ZeroByteSearch {
    /// The offset of the first zero byte among the first `limit` bytes of `bytes`, or nil.
    static func firstZero(in bytes: [UInt8], limit: Int) -> Int? {
        let text = bytes.span
        let raw = text.bytes
        let n = min(limit, text.count)
        let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        var i = 0
        // Thirty-two bytes per iteration (four loads, one branch) while none is zero, then eight
        // at a time to find it. Whether a word has a zero byte is `(v - 0x01…) & ~v & 0x80…`
        // (a flag above a zero byte may be false, but one is set exactly when a byte is zero);
        // which byte is the first zero needs the exact test below.
        let ones: UInt64 = 0x0101_0101_0101_0101
        while UInt(bitPattern: i) <= UInt(bitPattern: n) && n &- i >= 32 {
            let w0 = raw.unsafeLoadUnaligned(fromByteOffset: i, as: UInt64.self)
            let w1 = raw.unsafeLoadUnaligned(fromByteOffset: i &+ 8, as: UInt64.self)
            let w2 = raw.unsafeLoadUnaligned(fromByteOffset: i &+ 16, as: UInt64.self)
            let w3 = raw.unsafeLoadUnaligned(fromByteOffset: i &+ 24, as: UInt64.self)
            let any = ((w0 &- ones) & ~w0) | ((w1 &- ones) & ~w1) | ((w2 &- ones) & ~w2) | ((w3 &- ones) & ~w3)
            if any & ~low != 0 { break }
            i &+= 32
        }
        // A byte is zero exactly when adding 0x7F to its low seven bits sets no bit 7 and its own
        // bit 7 is clear (no carry crosses bytes, so every flag is exact).
        while n &- i >= 8 {
            let x = raw.unsafeLoadUnaligned(fromByteOffset: i, as: UInt64.self).littleEndian
            let zeros = ~(((x & low) &+ low) | x) & ~low
            if zeros != 0 { return i &+ zeros.trailingZeroBitCount / 8 }
            i &+= 8
        }
        while i < n {
            if text[unchecked: i] == 0 { return i }
            i &+= 1
        }
        return nil
    }
}
