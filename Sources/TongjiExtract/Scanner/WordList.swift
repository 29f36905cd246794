/// A list of words compiled for longest-match lookups at a byte position, forward or backward.
///
/// Grammar data (units, qualifiers, keywords, distractors) is declared as plain string arrays and
/// compiled once into this form. Lookups only happen where a number was found, so a first-scalar
/// index over a few hundred words is plenty; the hot loop never calls it.
struct WordList: Sendable {
    /// The words as scalar arrays, in declaration order.
    let words: [[UInt32]]
    /// The words as strings, in declaration order.
    let strings: [String]
    /// Every word's UTF-8 bytes one after another (word `k` is `utf8[offsets[k]..<offsets[k + 1]]`):
    /// flat arrays, so that a lookup touches no nested array (no reference counting per lookup),
    /// and compared byte by byte with the text, whose scalars need no decoding (two valid UTF-8
    /// sequences spell the same scalars exactly when their bytes are equal).
    private let utf8: [UInt8]
    /// Where each word starts in `utf8`, and one past the last.
    private let offsets: [Int]
    /// Buckets by first scalar (its low 12 bits): `firstOrder[firstStart[b]..<firstStart[b + 1]]`
    /// are the indices of the words of bucket `b`, longest first. No hashing on the lookup path.
    private let firstStart: [Int]
    private let firstOrder: [Int]
    /// Buckets by last scalar (low 12 bits), longest first, laid out as the first-scalar ones.
    private let lastStart: [Int]
    private let lastOrder: [Int]
    /// One bit per BMP scalar that starts a word (a quick "no" before the bucket lookup).
    private let firstBits: [UInt64]
    /// One bit per BMP scalar that ends a word.
    private let lastBits: [UInt64]

    /// Compiles the words.
    init(_ list: [String]) {
        let ws = list.map { $0.unicodeScalars.map(\.value) }
        words = ws
        strings = list
        // Longest first, so that buckets come out sorted and the first match is the longest.
        let order = ws.indices.sorted(by: { ws[$0].count > ws[$1].count }).filter { !ws[$0].isEmpty }
        // Buckets laid out flat: count each bucket, sum the counts into starts, then fill in order.
        func buckets(_ key: (Int) -> Int) -> (start: [Int], order: [Int]) {
            var start = [Int](repeating: 0, count: 4097)
            for k in order { start[key(k) + 1] += 1 }
            for b in 0..<4096 { start[b + 1] += start[b] }
            var fill = start
            var flat = [Int](repeating: 0, count: order.count)
            for k in order {
                flat[fill[key(k)]] = k
                fill[key(k)] += 1
            }
            return (start, flat)
        }
        (firstStart, firstOrder) = buckets { Int(ws[$0][0] & 4095) }
        (lastStart, lastOrder) = buckets { Int(ws[$0][ws[$0].count - 1] & 4095) }
        var fb = [UInt64](repeating: 0, count: 1024)
        var lb = [UInt64](repeating: 0, count: 1024)
        for w in ws where !w.isEmpty {
            fb[Int(w[0] & 0xFFFF) >> 6] |= 1 << UInt64(w[0] & 63)
            lb[Int(w[w.count - 1] & 0xFFFF) >> 6] |= 1 << UInt64(w[w.count - 1] & 63)
        }
        firstBits = fb
        lastBits = lb
        var flat: [UInt8] = []
        var starts = [0]
        for w in list {
            flat += w.utf8
            starts.append(flat.count)
        }
        utf8 = flat
        offsets = starts
    }

    /// Whether some word starts with scalar `v` (a quick "no" that needs no bucket lookup): callers
    /// that have already decoded the scalar at a position test it before calling `match`.
    @inline(__always)
    func mayStart(with v: UInt32) -> Bool {
        firstBits.span[unchecked: Int(v & 0xFFFF) >> 6] & (1 << UInt64(v & 63)) != 0
    }

    /// The longest word starting at byte `i`, and the byte just past it. With `spaced`, whitespace
    /// (as PDF columns leave it) may stand between the word's characters.
    ///
    /// Inlined up to the first-scalar test, which turns most positions away; the bucket search
    /// is a function of its own.
    @inline(__always)
    func match(in src: UTF8Source, at i: Int, spaced: Bool = false) -> (index: Int, end: Int)? {
        guard i < src.count else { return nil }
        let first = src.scalar(at: i).value
        guard mayStart(with: first) else { return nil }
        return match(in: src, at: i, first: first, spaced: spaced)
    }

    /// `match(in:at:spaced:)` past the first-scalar test: the words of `first`'s bucket, longest first.
    @inline(never)
    private func match(in src: UTF8Source, at i: Int, first: UInt32, spaced: Bool) -> (index: Int, end: Int)? {
        let bucket = Int(first & 4095)
        var p = firstStart[bucket]
        let e = firstStart[bucket + 1]
        while p < e {
            let k = firstOrder[p]
            if let end = matches(k, in: src, at: i, spaced: spaced) { return (k, end) }
            p += 1
        }
        return nil
    }

    /// The longest word ending just before byte `i`, and where it starts.
    ///
    /// Inlined up to the last-scalar test; the bucket search is a function of its own.
    @inline(__always)
    func match(in src: UTF8Source, endingAt i: Int) -> (index: Int, start: Int)? {
        guard let (last, _) = src.scalar(before: i),
              lastBits.span[unchecked: Int(last & 0xFFFF) >> 6] & (1 << UInt64(last & 63)) != 0 else { return nil }
        return match(in: src, endingAt: i, last: last)
    }

    /// `match(in:endingAt:)` past the last-scalar test: the words of `last`'s bucket, longest first.
    @inline(never)
    private func match(in src: UTF8Source, endingAt i: Int, last: UInt32) -> (index: Int, start: Int)? {
        let bucket = Int(last & 4095)
        var p = lastStart[bucket]
        let e = lastStart[bucket + 1]
        outer: while p < e {
            let k = lastOrder[p]
            p += 1
            let start = offsets[k]
            let length = offsets[k + 1] - start
            guard length <= i else { continue outer }
            let text = src.bytes.span
            let word = utf8.span
            var q = 0
            while q < length {
                guard text[unchecked: i - length + q] == word[unchecked: start + q] else { continue outer }
                q += 1
            }
            return (k, i - length)
        }
        return nil
    }

    /// Whether word `k` is spelled at byte `i`; returns the byte just past it.
    /// With `spaced`, whitespace may stand before each of its scalars but the first (before each
    /// lead byte of the word).
    @inline(__always)
    private func matches(_ k: Int, in src: UTF8Source, at i: Int, spaced: Bool) -> Int? {
        let text = src.bytes.span
        let n = text.count
        let word = utf8.span
        let start = offsets[k]
        let end = offsets[k + 1]
        var q = start
        var j = i
        while q < end {
            let w = word[unchecked: q]
            if spaced && q > start && w & 0xC0 != 0x80 { j = src.skipSpaces(from: j, limit: 4) }
            guard j < n, text[unchecked: j] == w else { return nil }
            j += 1
            q += 1
        }
        return j
    }

    /// The word at `index` as a string.
    func word(_ index: Int) -> String {
        strings[index]
    }
}
