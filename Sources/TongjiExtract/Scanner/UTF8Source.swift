/// The text being scanned, held as UTF-8 bytes, with the few scalar-level helpers the grammar needs.
///
/// The hot loop (`TriggerScanner`) looks at raw bytes; once a position can start a quantity, the
/// grammar decodes scalars around it with these helpers. All indices are byte offsets into `bytes`;
/// the bytes come from a Swift `String` or were validated, so they are always valid UTF-8.
struct UTF8Source {
    /// The text's UTF-8 bytes.
    let bytes: [UInt8]

    /// Copies the text's UTF-8 bytes.
    init(_ text: String) {
        bytes = Array(text.utf8)
    }

    /// Holds bytes that are valid UTF-8 (the caller checked), without copying them.
    init(validUTF8 bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Number of bytes.
    var count: Int { bytes.count }

    /// The scalar starting at byte `i` (which must be a scalar boundary below `count`) and its byte length.
    ///
    /// The lead byte is read with a bounds check (a wrong `i` traps, as before); its continuation
    /// bytes without: valid UTF-8 has them all, so one check covers the whole scalar.
    @inline(__always)
    func scalar(at i: Int) -> (value: UInt32, length: Int) {
        let text = bytes.span
        let b0 = text[i]
        if b0 < 0x80 { return (UInt32(b0), 1) }
        if b0 < 0xE0 {
            return ((UInt32(b0 & 0x1F) << 6) | UInt32(text[unchecked: i &+ 1] & 0x3F), 2)
        }
        if b0 < 0xF0 {
            return ((UInt32(b0 & 0x0F) << 12) | (UInt32(text[unchecked: i &+ 1] & 0x3F) << 6) | UInt32(text[unchecked: i &+ 2] & 0x3F), 3)
        }
        let v = (UInt32(b0 & 0x07) << 18) | (UInt32(text[unchecked: i &+ 1] & 0x3F) << 12)
            | (UInt32(text[unchecked: i &+ 2] & 0x3F) << 6) | UInt32(text[unchecked: i &+ 3] & 0x3F)
        return (v, 4)
    }

    /// The scalar value at `i`, or nil at the end of the text.
    @inline(__always)
    func value(at i: Int) -> UInt32? {
        i < bytes.count ? scalar(at: i).value : nil
    }

    /// The scalar ending just before byte `i` and where it starts, or nil at the start of the text.
    ///
    /// Inlined for ASCII and three-byte scalars (CJK), read without bounds checks: `i` is a scalar
    /// boundary of valid UTF-8, so a three-byte lead at `i - 3` starts the scalar before it.
    @inline(__always)
    func scalar(before i: Int) -> (value: UInt32, start: Int)? {
        guard i > 0, i <= bytes.count else { return nil }
        let text = bytes.span
        let last = text[unchecked: i - 1]
        if last < 0x80 { return (UInt32(last), i - 1) }
        if i >= 3 {
            let lead = text[unchecked: i - 3]
            if lead & 0xF0 == 0xE0 {
                let v = (UInt32(lead & 0x0F) << 12) | (UInt32(text[unchecked: i - 2] & 0x3F) << 6) | UInt32(last & 0x3F)
                return (v, i - 3)
            }
        }
        return scalarSlowly(before: i)
    }

    /// `scalar(before:)` for two- and four-byte scalars: back over the continuation bytes.
    @inline(never)
    private func scalarSlowly(before i: Int) -> (value: UInt32, start: Int)? {
        var s = i - 1
        while s > 0 && bytes[s] & 0xC0 == 0x80 { s -= 1 }
        return (scalar(at: s).value, s)
    }

    /// Number of code points (scalars) in the byte range: every byte that is not a continuation byte.
    func codePoints(from a: Int, to b: Int) -> Int {
        var n = 0
        var i = a
        while i < b {
            if bytes[i] & 0xC0 != 0x80 { n += 1 }
            i += 1
        }
        return n
    }

    /// The text of a byte range, as it stands.
    func string(_ range: Range<Int>) -> String {
        Self.string(validUTF8: bytes.span.extracting(range))
    }

    /// A string of bytes that are valid UTF-8 (whole scalars cut from the text), made without
    /// validating them again: strings are made per mention, sentences alone are half the output.
    @inline(__always)
    static func string(validUTF8 bytes: Span<UInt8>) -> String {
        String(copying: UTF8Span(unchecked: bytes))
    }

    /// The text of a byte range with whitespace (spaces, line breaks, ideographic spaces) removed,
    /// as PDF column text needs: "14.5万平方\n米" becomes "14.5万平方米".
    func compactString(_ range: Range<Int>) -> String {
        var scratch: [UInt8] = []
        return compactString(range, scratch: &scratch)
    }

    /// `compactString(_:)` that gathers the bytes kept in `scratch` (emptied first, its capacity
    /// kept) when there is whitespace to drop: a caller making many strings (a sentence for every
    /// mention) allocates that buffer once instead of once per string.
    func compactString(_ range: Range<Int>, scratch out: inout [UInt8]) -> String {
        let text = bytes.span
        let n = text.count
        // The length of the whitespace scalar at byte `i`, or 0.
        func spaceLength(at i: Int) -> Int {
            let b = text[unchecked: i]
            if b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 { return 1 }
            if b == 0xE3, i + 2 < n, text[unchecked: i + 1] == 0x80, text[unchecked: i + 2] == 0x80 { return 3 }  // U+3000
            if b == 0xC2, i + 1 < n, text[unchecked: i + 1] == 0xA0 { return 2 }  // U+00A0
            return 0
        }
        // The next byte at or after `i` that can start whitespace (below 0x21, C2 or E3), or `end`:
        // eight bytes at a time (SWAR; the lowest flagged byte is always a true one).
        let end = range.upperBound
        @inline(__always) func nextCandidate(from i: Int) -> Int {
            var i = i
            let ones: UInt64 = 0x0101_0101_0101_0101
            let high: UInt64 = 0x8080_8080_8080_8080
            while i + 8 <= end {
                let x = text.bytes.unsafeLoadUnaligned(fromByteOffset: i, as: UInt64.self).littleEndian
                let c2 = x ^ (ones &* 0xC2)
                let e3 = x ^ (ones &* 0xE3)
                let flags = ((x &- ones &* 0x21) & ~x | (c2 &- ones) & ~c2 | (e3 &- ones) & ~e3) & high
                if flags != 0 { return i &+ flags.trailingZeroBitCount >> 3 }
                i &+= 8
            }
            while i < end {
                let b = text[unchecked: i]
                if b < 0x21 || b == 0xC2 || b == 0xE3 { return i }
                i &+= 1
            }
            return end
        }
        var i = nextCandidate(from: range.lowerBound)
        while i < end, spaceLength(at: i) == 0 { i = nextCandidate(from: i + 1) }
        if i == end { return Self.string(validUTF8: text.extracting(range)) }  // no whitespace: no copy
        out.removeAll(keepingCapacity: true)
        out.reserveCapacity(range.count)
        var run = range.lowerBound
        while i < end {
            let skip = spaceLength(at: i)
            if skip > 0 {
                out.append(contentsOf: bytes[run..<i])
                i += skip
                run = i
            } else {
                i = nextCandidate(from: i + 1)
            }
        }
        if run < range.upperBound { out.append(contentsOf: bytes[run..<range.upperBound]) }
        return Self.string(validUTF8: out.span)
    }

    /// The first byte at or after `i` that is not whitespace, if at most `limit` whitespace scalars lie between.
    ///
    /// Inlined up to a look at the byte at `i`: whitespace starts with a byte below 0x21, C2 (U+00A0)
    /// or E3 (U+3000), and most calls find none.
    @inline(__always)
    func skipSpaces(from i: Int, limit: Int = 6) -> Int {
        if i < bytes.count {
            let b = bytes.span[unchecked: i]
            if b >= 0x21 && b != 0xC2 && b != 0xE3 { return i }
        }
        return skipSpacesSlowly(from: i, limit: limit)
    }

    /// `skipSpaces(from:limit:)` scalar by scalar.
    @inline(never)
    private func skipSpacesSlowly(from i: Int, limit: Int) -> Int {
        var j = i
        var n = 0
        while j < bytes.count {
            let (v, len) = scalar(at: j)
            if !CharacterClass.isSpace(v) { return j }
            n += 1
            if n > limit { return i }
            j += len
        }
        return j
    }

    /// The first byte of the whitespace run ending at `i` (or `i` itself), skipping at most `limit` scalars.
    ///
    /// Inlined up to a look at the byte before `i`: whitespace ends with a byte below 0x21, 80
    /// (U+3000 is E3 80 80) or A0 (U+00A0 is C2 A0), and most calls find none.
    @inline(__always)
    func skipSpacesBackward(from i: Int, limit: Int = 6) -> Int {
        if i > 0, i <= bytes.count {
            let b = bytes.span[unchecked: i - 1]
            if b >= 0x21 && b != 0x80 && b != 0xA0 { return i }
        }
        return skipSpacesBackwardSlowly(from: i, limit: limit)
    }

    /// `skipSpacesBackward(from:limit:)` scalar by scalar.
    @inline(never)
    private func skipSpacesBackwardSlowly(from i: Int, limit: Int) -> Int {
        var j = i
        var n = 0
        while let (v, s) = scalar(before: j), CharacterClass.isSpace(v) {
            n += 1
            if n > limit { return i }
            j = s
        }
        return j
    }
}
