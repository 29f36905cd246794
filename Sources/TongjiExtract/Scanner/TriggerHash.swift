/// A set of three-byte characters (U+0800–U+FFFF) tested by their UTF-8 bytes with a perfect hash:
/// the scanner's membership test for the characters that can start a number.
///
/// A character is its three bytes packed little-endian (lead byte lowest), as one 64-bit load of
/// the text gives them. The slot is the top bits of `key * multiplier` (multiplicative hashing);
/// the multiplier is searched for when the set is built, so that no two members share a slot, and
/// each slot holds its member's key (0 when empty; no three-byte key is 0). A test is then one
/// multiply, one shift, one load and one compare, with no decoding and no second probe.
struct TriggerHash {
    /// The member's key in each slot, 0 for none: `1 << bits` slots.
    let slots: [UInt32]
    /// The hash multiplier (odd) that puts every member in a slot of its own.
    let multiplier: UInt64
    /// `64 - bits`: the product's top `bits` bits are the slot.
    private let shift: UInt64

    /// The set of the three-byte scalars among `scalars` (others are ignored).
    init(scalars: [UInt32]) {
        var keys: [UInt64] = []
        for s in scalars where (0x800..<0x10000).contains(s) && !(0xD800..<0xE000).contains(s) {
            let key = Self.key(s)
            if !keys.contains(key) { keys.append(key) }
        }
        // At least four slots per member: a collision-free multiplier is then found in a few tries.
        var bits = 6
        while (1 << bits) < 4 * keys.count { bits += 1 }
        var state: UInt64 = 0
        while true {
            if let m = Self.collisionFree(keys, bits: bits, state: &state) {
                var table = [UInt32](repeating: 0, count: 1 << bits)
                for key in keys { table[Int((key &* m) >> UInt64(64 - bits))] = UInt32(key) }
                slots = table
                multiplier = m
                shift = UInt64(64 - bits)
                return
            }
            bits += 1
        }
    }

    /// The key of a three-byte scalar: its UTF-8 bytes, the lead byte lowest.
    static func key(_ s: UInt32) -> UInt64 {
        let lead = 0xE0 | UInt64(s >> 12)
        let second = 0x80 | UInt64((s >> 6) & 0x3F)
        let third = 0x80 | UInt64(s & 0x3F)
        return lead | second << 8 | third << 16
    }

    /// The first of 256 multipliers from a fixed pseudo-random sequence (SplitMix64, continued in
    /// `state`) under which `keys` fall in distinct slots of a `1 << bits` table; nil when none does.
    private static func collisionFree(_ keys: [UInt64], bits: Int, state: inout UInt64) -> UInt64? {
        for _ in 0..<256 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            let m = (z ^ (z >> 31)) | 1
            var used = [Bool](repeating: false, count: 1 << bits)
            var distinct = true
            for key in keys {
                let slot = Int((key &* m) >> UInt64(64 - bits))
                if used[slot] { distinct = false; break }
                used[slot] = true
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
        table[unchecked: Int(truncatingIfNeeded: (key &* multiplier) &>> shift)] == UInt32(truncatingIfNeeded: key)
    }
}
