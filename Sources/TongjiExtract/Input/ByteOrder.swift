/// Byte order of byte strings (as `memcmp`, then the shorter first): how directory listings are
/// sorted, so that runs are deterministic.
enum ByteOrder {
    /// Whether `a` sorts before `b` byte by byte, a proper prefix first; the same answer as
    /// `a.lexicographicallyPrecedes(b)`.
    ///
    /// Paths below one directory share a long prefix, so equal stretches are skipped eight bytes
    /// per step (one 64-bit load from each); the first differing word is compared big-endian,
    /// which orders it as its first differing byte does.
    static func precedes(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        let x = a.span
        let y = b.span
        let n = min(x.count, y.count)
        var i = 0
        while n &- i >= 8 {
            let p = x.bytes.unsafeLoadUnaligned(fromByteOffset: i, as: UInt64.self)
            let q = y.bytes.unsafeLoadUnaligned(fromByteOffset: i, as: UInt64.self)
            if p != q { return UInt64(bigEndian: p) < UInt64(bigEndian: q) }
            i &+= 8
        }
        while i < n {
            let p = x[unchecked: i]
            let q = y[unchecked: i]
            if p != q { return p < q }
            i &+= 1
        }
        return x.count < y.count
    }
}
