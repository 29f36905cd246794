/// The opening of a piece's mention records, `{"doc":"a.txt","start":`, rendered once and copied
/// while the doc stays the same (every mention of a piece has the same doc `String`).
///
/// The same doc is recognized without comparing text: `String._isIdentical(to:)` compares the two
/// words of a `String`, which are equal for the same storage. A miss only costs a rebuild.
struct RecordPrefixCache {
    /// The doc whose opening is in `opening`.
    private var doc: String? = nil
    /// `{"doc":<doc>,"start":`.
    private(set) var opening: [UInt8] = []

    /// Makes `opening` the one for `text`.
    @inline(__always)
    mutating func update(doc text: String) {
        if doc?._isIdentical(to: text) == true { return }
        doc = text
        opening.removeAll(keepingCapacity: true)
        JSONWriter.appendRaw("{\"doc\":", to: &opening)
        JSONWriter.appendString(text, to: &opening)
        JSONWriter.appendRaw(",\"start\":", to: &opening)
    }
}
