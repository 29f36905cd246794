/// One optional string field of the record (`,"sentence":"…"`), key and escaped value, kept while
/// the same string comes again: neighbouring mentions share one sentence `String` (about two
/// mentions a sentence; the sentence is half of every record), so the field is escaped once and
/// copied for the next mention.
///
/// The same string is recognized by `String._isIdentical(to:)` (the same storage, or equal small
/// strings), not by comparing text; holding the string keeps its storage alive.
struct EscapedStringCache {
    /// The key with its comma and colon, `,"sentence":`.
    private let key: JSONPiece
    /// The string whose field `field` holds.
    private var source: String? = nil
    /// `,"key":"escaped value"`.
    private(set) var field: [UInt8] = []

    /// A cache for the field named `name` (at most 13 ASCII bytes).
    init(key name: String) {
        key = JSONPiece(",\"" + name + "\":")
    }

    /// Makes `field` the one for `text`: one `OutputSpan` for key and escaped value.
    @inline(__always)
    mutating func update(_ text: String) {
        if source?._isIdentical(to: text) == true { return }
        source = text
        field.removeAll(keepingCapacity: true)
        let bytes = text.utf8.span.bytes
        let key = self.key
        field.appendWriting(upTo: 16 &+ JSONWriter.quotedBound(bytes.byteCount)) { target in
            JSONWriter.writeQuoted(bytes, into: &target, at: key.write(into: &target, at: 0))
        }
    }
}
