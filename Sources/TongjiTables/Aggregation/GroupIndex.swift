/// A hash index from group keys (bytes) to group numbers, built for the per-mention lookup of
/// `Aggregator`: open addressing over one flat byte arena, so a lookup hashes one integer,
/// compares bytes in place, and allocates nothing. (A `Dictionary` keyed by byte arrays spent
/// more time in hashing, equality and reference counting than the rest of the aggregation.)
struct GroupIndex: Sendable {
    private var arena: [UInt8] = []
    private var starts: [Int] = []       // per group: where its key starts in the arena
    private var lengths: [Int] = []
    private var hashes: [UInt64] = []
    private var slots: [Int32] = Array(repeating: -1, count: 1024)   // group number, or -1

    /// How many keys.
    var count: Int { starts.count }

    /// The group number of `key`, inserting it (as the next number) when new.
    mutating func findOrInsert(_ key: GroupKeyBytes) -> (index: Int, inserted: Bool) {
        let mask = slots.count - 1
        var s = Int(truncatingIfNeeded: key.fnv) & mask
        while true {
            let g = Int(slots[s])
            if g < 0 { break }
            if hashes[g] == key.fnv, equal(g, key.bytes) { return (g, false) }
            s = (s + 1) & mask
        }
        let g = starts.count
        starts.append(arena.count)
        lengths.append(key.bytes.count)
        hashes.append(key.fnv)
        arena.append(contentsOf: key.bytes)
        slots[s] = Int32(g)
        if starts.count * 2 > slots.count { grow() }
        return (g, true)
    }

    private func equal(_ g: Int, _ bytes: [UInt8]) -> Bool {
        let n = lengths[g]
        guard n == bytes.count else { return false }
        let base = starts[g]
        var k = 0
        while k < n {
            if arena[base + k] != bytes[k] { return false }
            k += 1
        }
        return true
    }

    private mutating func grow() {
        slots = Array(repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for g in 0..<starts.count {
            var s = Int(truncatingIfNeeded: hashes[g]) & mask
            while slots[s] >= 0 { s = (s + 1) & mask }
            slots[s] = Int32(g)
        }
    }
}
