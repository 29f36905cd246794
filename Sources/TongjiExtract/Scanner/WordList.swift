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
    /// Buckets by first scalar (its low 12 bits): indices of the words, longest first. A flat
    /// array instead of a dictionary: no hashing on the lookup path.
    private let byFirst: [[Int]]
    /// Buckets by last scalar (low 12 bits), longest first.
    private let byLast: [[Int]]
    /// One bit per BMP scalar that starts a word (a quick "no" before the dictionary lookup).
    private let firstBits: [UInt64]
    /// One bit per BMP scalar that ends a word.
    private let lastBits: [UInt64]

    /// Compiles the words.
    init(_ list: [String]) {
        words = list.map { $0.unicodeScalars.map(\.value) }
        strings = list
        var first = [[Int]](repeating: [], count: 4096)
        var last = [[Int]](repeating: [], count: 4096)
        let ws = words
        // Longest first, so that buckets come out sorted and the first match is the longest.
        for k in ws.indices.sorted(by: { ws[$0].count > ws[$1].count }) where !ws[k].isEmpty {
            first[Int(ws[k][0] & 4095)].append(k)
            last[Int(ws[k][ws[k].count - 1] & 4095)].append(k)
        }
        var fb = [UInt64](repeating: 0, count: 1024)
        var lb = [UInt64](repeating: 0, count: 1024)
        for w in words where !w.isEmpty {
            fb[Int(w[0] & 0xFFFF) >> 6] |= 1 << UInt64(w[0] & 63)
            lb[Int(w[w.count - 1] & 0xFFFF) >> 6] |= 1 << UInt64(w[w.count - 1] & 63)
        }
        firstBits = fb
        lastBits = lb
        byFirst = first
        byLast = last
    }

    /// The longest word starting at byte `i`, and the byte just past it. With `spaced`, whitespace
    /// (as PDF columns leave it) may stand between the word's characters.
    func match(in src: UTF8Source, at i: Int, spaced: Bool = false) -> (index: Int, end: Int)? {
        guard i < src.count else { return nil }
        let first = src.scalar(at: i).value
        guard firstBits[Int(first & 0xFFFF) >> 6] & (1 << UInt64(first & 63)) != 0 else { return nil }
        for k in byFirst[Int(first & 4095)] {
            if let end = matches(words[k], in: src, at: i, spaced: spaced) { return (k, end) }
        }
        return nil
    }

    /// The longest word ending just before byte `i`, and where it starts.
    func match(in src: UTF8Source, endingAt i: Int) -> (index: Int, start: Int)? {
        guard let (last, _) = src.scalar(before: i),
              lastBits[Int(last & 0xFFFF) >> 6] & (1 << UInt64(last & 63)) != 0 else { return nil }
        outer: for k in byLast[Int(last & 4095)] {
            var j = i
            for v in words[k].reversed() {
                guard let (u, s) = src.scalar(before: j), u == v else { continue outer }
                j = s
            }
            return (k, j)
        }
        return nil
    }

    /// Whether `word` is spelled at byte `i`; returns the byte just past it.
    private func matches(_ word: [UInt32], in src: UTF8Source, at i: Int, spaced: Bool) -> Int? {
        var j = i
        for (n, v) in word.enumerated() {
            if spaced && n > 0 { j = src.skipSpaces(from: j, limit: 4) }
            guard j < src.count else { return nil }
            let (u, len) = src.scalar(at: j)
            if u != v { return nil }
            j += len
        }
        return j
    }

    /// The word at `index` as a string.
    func word(_ index: Int) -> String {
        strings[index]
    }
}
