/// Copies bytes between spans in 16-, 8- and 4-byte moves: the pieces of a JSON record are short
/// (a key, a unit, a 200-byte sentence), so a call into `memcpy` per piece costs more than the
/// copy itself, and no safe span API copies in bulk into an `OutputSpan`.
enum ByteCopy {
    /// Copies all of `source` into `target` at byte offset `at`; returns the offset after it.
    ///
    /// One bounds check for the whole copy; the moves inside are unchecked. Lengths that are not
    /// a multiple of the move size end with one move that overlaps the one before (the same bytes
    /// written twice), so nothing is written past the end of the copy.
    @inline(__always)
    static func copy(_ source: RawSpan, into target: inout MutableRawSpan, at: Int) -> Int {
        let n = source.byteCount
        precondition(at >= 0 && n <= target.byteCount &- at, "ByteCopy: target too small")
        if n >= 16 {
            var i = 0
            while i &+ 16 <= n {
                let v = source.unsafeLoadUnaligned(fromUncheckedByteOffset: i, as: SIMD16<UInt8>.self)
                target.storeBytes(of: v, toUncheckedByteOffset: at &+ i, as: SIMD16<UInt8>.self)
                i &+= 16
            }
            if i < n {
                let v = source.unsafeLoadUnaligned(fromUncheckedByteOffset: n &- 16, as: SIMD16<UInt8>.self)
                target.storeBytes(of: v, toUncheckedByteOffset: at &+ n &- 16, as: SIMD16<UInt8>.self)
            }
        } else if n >= 8 {
            let a = source.unsafeLoadUnaligned(fromUncheckedByteOffset: 0, as: UInt64.self)
            let b = source.unsafeLoadUnaligned(fromUncheckedByteOffset: n &- 8, as: UInt64.self)
            target.storeBytes(of: a, toUncheckedByteOffset: at, as: UInt64.self)
            target.storeBytes(of: b, toUncheckedByteOffset: at &+ n &- 8, as: UInt64.self)
        } else if n >= 4 {
            let a = source.unsafeLoadUnaligned(fromUncheckedByteOffset: 0, as: UInt32.self)
            let b = source.unsafeLoadUnaligned(fromUncheckedByteOffset: n &- 4, as: UInt32.self)
            target.storeBytes(of: a, toUncheckedByteOffset: at, as: UInt32.self)
            target.storeBytes(of: b, toUncheckedByteOffset: at &+ n &- 4, as: UInt32.self)
        } else {
            var i = 0
            while i < n {
                target.storeBytes(of: source.unsafeLoadUnaligned(fromUncheckedByteOffset: i, as: UInt8.self), toUncheckedByteOffset: at &+ i, as: UInt8.self)
                i &+= 1
            }
        }
        return at &+ n
    }
}
