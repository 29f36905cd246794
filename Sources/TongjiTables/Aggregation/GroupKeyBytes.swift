/// A group's key as bytes (fields' UTF-8 joined by 0x1F) with its hash computed while the bytes
/// are appended (FNV-1a), so a dictionary lookup hashes one integer instead of every byte.
struct GroupKeyBytes: Hashable, Sendable {
    private(set) var bytes: [UInt8] = []
    private(set) var fnv: UInt64 = 0xcbf29ce484222325

    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        fnv = 0xcbf29ce484222325
    }

    mutating func append(_ byte: UInt8) {
        bytes.append(byte)
        fnv = (fnv ^ UInt64(byte)) &* 0x100000001b3
    }

    mutating func append(_ text: String) {
        for b in text.utf8 { append(b) }
    }

    static func == (a: GroupKeyBytes, b: GroupKeyBytes) -> Bool {
        a.fnv == b.fnv && a.bytes == b.bytes
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(fnv)
    }
}
