/// Appends JSON text to a byte buffer: the one place Tongji escapes JSON strings.
///
/// Written by hand because the mention stream is written at hundreds of MB/s and Foundation's
/// `JSONEncoder` allocates per value and reorders keys; the spec's field order is kept here.
/// Strings are copied in runs: only the bytes that need an escape are looked at one by one.
public enum JSONWriter {
    /// Appends `"text"` with JSON escapes (quote, backslash, control characters; non-ASCII as is).
    public static func appendString(_ text: String, to out: inout [UInt8]) {
        let copied: Void? = text.utf8.withContiguousStorageIfAvailable { appendQuoted($0, to: &out) }
        if copied == nil {
            Array(text.utf8).withUnsafeBufferPointer { appendQuoted($0, to: &out) }
        }
    }

    /// Appends `"bytes"` (valid UTF-8) with JSON escapes. Most strings need none: they go into the
    /// buffer with their quotes in one copy.
    @inline(__always)
    static func appendQuoted(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        guard firstEscape(in: bytes, from: 0) < bytes.count else {
            out.append(addingCapacity: bytes.count + 2) { span in
                span.append(0x22)
                span.withUnsafeMutableBufferPointer { buffer, initialized in
                    _ = UnsafeMutableBufferPointer(rebasing: buffer[initialized...]).initialize(fromContentsOf: bytes)
                    initialized += bytes.count
                }
                span.append(0x22)
            }
            return
        }
        out.append(0x22)
        appendEscaped(bytes, to: &out)
        out.append(0x22)
    }

    /// Appends `bytes` (valid UTF-8) with JSON escapes, without the quotes around them.
    public static func appendEscaped(_ bytes: [UInt8], to out: inout [UInt8]) {
        bytes.withUnsafeBufferPointer { appendEscaped($0, to: &out) }
    }

    /// Appends `bytes` (valid UTF-8) with JSON escapes, without the quotes around them: unescaped
    /// runs are copied whole.
    @inline(__always)
    static func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        let n = bytes.count
        var run = 0
        while run < n {
            let i = firstEscape(in: bytes, from: run)
            if run < i { appendBytes(UnsafeBufferPointer(rebasing: bytes[run..<i]), to: &out) }
            guard i < n else { break }
            appendEscape(bytes[i], to: &out)
            run = i + 1
        }
    }

    /// The index of the first byte at or after `from` that needs an escape, or `bytes.count`.
    /// Eight bytes at a time (SWAR: a byte below 0x20, or a zero byte after XOR with '"' or '\\',
    /// sets its high bit in `flags`; the lowest flagged byte is always a true one).
    @inline(__always)
    static func firstEscape(in bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Int {
        let n = bytes.count
        var i = from
        guard let base = bytes.baseAddress else { return n }
        let raw = UnsafeRawPointer(base)
        while i + 8 <= n {
            let x = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self).littleEndian
            let ones: UInt64 = 0x0101_0101_0101_0101
            let high: UInt64 = 0x8080_8080_8080_8080
            let quote = x ^ (ones &* 0x22)
            let backslash = x ^ (ones &* 0x5C)
            let flags = ((x &- ones &* 0x20) | (quote &- ones) | (backslash &- ones)) & ~x & high
            if flags != 0 { return i &+ flags.trailingZeroBitCount >> 3 }
            i &+= 8
        }
        while i < n {
            let b = bytes[i]
            if b < 0x20 || b == 0x22 || b == 0x5C { return i }
            i &+= 1
        }
        return n
    }

    /// Appends bytes in one copy into the buffer's free capacity (cheaper than the generic
    /// `append(contentsOf:)` for the short pieces a record is made of).
    @inline(__always)
    static func appendBytes(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        out.append(addingCapacity: bytes.count) { span in
            span.withUnsafeMutableBufferPointer { buffer, initialized in
                _ = UnsafeMutableBufferPointer(rebasing: buffer[initialized...]).initialize(fromContentsOf: bytes)
                initialized += bytes.count
            }
        }
    }

    /// Appends the escape for one byte that cannot stand as is in a JSON string.
    private static func appendEscape(_ b: UInt8, to out: inout [UInt8]) {
        switch b {
        case 0x22: out.append(0x5C); out.append(0x22)
        case 0x5C: out.append(0x5C); out.append(0x5C)
        case 0x0A: out.append(0x5C); out.append(UInt8(ascii: "n"))
        case 0x0D: out.append(0x5C); out.append(UInt8(ascii: "r"))
        case 0x09: out.append(0x5C); out.append(UInt8(ascii: "t"))
        default:
            let hex: StaticString = "0123456789abcdef"
            hex.withUTF8Buffer { h in
                out.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, h[Int(b >> 4)], h[Int(b & 15)]])
            }
        }
    }

    /// `appendBytes` for bytes held as raw memory (digits written into a tuple on the stack).
    @inline(__always)
    static func appendBytes(_ bytes: UnsafeRawBufferPointer, to out: inout [UInt8]) {
        out.append(addingCapacity: bytes.count) { span in
            span.withUnsafeMutableBufferPointer { buffer, initialized in
                UnsafeMutableRawBufferPointer(UnsafeMutableBufferPointer(rebasing: buffer[initialized...])).copyMemory(from: bytes)
                initialized += bytes.count
            }
        }
    }

    /// Appends a JSON number: the exact decimal when given, else the shortest text that reads back
    /// as the same `Double` (integers without ".0"). Non-finite values become `null`.
    public static func appendNumber(_ value: Double, exact: ExactDecimal? = nil, to out: inout [UInt8]) {
        if let exact {
            exact.appendPlainText(to: &out)
            return
        }
        guard value.isFinite else {
            appendRaw("null", to: &out)
            return
        }
        if value == value.rounded(), abs(value) < 1e18 {
            appendInteger(Int64(value), to: &out)
        } else {
            out.append(contentsOf: "\(value)".utf8)
        }
    }

    /// Appends an integer in decimal digits, as `String(value)` writes it.
    public static func appendInteger(_ value: Int64, to out: inout [UInt8]) {
        if value < 0 { out.append(UInt8(ascii: "-")) }
        appendDigits(value.magnitude, to: &out)
    }

    /// Appends the decimal digits of `value` (no sign).
    static func appendDigits(_ value: UInt64, to out: inout [UInt8]) {
        if value < 10 {
            out.append(0x30 &+ UInt8(truncatingIfNeeded: value))
            return
        }
        var count = 0
        var v = value
        while v > 0 {
            count += 1
            v /= 10
        }
        out.append(addingCapacity: count) { span in
            span.withUnsafeMutableBufferPointer { buffer, initialized in
                var v = value
                var k = initialized + count
                while v > 0 {
                    k -= 1
                    buffer.initializeElement(at: k, to: 0x30 &+ UInt8(truncatingIfNeeded: v % 10))
                    v /= 10
                }
                initialized += count
            }
        }
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
    static func appendRaw(_ text: StaticString, to out: inout [UInt8]) {
        text.withUTF8Buffer { appendBytes($0, to: &out) }
    }
}
