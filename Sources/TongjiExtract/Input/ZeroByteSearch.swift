/// Finds the first NUL byte of a text's opening bytes (the binary-file probe of `InputStream`),
/// eight bytes at a time: the probe looks at the first 8 KB of every file, and byte by byte it
/// cost as much as reading the file's code points.
enum ZeroByteSearch {
    /// The offset of the first zero byte among the first `limit` bytes of `bytes`, or nil.
    static func firstZero(in bytes: [UInt8], limit: Int) -> Int? {
        let text = bytes.span
        let raw = text.bytes
        let n = min(limit, text.count)
        let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        var i = 0
        while n &- i >= 8 {
            let x = raw.unsafeLoadUnaligned(fromByteOffset: i, as: UInt64.self).littleEndian
            // A byte is zero exactly when adding 0x7F to its low seven bits sets no bit 7 and
            // its own bit 7 is clear (no carry crosses bytes, so every flag is exact).
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
