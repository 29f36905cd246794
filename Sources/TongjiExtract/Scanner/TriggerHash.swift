/// A set of three-byte characters (U+0800–U+FFFF) tested by their UTF-8 bytes with a perfect hash:
/// the scanner's membership test for the characters that can start a number.
///
/// A character is its three bytes packed little-endian (lead byte lowest), as one 64-bit load of
/// the text gives them. The slot is the top bits of `key * multiplier` (multiplicative hashing);
/// the multiplier is searched for when the set is built, so that no two members share a slot, and
/// each slot holds its member's key (0 when empty; no three-byte key is 0). A test is then one
/// multiply, one shift, one load and one compare, with no decoding and no second probe.
struct TriggerHash {
    /// The slot count is `1 << bits`, a constant so that the slot is a shift by a constant (a shift
    /// by a stored amount costs one more instruction per test, in the scanner's hottest loop).
    /// 1024 slots (4 KB) hold a collision-free hash of up to about a hundred members; the grammar
    /// has 46 (36 Chinese numerals, 10 full-width digits).
    static var bits: Int { 10 }

    /// The member's key in each slot, 0 for none: `1 << bits` slots.
    let slots: [UInt32]
    /// The hash multiplier (odd) that puts every member in a slot of its own.
    let multiplier: UInt64

    /// The set of the three-byte scalars among `scalars` (others are ignored).
    init(scalars: [UInt32]) {
        var keys: [UInt64] = []
        for s in scalars where (0x800..<0x10000).contains(s) && !(0xD800..<0xE000).contains(s) {
            let key = Self.key(s)
            if !keys.contains(key) { keys.append(key) }
        }
        var state: UInt64 = 0
        guard let m = Self.collisionFree(keys, state: &state) else {
            preconditionFailure("TriggerHash: no collision-free multiplier for \(keys.count) members in \(1 << Self.bits) slots")
        }
        var table = [UInt32](repeating: 0, count: 1 << Self.bits)
        for key in keys { table[Self.slot(key, multiplier: m)] = UInt32(key) }
        slots = table
        multiplier = m
    }

    /// The slot of `key` under `multiplier`: the product's top `bits` bits.
    @inline(__always)
    static func slot(_ key: UInt64, multiplier: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* multiplier) &>> UInt64(64 - bits))
    }

    /// The key of a three-byte scalar: its UTF-8 bytes, the lead byte lowest.
    static func key(_ s: UInt32) -> UInt64 {
        let lead = 0xE0 | UInt64(s >> 12)
        let second = 0x80 | UInt64((s >> 6) & 0x3F)
        let third = 0x80 | UInt64(s & 0x3F)
        return lead | second << 8 | third << 16
    }

    /// The first multiplier, of up to 65,536 from a fixed pseudo-random sequence (SplitMix64,
    /// continued in `state`), under which `keys` fall in distinct slots; nil when none does.
    private static func collisionFree(_ keys: [UInt64], state: inout UInt64) -> UInt64? {
        for _ in 0..<65_536 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            let m = (z ^ (z >> 31)) | 1
            var used = [Bool](repeating: false, count: 1 << bits)
            var distinct = true
            for key in keys {
                let index = slot(key, multiplier: m)
                if used[index] { distinct = false; break }
                used[index] = true
            }
            if distinct { return m }
        }
        return nil
    }

    /// Whether the three bytes in `key` (a three-byte character, lead byte lowest, nothing above
    /// bit 23) are a member.
    func contains(_ key: UInt64) -> Bool {
        contains(key, slots: slots.span)
    }

    /// `contains(key)`, with `slots.span` taken by the caller once before its loop (taken per
    /// test, its alignment check stays in the loop).
    @inline(__always)
    func contains(_ key: UInt64, slots table: Span<UInt32>) -> Bool {
        table[unchecked: Self.slot(key, multiplier: multiplier)] == UInt32(truncatingIfNeeded: key)
    }
}
