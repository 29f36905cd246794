/// A constant stretch of a record of up to 16 ASCII bytes (`,"end":`, `,"value_max":`), held as
/// two machine words so that writing it is two stores instead of a copy loop.
///
/// Both words are always stored: up to 16 bytes land in the target, of which `count` are the
/// piece; the rest is overwritten by what follows (the record's target has room to spare).
struct JSONPiece {
    /// The first eight bytes, little-endian (byte 0 in the low bits).
    let low: UInt64
    /// Bytes 8 to 15, little-endian.
    let high: UInt64
    /// How many bytes the piece has.
    let count: Int

    /// The piece for `text` (ASCII, at most 16 bytes).
    init(_ text: String) {
        var low: UInt64 = 0
        var high: UInt64 = 0
        var k = 0
        for b in text.utf8 {
            precondition(k < 16 && b < 0x80, "JSONPiece: at most 16 ASCII bytes")
            if k < 8 { low |= UInt64(b) << (8 * k) } else { high |= UInt64(b) << (8 * (k - 8)) }
            k += 1
        }
        self.low = low
        self.high = high
        self.count = k
    }

    /// Writes the piece at `at` (16 bytes are stored, see the type); returns the offset after it.
    @inline(__always)
    func write(into target: inout MutableRawSpan, at: Int) -> Int {
        target.storeBytes(of: low.littleEndian, toByteOffset: at, as: UInt64.self)
        target.storeBytes(of: high.littleEndian, toByteOffset: at &+ 8, as: UInt64.self)
        return at &+ count
    }
}
