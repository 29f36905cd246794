/// A canonical Huffman code for deflate (RFC 1951 §3.2.2): code lengths from symbol
/// frequencies, limited to a maximum length, and the codes themselves bit-reversed for
/// `BitWriter`.
struct HuffmanCode {
    /// Code length per symbol (0: unused).
    var lengths: [UInt8]
    /// Code per symbol, bit-reversed (deflate sends Huffman codes most-significant bit first).
    var codes: [UInt32]

    /// The optimal code for `frequencies` with no code longer than `limit` bits.
    ///
    /// Lengths come from Moffat and Katajainen's in-place minimum-redundancy algorithm over the
    /// symbols sorted by frequency; when a length exceeds `limit`, the length counts are
    /// rebalanced (as miniz does) and reassigned, most frequent symbols first. One used symbol
    /// gets a partner so the code is complete (every inflater accepts it).
    init(frequencies: [Int], limit: Int) {
        var lengths = [UInt8](repeating: 0, count: frequencies.count)
        var used = frequencies.indices.filter { frequencies[$0] > 0 }
        if used.count == 1 { used.append(used[0] == 0 ? 1 : 0) }
        if used.count >= 2 {
            used.sort { (frequencies[$0], $0) < (frequencies[$1], $1) }
            var a = used.map { max(frequencies[$0], 1) }
            Self.minimumRedundancy(&a)
            // a[i] is now the length of used[i]; lengths fall as frequencies rise.
            var counts = [Int](repeating: 0, count: max(limit, a.max() ?? 0) + 1)
            for length in a { counts[length] += 1 }
            if counts.count > limit + 1 {
                for length in (limit + 1)..<counts.count {
                    counts[limit] += counts[length]
                    counts[length] = 0
                }
                var total = 0
                for length in 1...limit { total += counts[length] << (limit - length) }
                while total != 1 << limit {
                    counts[limit] -= 1
                    for length in stride(from: limit - 1, through: 1, by: -1) where counts[length] > 0 {
                        counts[length] -= 1
                        counts[length + 1] += 2
                        break
                    }
                    total -= 1
                }
            }
            var next = used.count
            for length in 1...limit {
                for _ in 0..<counts[length] {
                    next -= 1
                    lengths[used[next]] = UInt8(length)
                }
            }
        }
        self.lengths = lengths
        codes = Self.canonicalCodes(lengths)
    }

    /// Moffat–Katajainen: `a` holds frequencies in ascending order; on return, code lengths.
    private static func minimumRedundancy(_ a: inout [Int]) {
        let n = a.count
        a[0] += a[1]
        var root = 0, leaf = 2
        for next in 1..<(n - 1) {
            if leaf >= n || a[root] < a[leaf] {
                a[next] = a[root]
                a[root] = next
                root += 1
            } else {
                a[next] = a[leaf]
                leaf += 1
            }
            if leaf >= n || (root < next && a[root] < a[leaf]) {
                a[next] += a[root]
                a[root] = next
                root += 1
            } else {
                a[next] += a[leaf]
                leaf += 1
            }
        }
        a[n - 2] = 0
        if n >= 3 {
            for next in stride(from: n - 3, through: 0, by: -1) { a[next] = a[a[next]] + 1 }
        }
        var available = 1, usedNodes = 0, depth = 0
        var r = n - 2, next = n - 1
        while available > 0 {
            while r >= 0, a[r] == depth {
                usedNodes += 1
                r -= 1
            }
            while available > usedNodes {
                a[next] = depth
                next -= 1
                available -= 1
            }
            available = 2 * usedNodes
            depth += 1
            usedNodes = 0
        }
    }

    /// Canonical codes for `lengths` (RFC 1951 §3.2.2), bit-reversed.
    private static func canonicalCodes(_ lengths: [UInt8]) -> [UInt32] {
        let maxLength = Int(lengths.max() ?? 0)
        var counts = [UInt32](repeating: 0, count: maxLength + 2)
        for length in lengths where length > 0 { counts[Int(length)] += 1 }
        var next = [UInt32](repeating: 0, count: maxLength + 2)
        var code: UInt32 = 0
        if maxLength > 0 {
            for bits in 1...maxLength {
                code = (code + counts[bits - 1]) << 1
                next[bits] = code
            }
        }
        return lengths.map { length in
            guard length > 0 else { return 0 }
            let value = next[Int(length)]
            next[Int(length)] += 1
            var reversed: UInt32 = 0
            for bit in 0..<UInt32(length) where value & (1 << bit) != 0 { reversed |= 1 << (UInt32(length) - 1 - bit) }
            return reversed
        }
    }
}
