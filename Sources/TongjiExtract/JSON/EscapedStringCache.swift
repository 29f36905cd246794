/// The JSON text (quoted and escaped) of the last long string written, reused while the same
/// string comes again: neighbouring mentions share one sentence `String`, so the same storage
/// means the same text and its escape is copied instead of being worked out again.
///
/// Only strings with heap storage (more than 15 bytes) are cached; their storage is recognized by
/// its address and length, and the cache holds the string so that the storage stays alive.
struct EscapedStringCache {
    /// The string whose JSON text `escaped` holds (kept so that its storage is not freed).
    private var source: String? = nil
    /// Where `source`'s bytes are stored, and how many.
    private var address: UInt = 0
    private var count = 0
    /// `source` as JSON text, quotes included.
    private var escaped: [UInt8] = []

    /// Appends `text` as a JSON string, as `JSONWriter.appendString` does.
    mutating func append(_ text: String, to out: inout [UInt8]) {
        let n = text.utf8.count
        guard n > 15, let at = text.utf8.withContiguousStorageIfAvailable({ UInt(bitPattern: $0.baseAddress) }) else {
            JSONWriter.appendString(text, to: &out)
            return
        }
        if source == nil || at != address || n != count {
            source = text
            address = at
            count = n
            escaped.removeAll(keepingCapacity: true)
            JSONWriter.appendString(text, to: &escaped)
        }
        escaped.withUnsafeBufferPointer { JSONWriter.appendBytes($0, to: &out) }
    }
}
