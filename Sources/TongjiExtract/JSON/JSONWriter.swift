/// Appends JSON text to a byte buffer: the one place Tongji escapes JSON strings.
///
/// Written by hand because the mention stream is written at hundreds of MB/s and Foundation's
/// `JSONEncoder` allocates per value and reorders keys; the spec's field order is kept here.
/// The `write` functions put text into a `MutableRawSpan` at an offset and return the offset after
/// it, so that a whole record goes through one `OutputSpan` (`Array.appendWriting`); the `append`
/// functions are the same for callers that build a buffer piece by piece.
public enum JSONWriter {
    /// Appends `"text"` with JSON escapes (quote, backslash, control characters; non-ASCII as is).
    public static func appendString(_ text: String, to out: inout [UInt8]) {
        let bytes = text.utf8.span.bytes
        out.appendWriting(upTo: quotedBound(bytes.byteCount)) { writeQuoted(bytes, into: &$0, at: 0) }
    }

    /// Appends `bytes` (valid UTF-8) with JSON escapes, without the quotes around them.
    public static func appendEscaped(_ bytes: [UInt8], to out: inout [UInt8]) {
        let source = bytes.span.bytes
        out.appendWriting(upTo: quotedBound(source.byteCount)) { target in
            writeEscaped(source, into: &target, at: 0)
        }
    }

    /// Room `writeQuoted` may need for `count` bytes of text: six bytes each (`\u0001`), the
    /// quotes, and the word it may store past the end.
    @inline(__always)
    static func quotedBound(_ count: Int) -> Int { 6 &* count &+ 2 &+ 8 }

    /// Writes `"source"` (valid UTF-8) with JSON escapes at `at`, which needs
    /// `quotedBound(source.byteCount)` bytes of room; returns the offset after the closing quote.
    @inline(__always)
    static func writeQuoted(_ source: RawSpan, into target: inout MutableRawSpan, at: Int) -> Int {
        target.storeBytes(of: 0x22, toByteOffset: at, as: UInt8.self)
        let end = writeEscaped(source, into: &target, at: at &+ 1)
        target.storeBytes(of: 0x22, toByteOffset: end, as: UInt8.self)
        return end &+ 1
    }

    /// Writes `source` (valid UTF-8) with JSON escapes at `at`, without quotes; returns the offset
    /// after it. Needs `6 * source.byteCount + 8` bytes of room from `at` (checked once).
    ///
    /// Fused scan and copy: each block is stored before it is tested, so a string without escapes
    /// (nearly all of them) is read once and written once. Sixteen bytes at a time (two SWAR words
    /// in one SIMD register) while no block has an escape; a block with one goes eight bytes at a
    /// time: the word is kept up to the byte, the escape is written, and the scan goes on after
    /// it. The last one to seven bytes are tested and stored as one word too; only a tail with an
    /// escape goes byte by byte. Room is checked once up front: each byte of text becomes at most
    /// six, and no store reaches more than eight bytes past the text written so far, so the
    /// loads and stores inside need no checks of their own.
    static func writeEscaped(_ source: RawSpan, into target: inout MutableRawSpan, at: Int) -> Int {
        let n = source.byteCount
        precondition(at >= 0 && target.byteCount &- at >= 6 &* n &+ 8, "writeEscaped: target too small")
        var o = at
        var i = 0
        let ones = SIMD2<UInt64>(repeating: 0x0101_0101_0101_0101)
        let high = SIMD2<UInt64>(repeating: 0x8080_8080_8080_8080)
        while true {
            while i &+ 16 <= n {
                let x = source.unsafeLoadUnaligned(fromUncheckedByteOffset: i, as: SIMD2<UInt64>.self)
                target.storeBytes(of: x, toUncheckedByteOffset: o, as: SIMD2<UInt64>.self)
                // escapeFlags on both words at once; any flag means a true escape in the block
                // (whichever the byte order), which the word loop below then finds.
                let flags = ((x &- ones &* 0x20) | ((x ^ ones &* 0x22) &- ones) | ((x ^ ones &* 0x5C) &- ones)) & ~x & high
                if flags[0] | flags[1] != 0 { break }
                i &+= 16
                o &+= 16
            }
            guard i &+ 8 <= n else { break }
            let x = source.unsafeLoadUnaligned(fromUncheckedByteOffset: i, as: UInt64.self)
            target.storeBytes(of: x, toUncheckedByteOffset: o, as: UInt64.self)
            let flags = escapeFlags(UInt64(littleEndian: x))
            if flags == 0 {
                i &+= 8
                o &+= 8
                continue
            }
            let k = flags.trailingZeroBitCount &>> 3
            i &+= k
            o = writeEscape(source.unsafeLoadUnaligned(fromUncheckedByteOffset: i, as: UInt8.self), into: &target, at: o &+ k)
            i &+= 1
        }
        let rest = n &- i
        if rest > 0 {
            // The last one to seven bytes as one word, zeros above them: the top of the word that
            // ends the string, shifted down, or for a short string two overlapping loads (the
            // bytes they share are the same, so OR keeps them). The zeros are not part of the
            // text (and would read as control characters), so their flags are masked off.
            let x: UInt64
            if n >= 8 {
                x = UInt64(littleEndian: source.unsafeLoadUnaligned(fromUncheckedByteOffset: n &- 8, as: UInt64.self)) &>> UInt64(8 &* (8 &- rest))
            } else if n >= 4 {
                let a = UInt32(littleEndian: source.unsafeLoadUnaligned(fromUncheckedByteOffset: 0, as: UInt32.self))
                let b = UInt32(littleEndian: source.unsafeLoadUnaligned(fromUncheckedByteOffset: n &- 4, as: UInt32.self))
                x = UInt64(a) | UInt64(b) &<< UInt64(8 &* (n &- 4))
            } else if n >= 2 {
                let a = UInt16(littleEndian: source.unsafeLoadUnaligned(fromUncheckedByteOffset: 0, as: UInt16.self))
                let b = UInt16(littleEndian: source.unsafeLoadUnaligned(fromUncheckedByteOffset: n &- 2, as: UInt16.self))
                x = UInt64(a) | UInt64(b) &<< UInt64(8 &* (n &- 2))
            } else {
                x = UInt64(source.unsafeLoadUnaligned(fromUncheckedByteOffset: 0, as: UInt8.self))
            }
            if escapeFlags(x) & (UInt64.max &>> UInt64(8 &* (8 &- rest))) == 0 {
                target.storeBytes(of: x.littleEndian, toUncheckedByteOffset: o, as: UInt64.self)
                return o &+ rest
            }
        }
        while i < n {
            let b = source.unsafeLoadUnaligned(fromUncheckedByteOffset: i, as: UInt8.self)
            if b < 0x20 || b == 0x22 || b == 0x5C {
                o = writeEscape(b, into: &target, at: o)
            } else {
                target.storeBytes(of: b, toUncheckedByteOffset: o, as: UInt8.self)
                o &+= 1
            }
            i &+= 1
        }
        return o
    }

    /// SWAR test of eight bytes: a byte below 0x20, or a zero byte after XOR with '"' or '\\',
    /// sets its high bit in the result. Borrows only run upwards, so the lowest flagged byte is
    /// always one that needs an escape (bytes above it may be flagged falsely).
    @inline(__always)
    static func escapeFlags(_ x: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high: UInt64 = 0x8080_8080_8080_8080
        let quote = x ^ (ones &* 0x22)
        let backslash = x ^ (ones &* 0x5C)
        return ((x &- ones &* 0x20) | (quote &- ones) | (backslash &- ones)) & ~x & high
    }

    /// The offset of the first byte at or after `from` that needs an escape, or
    /// `bytes.byteCount` (eight bytes at a time, see `escapeFlags`).
    @inline(__always)
    static func firstEscape(in bytes: RawSpan, from: Int) -> Int {
        let n = bytes.byteCount
        var i = from
        while i &+ 8 <= n {
            let flags = escapeFlags(UInt64(littleEndian: bytes.unsafeLoadUnaligned(fromByteOffset: i, as: UInt64.self)))
            if flags != 0 { return i &+ flags.trailingZeroBitCount &>> 3 }
            i &+= 8
        }
        while i < n {
            let b = bytes.unsafeLoadUnaligned(fromByteOffset: i, as: UInt8.self)
            if b < 0x20 || b == 0x22 || b == 0x5C { return i }
            i &+= 1
        }
        return n
    }

    /// Writes the escape for one byte that cannot stand as is in a JSON string (two bytes, or six
    /// for `\u00XX`; eight are stored); returns the offset after it. Only for `writeEscaped`,
    /// which has checked the room.
    @inline(__always)
    private static func writeEscape(_ b: UInt8, into target: inout MutableRawSpan, at: Int) -> Int {
        let second: UInt8
        switch b {
        case 0x22: second = 0x22
        case 0x5C: second = 0x5C
        case 0x0A: second = UInt8(ascii: "n")
        case 0x0D: second = UInt8(ascii: "r")
        case 0x09: second = UInt8(ascii: "t")
        default:
            // \u00XX, lowercase hex.
            func hex(_ d: UInt8) -> UInt64 { UInt64(d < 10 ? 0x30 &+ d : 0x57 &+ d) }
            let word: UInt64 = 0x5C | 0x75 << 8 | 0x30 << 16 | 0x30 << 24 | hex(b &>> 4) << 32 | hex(b & 15) << 40
            target.storeBytes(of: word.littleEndian, toUncheckedByteOffset: at, as: UInt64.self)
            return at &+ 6
        }
        target.storeBytes(of: (UInt16(second) << 8 | 0x5C).littleEndian, toUncheckedByteOffset: at, as: UInt16.self)
        return at &+ 2
    }

    /// Appends a JSON number: the exact decimal when given, else the shortest text that reads back
    /// as the same `Double` (integers without ".0"). Non-finite values become `null`.
    public static func appendNumber(_ value: Double, exact: ExactDecimal? = nil, to out: inout [UInt8]) {
        out.appendWriting(upTo: exact?.plainTextBound ?? JSONNumber.doubleBound) {
            JSONNumber.write(value, exact: exact, into: &$0, at: 0)
        }
    }

    /// Appends an integer in decimal digits, as `String(value)` writes it.
    public static func appendInteger(_ value: Int64, to out: inout [UInt8]) {
        out.appendWriting(upTo: integerBound) { writeInteger(value, into: &$0, at: 0) }
    }

    /// Room `writeInteger` needs: a sign and 19 digits, and the word it may store past them.
    static let integerBound = 28

    /// Writes an integer in decimal digits at `at`, as `String(value)` writes it; returns the
    /// offset after it.
    @inline(__always)
    static func writeInteger(_ value: Int64, into target: inout MutableRawSpan, at: Int) -> Int {
        var o = at
        if value < 0 {
            target.storeBytes(of: UInt8(ascii: "-"), toByteOffset: o, as: UInt8.self)
            o &+= 1
        }
        return writeDigits(value.magnitude, into: &target, at: o)
    }

    /// Writes the decimal digits of `value` at `at`, left-padded with zeros to `minimumWidth`;
    /// returns the offset after them. The digits are counted first, then written from the last.
    @inline(__always)
    static func writeDigits(_ value: UInt64, minimumWidth: Int = 1, into target: inout MutableRawSpan, at: Int) -> Int {
        var count = 1
        var power: UInt64 = 10
        while count < 20 && value >= power {
            count &+= 1
            power &*= 10
        }
        if count < minimumWidth { count = minimumWidth }
        let end = at &+ count
        precondition(at >= 0 && end <= target.byteCount, "writeDigits: target too small")
        var k = end
        var v = value
        while k > at {
            k &-= 1
            target.storeBytes(of: 0x30 &+ UInt8(truncatingIfNeeded: v % 10), toUncheckedByteOffset: k, as: UInt8.self)
            v /= 10
        }
        return end
    }

    /// Appends `"key":` (the key is a known ASCII identifier).
    public static func appendKey(_ key: String, to out: inout [UInt8]) {
        out.append(0x22)
        out.append(contentsOf: key.utf8)
        out.append(0x22)
        out.append(UInt8(ascii: ":"))
    }

    /// Appends literal ASCII text as is (punctuation and keys known at compile time).
    @inline(__always)
    static func appendRaw(_ text: String, to out: inout [UInt8]) {
        out.append(contentsOf: text.utf8)
    }
}
