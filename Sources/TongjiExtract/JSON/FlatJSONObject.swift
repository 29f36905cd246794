/// A JSON object read from one line of JSON Lines, with its keys in order.
///
/// Written by hand rather than with Foundation's `JSONSerialization` because Tongji reads
/// millions of records (`tongji table`, Spark pipes) and needs exact number text; the reader
/// works over UTF-8 bytes and accepts exactly RFC 8259 objects. Invalid UTF-8 inside strings is
/// replaced by U+FFFD (the caller validates and reports it first).
public struct FlatJSONObject: Sendable, Hashable {
    /// The members in the order they appear.
    public var members: [(key: String, value: JSONScalar)] {
        zip(keys, values).map { ($0, $1) }
    }
    private var keys: [String] = []
    private var values: [JSONScalar] = []

    /// Creates an empty object.
    public init() {}

    /// Reads one JSON object from a line's bytes (surrounding whitespace allowed).
    public init(parsing bytes: some Collection<UInt8>) throws(JSONLineError) {
        var parser = Parser(bytes: Array(bytes))
        self = try parser.parseObject()
    }

    /// Reads one JSON object from a line of text.
    public init(parsing line: String) throws(JSONLineError) {
        try self.init(parsing: Array(line.utf8))
    }

    /// The value for `key` (the first one, if repeated).
    public subscript(key: String) -> JSONScalar? {
        guard let i = keys.firstIndex(of: key) else { return nil }
        return values[i]
    }

    /// Appends a member.
    public mutating func append(_ key: String, _ value: JSONScalar) {
        keys.append(key)
        values.append(value)
    }

    /// Equality by members in order.
    public static func == (lhs: FlatJSONObject, rhs: FlatJSONObject) -> Bool {
        lhs.keys == rhs.keys && lhs.values == rhs.values
    }

    /// Hashes the members in order.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(keys)
        hasher.combine(values)
    }

    private struct Parser {
        let bytes: [UInt8]
        var i = 0

        init(bytes: [UInt8]) { self.bytes = bytes }

        mutating func fail(_ reason: String) -> JSONLineError {
            JSONLineError(byteOffset: i, reason: reason)
        }

        mutating func skipSpace() {
            while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A || bytes[i] == 0x0D {
                i += 1
            }
        }

        mutating func parseObject() throws(JSONLineError) -> FlatJSONObject {
            var object = FlatJSONObject()
            skipSpace()
            guard i < bytes.count else { throw fail("empty line") }
            guard bytes[i] == UInt8(ascii: "{") else { throw fail("expected '{'") }
            i += 1
            skipSpace()
            if i < bytes.count, bytes[i] == UInt8(ascii: "}") {
                i += 1
            } else {
                while true {
                    skipSpace()
                    guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { throw fail("expected a key in quotes") }
                    let key = try parseString()
                    skipSpace()
                    guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { throw fail("expected ':' after a key") }
                    i += 1
                    skipSpace()
                    let value = try parseValue()
                    object.append(key, value)
                    skipSpace()
                    guard i < bytes.count else { throw fail("unterminated object") }
                    if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                    if bytes[i] == UInt8(ascii: "}") { i += 1; break }
                    throw fail("expected ',' or '}'")
                }
            }
            skipSpace()
            if i != bytes.count { throw fail("unexpected text after the object") }
            return object
        }

        mutating func parseValue() throws(JSONLineError) -> JSONScalar {
            guard i < bytes.count else { throw fail("expected a value") }
            switch bytes[i] {
            case UInt8(ascii: "\""):
                return .string(try parseString())
            case UInt8(ascii: "t"):
                try literal("true"); return .bool(true)
            case UInt8(ascii: "f"):
                try literal("false"); return .bool(false)
            case UInt8(ascii: "n"):
                try literal("null"); return .null
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                return .number(try parseNumber())
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                let from = i
                try skipNested()
                return .raw(String(decoding: bytes[from..<i], as: UTF8.self))
            default:
                throw fail("expected a value")
            }
        }

        mutating func literal(_ word: String) throws(JSONLineError) {
            let w = Array(word.utf8)
            guard i + w.count <= bytes.count, Array(bytes[i..<(i + w.count)]) == w else {
                throw fail("expected a value")
            }
            i += w.count
        }

        mutating func parseNumber() throws(JSONLineError) -> String {
            let from = i
            if bytes[i] == UInt8(ascii: "-") { i += 1 }
            var digits = 0
            while i < bytes.count, bytes[i] >= 0x30, bytes[i] <= 0x39 { i += 1; digits += 1 }
            guard digits > 0 else { throw fail("expected digits") }
            if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
                i += 1
                var fraction = 0
                while i < bytes.count, bytes[i] >= 0x30, bytes[i] <= 0x39 { i += 1; fraction += 1 }
                guard fraction > 0 else { throw fail("expected digits after '.'") }
            }
            if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
                i += 1
                if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
                var e = 0
                while i < bytes.count, bytes[i] >= 0x30, bytes[i] <= 0x39 { i += 1; e += 1 }
                guard e > 0 else { throw fail("expected digits in the exponent") }
            }
            return String(decoding: bytes[from..<i], as: UTF8.self)
        }

        mutating func skipNested() throws(JSONLineError) {
            var depth = 0
            while i < bytes.count {
                let b = bytes[i]
                if b == UInt8(ascii: "\"") {
                    _ = try parseString()
                    continue
                }
                if b == UInt8(ascii: "[") || b == UInt8(ascii: "{") { depth += 1 }
                if b == UInt8(ascii: "]") || b == UInt8(ascii: "}") {
                    depth -= 1
                    if depth == 0 { i += 1; return }
                }
                i += 1
            }
            throw fail("unterminated array or object")
        }

        func hex(_ b: UInt8) -> UInt32? {
            switch b {
            case 0x30...0x39: return UInt32(b - 0x30)
            case 0x41...0x46: return UInt32(b - 0x41 + 10)
            case 0x61...0x66: return UInt32(b - 0x61 + 10)
            default: return nil
            }
        }

        mutating func parseHex4() throws(JSONLineError) -> UInt32 {
            guard i + 4 <= bytes.count else { throw fail("short \\u escape") }
            var v: UInt32 = 0
            for k in 0..<4 {
                guard let h = hex(bytes[i + k]) else { throw fail("bad \\u escape") }
                v = v << 4 | h
            }
            i += 4
            return v
        }

        /// The first byte at or after `i` that is a quote, a backslash or a control character, or
        /// `bytes.count`: the bytes between are copied as they are, in one piece (eight bytes are
        /// tested at a time, as the JSON writer does).
        func nextSpecial(from i: Int) -> Int {
            JSONWriter.firstEscape(in: bytes.span.bytes, from: i)
        }

        mutating func parseString() throws(JSONLineError) -> String {
            i += 1  // opening quote
            let from = i
            // Fast path: no escapes.
            i = nextSpecial(from: i)
            if i < bytes.count {
                let b = bytes[i]
                if b == UInt8(ascii: "\"") {
                    let s = String(decoding: bytes[from..<i], as: UTF8.self)
                    i += 1
                    return s
                }
                if b < 0x20 { throw fail("control character inside a string") }
            }
            var out = Array(bytes[from..<i])
            while i < bytes.count {
                let b = bytes[i]
                if b == UInt8(ascii: "\"") {
                    i += 1
                    return String(decoding: out, as: UTF8.self)
                }
                if b < 0x20 { throw fail("control character inside a string") }
                if b != UInt8(ascii: "\\") {
                    let end = nextSpecial(from: i)
                    out.append(contentsOf: bytes[i..<end])
                    i = end
                    continue
                }
                i += 1
                guard i < bytes.count else { break }
                let e = bytes[i]
                i += 1
                switch e {
                case UInt8(ascii: "\""): out.append(0x22)
                case UInt8(ascii: "\\"): out.append(0x5C)
                case UInt8(ascii: "/"): out.append(0x2F)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    var scalar = try parseHex4()
                    if scalar >= 0xD800 && scalar < 0xDC00 {
                        if i + 6 <= bytes.count, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") {
                            i += 2
                            let low = try parseHex4()
                            if low >= 0xDC00 && low < 0xE000 {
                                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                            } else {
                                scalar = 0xFFFD
                            }
                        } else {
                            scalar = 0xFFFD
                        }
                    } else if scalar >= 0xDC00 && scalar < 0xE000 {
                        scalar = 0xFFFD
                    }
                    out.append(contentsOf: Array(String(Unicode.Scalar(scalar) ?? "\u{FFFD}").utf8))
                default:
                    throw fail("bad escape '\\\(Character(Unicode.Scalar(e)))'")
                }
            }
            throw fail("unterminated string")
        }
    }
}
