extension UTF8Source {
    /// The text of the sentence `range` with its whitespace removed, as `compactString(_:)` makes
    /// it, given the byte offsets of its whitespace scalars in order (as
    /// `TextContext.sentence(around:spaces:)` notes them while it finds the sentence): the bytes
    /// between them are copied, and the sentence is not searched for whitespace a second time.
    /// `scratch` holds the bytes kept; it is reused from one sentence to the next.
    func sentenceString(_ range: Range<Int>, spaces: [Int], scratch: inout [UInt8]) -> String {
        if spaces.isEmpty { return Self.string(validUTF8: bytes.span.extracting(range)) }
        scratch.removeAll(keepingCapacity: true)
        scratch.reserveCapacity(range.count)
        let text = bytes.span
        var run = range.lowerBound
        for p in spaces {
            scratch.append(contentsOf: bytes[run..<p])
            // A space or line break is one byte; U+00A0 is C2 A0; U+3000 is E3 80 80.
            let lead = text[unchecked: p]
            run = p + (lead < 0x80 ? 1 : lead == 0xC2 ? 2 : 3)
        }
        if run < range.upperBound { scratch.append(contentsOf: bytes[run..<range.upperBound]) }
        return Self.string(validUTF8: scratch.span)
    }
}
