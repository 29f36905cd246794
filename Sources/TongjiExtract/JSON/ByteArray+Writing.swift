extension Array where Element == UInt8 {
    /// Appends what `write` puts into a stretch of `bound` bytes: it gets the stretch as a
    /// `MutableRawSpan` and returns how many of its first bytes it wrote (at most `bound`).
    ///
    /// One capacity check and one `OutputSpan` for a whole record instead of one per key and value.
    /// The stretch is zeroed first (the only safe way to get mutable bytes out of an `OutputSpan`;
    /// a `memset` of a few hundred bytes is cheap next to per-piece appends), which also lets
    /// writers store whole words that run past their piece into bytes that are written next or
    /// dropped at the end.
    @inline(__always)
    mutating func appendWriting(upTo bound: Int, _ write: (inout MutableRawSpan) -> Int) {
        append(addingCapacity: bound) { span in
            span.append(repeating: 0, count: bound)
            var written = 0
            do {
                var elements = span.mutableSpan
                var bytes = elements.mutableBytes
                written = write(&bytes)
            }
            precondition(written >= 0 && written <= bound, "appendWriting: wrote past the bound")
            span.removeLast(bound &- written)
        }
    }
}
