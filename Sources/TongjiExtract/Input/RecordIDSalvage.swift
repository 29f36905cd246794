/// The `id` of a JSON Lines record that is not valid JSON, when it can still be read: a record
/// cut short or with a broken `text` usually starts `{"id": "新闻-7", ...` intact.
///
/// In a streaming stage (Spark's `RDD.pipe`) line numbers mean nothing, so an error record
/// must name the record by its id to be found; this reads the first `"id"` member's string or
/// number the way the record wrote it, and gives nil when there is none to read.
enum RecordIDSalvage {
    /// The id, or nil.
    static func id(in bytes: [UInt8]) -> String? {
        let key: [UInt8] = Array("\"id\"".utf8)
        var i = 0
        while i + key.count <= bytes.count {
            guard bytes[i] == key[0], Array(bytes[i..<(i + key.count)]) == key else { i += 1; continue }
            var j = skipSpaces(bytes, i + key.count)
            guard j < bytes.count, bytes[j] == UInt8(ascii: ":") else { i += 1; continue }
            j = skipSpaces(bytes, j + 1)
            guard j < bytes.count else { return nil }
            if bytes[j] == UInt8(ascii: "\"") { return string(bytes, from: j + 1) }
            var end = j
            while end < bytes.count, bytes[end] == UInt8(ascii: "-") || bytes[end] == UInt8(ascii: ".") || (0x30...0x39).contains(bytes[end]) {
                end += 1
            }
            return end > j ? String(decoding: bytes[j..<end], as: UTF8.self) : nil
        }
        return nil
    }

    private static func skipSpaces(_ bytes: [UInt8], _ from: Int) -> Int {
        var j = from
        while j < bytes.count, bytes[j] == 0x20 || bytes[j] == 0x09 { j += 1 }
        return j
    }

    /// A JSON string's contents up to its closing quote (simple escapes decoded), or nil when it
    /// does not close.
    private static func string(_ bytes: [UInt8], from start: Int) -> String? {
        var out: [UInt8] = []
        var j = start
        while j < bytes.count {
            let b = bytes[j]
            if b == UInt8(ascii: "\"") { return String(decoding: out, as: UTF8.self) }
            if b < 0x20 { return nil }
            if b == UInt8(ascii: "\\") {
                guard j + 1 < bytes.count else { return nil }
                switch bytes[j + 1] {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(bytes[j + 1])
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "t"): out.append(0x09)
                default: return nil  // \uXXXX and the rest: not worth guessing in a broken record
                }
                j += 2
                continue
            }
            out.append(b)
            j += 1
        }
        return nil
    }
}
