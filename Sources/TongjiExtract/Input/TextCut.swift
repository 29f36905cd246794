/// Where to cut a long text into chunks that can be extracted one by one (and in parallel).
///
/// A quantity never crosses a sentence end, so the preferred cut is right after 。！？ (and the
/// line break that may follow it); next best is after a line break (a quantity may span one, as
/// PDF text leaves "14.5万平方\n米", but rarely does); when a stretch has neither, the cut falls on
/// a character boundary and the caller reports it. The rule depends only on the bytes, so the
/// chunks, and hence the output, are the same whatever `--jobs` is.
enum TextCut {
    /// How far back from the limit a "good" cut is looked for first.
    static let window = 64 * 1024

    /// Where the cut falls.
    enum Kind: Sendable, Hashable {
        /// After a sentence end or a line break.
        case atBreak
        /// Inside a line, at a character boundary.
        case atCharacter
    }

    /// The offset (from `start`) to cut `bytes[start...]` at so that the first part is at most
    /// `limit` bytes long and non-empty. Requires `bytes.count - start > limit`.
    static func cutPoint(in bytes: [UInt8], from start: Int = 0, limit: Int) -> (offset: Int, kind: Kind) {
        let base = start
        let hi = base + limit
        let windowLow = max(base, hi - window)
        if let p = lastSentenceEnd(bytes, from: windowLow, to: hi) ?? lastLineBreak(bytes, from: windowLow, to: hi)
            ?? lastSentenceEnd(bytes, from: base, to: windowLow) ?? lastLineBreak(bytes, from: base, to: windowLow) {
            var cut = p
            // Keep a line break (CR LF too) that follows a sentence end with the sentence.
            if cut < hi, bytes[cut] == 0x0D { cut += 1 }
            if cut < hi, bytes[cut] == 0x0A { cut += 1 }
            return (cut - base, .atBreak)
        }
        var cut = hi
        while cut > base + 1, (bytes[cut] & 0xC0) == 0x80 { cut -= 1 }
        return (cut - base, .atCharacter)
    }

    /// The offset just after the last 。！？ that ends within `from..<to`.
    static func lastSentenceEnd(_ b: [UInt8], from: Int, to: Int) -> Int? {
        var i = to - 1
        while i >= from + 2 {
            let last = b[i]
            // 。 E3 80 82, ！ EF BC 81, ？ EF BC 9F
            if last == 0x82, b[i - 1] == 0x80, b[i - 2] == 0xE3 { return i + 1 }
            if last == 0x81 || last == 0x9F, b[i - 1] == 0xBC, b[i - 2] == 0xEF { return i + 1 }
            i -= 1
        }
        return nil
    }

    /// The offset just after the last line feed within `from..<to`.
    static func lastLineBreak(_ b: [UInt8], from: Int, to: Int) -> Int? {
        var i = to - 1
        while i >= from {
            if b[i] == 0x0A { return i + 1 }
            i -= 1
        }
        return nil
    }
}
