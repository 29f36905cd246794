/// Where a quantity can start in a text: the byte offset and the code point offset of every
/// trigger character (an ASCII digit, a full-width digit, a Chinese numeral), in text order.
///
/// Made by `TriggerScanner.triggers(in:)` in the same pass that validates the bytes, so that
/// `Extractor.scan` walks this short list instead of reading the whole text a second time, and
/// gets each trigger's code point offset without counting.
struct TriggerList {
    /// Byte offset and code point offset of each trigger, interleaved (one buffer, one growth
    /// check per append).
    private(set) var offsets: [Int] = []

    /// An empty list with room for about `capacity` triggers.
    init(capacity: Int) {
        offsets.reserveCapacity(2 * capacity)
    }

    /// The number of triggers.
    var count: Int { offsets.count >> 1 }

    /// Adds a trigger at byte `byte`, code point `codePoint` (after every trigger already listed).
    @inline(__always)
    mutating func append(byte: Int, codePoint: Int) {
        offsets.append(byte)
        offsets.append(codePoint)
    }
}
