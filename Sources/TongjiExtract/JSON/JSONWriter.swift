/// Appends JSON text to a byte buffer: the one place Tongji escapes JSON strings.
///
/// Written by hand because the mention stream is written at hundreds of MB/s and Foundation's
/// `JSONEncoder` allocates per value and reorders keys; the spec's field order is kept here.
public enum JSONWriter {
    /// Appends `"text"` with JSON escapes (quote, backslash, control characters; non-ASCII as is).
    public static func appendString(_ text: String, to out: inout [UInt8]) {
        out.append(0x22)
        for b in text.utf8 {
            switch b {
            case 0x22: out.append(0x5C); out.append(0x22)
            case 0x5C: out.append(0x5C); out.append(0x5C)
            case 0x0A: out.append(0x5C); out.append(UInt8(ascii: "n"))
            case 0x0D: out.append(0x5C); out.append(UInt8(ascii: "r"))
            case 0x09: out.append(0x5C); out.append(UInt8(ascii: "t"))
            case 0..<0x20:
                let hex: [UInt8] = Array("0123456789abcdef".utf8)
                out.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 15)]])
            default: out.append(b)
            }
        }
        out.append(0x22)
    }

    /// Appends a JSON number: the exact decimal when given, else the shortest text that reads back
    /// as the same `Double` (integers without ".0"). Non-finite values become `null`.
    public static func appendNumber(_ value: Double, exact: ExactDecimal? = nil, to out: inout [UInt8]) {
        if let exact {
            out.append(contentsOf: exact.description.utf8)
            return
        }
        guard value.isFinite else {
            out.append(contentsOf: "null".utf8)
            return
        }
        if value == value.rounded(), abs(value) < 1e18 {
            out.append(contentsOf: String(Int64(value)).utf8)
        } else {
            out.append(contentsOf: "\(value)".utf8)
        }
    }

    /// Appends `"key":` (the key is a known ASCII identifier).
    public static func appendKey(_ key: String, to out: inout [UInt8]) {
        out.append(0x22)
        out.append(contentsOf: key.utf8)
        out.append(0x22)
        out.append(UInt8(ascii: ":"))
    }
}
