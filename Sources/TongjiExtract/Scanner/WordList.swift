/// A list of words compiled for longest-match lookups at a byte position, forward or backward.
///
/// Grammar data (units, qualifiers, keywords, distractors) is declared as plain string arrays and
/// compiled once into this form: a bitmap of first (and last) scalars that turns most positions
/// away with one load, then a trie (`WordTrie`) that finds the longest word in one pass over the
/// text's scalars.
struct WordList: Sendable {
    /// The words as scalar arrays, in declaration order.
    let words: [[UInt32]]
    /// The words as strings, in declaration order.
    let strings: [String]
    /// The words read first scalar first, for matches starting at a position.
    private let forward: WordTrie
    /// The words read last scalar first, for matches ending at a position.
    private let backward: WordTrie
    /// One bit per BMP scalar that starts a word (a quick "no" before the trie lookup).
    private let firstBits: [UInt64]
    /// One bit per BMP scalar that ends a word.
    private let lastBits: [UInt64]

    /// Compiles the words.
    init(_ list: [String]) {
        let ws = list.map { $0.unicodeScalars.map(\.value) }
        words = ws
        strings = list
        forward = WordTrie(ws, reversed: false)
        backward = WordTrie(ws, reversed: true)
        var fb = [UInt64](repeating: 0, count: 1024)
        var lb = [UInt64](repeating: 0, count: 1024)
        for w in ws where !w.isEmpty {
            fb[Int(w[0] & 0xFFFF) >> 6] |= 1 << UInt64(w[0] & 63)
            lb[Int(w[w.count - 1] & 0xFFFF) >> 6] |= 1 << UInt64(w[w.count - 1] & 63)
        }
        firstBits = fb
        lastBits = lb
    }

    /// Whether some word starts with scalar `v` (a quick "no" that needs no trie lookup): callers
    /// that have already decoded the scalar at a position test it before calling `match`.
    @inline(__always)
    func mayStart(with v: UInt32) -> Bool {
        firstBits.span[unchecked: Int(v & 0xFFFF) >> 6] & (1 << UInt64(v & 63)) != 0
    }

    /// The longest word starting at byte `i`, and the byte just past it. With `spaced`, whitespace
    /// (as PDF columns leave it, at most four scalars) may stand between the word's characters.
    ///
    /// Inlined up to the first-scalar test, which turns most positions away; the trie walk is a
    /// function of its own.
    @inline(__always)
    func match(in src: UTF8Source, at i: Int, spaced: Bool = false) -> (index: Int, end: Int)? {
        guard i < src.count else { return nil }
        let (first, length) = src.scalar(at: i)
        guard mayStart(with: first) else { return nil }
        return match(in: src, at: i, first: first, length: length, spaced: spaced)
    }

    /// `match(in:at:spaced:)` past the first-scalar test: down the forward trie, one text scalar
    /// per edge, keeping the deepest word passed (the longest).
    @inline(never)
    private func match(in src: UTF8Source, at i: Int, first: UInt32, length: Int, spaced: Bool) -> (index: Int, end: Int)? {
        var node = forward.root(first)
        guard node >= 0 else { return nil }
        var j = i &+ length
        var best = forward.word(at: node)
        var bestEnd = j
        let n = src.count
        while !forward.isLeaf(node) {
            let k = spaced ? src.skipSpaces(from: j, limit: 4) : j
            guard k < n else { break }
            let (v, len) = src.scalar(at: k)
            node = forward.child(of: node, v)
            guard node >= 0 else { break }
            j = k &+ len
            let w = forward.word(at: node)
            if w >= 0 { best = w; bestEnd = j }
        }
        return best >= 0 ? (best, bestEnd) : nil
    }

    /// The longest word ending just before byte `i`, and where it starts.
    ///
    /// Inlined up to the last-scalar test; the trie walk is a function of its own.
    @inline(__always)
    func match(in src: UTF8Source, endingAt i: Int) -> (index: Int, start: Int)? {
        guard let (last, s) = src.scalar(before: i),
              lastBits.span[unchecked: Int(last & 0xFFFF) >> 6] & (1 << UInt64(last & 63)) != 0 else { return nil }
        return match(in: src, endingAt: s, last: last)
    }

    /// `match(in:endingAt:)` past the last-scalar test (`s` is where the last scalar starts):
    /// down the backward trie, one text scalar per edge, keeping the deepest word passed.
    @inline(never)
    private func match(in src: UTF8Source, endingAt s: Int, last: UInt32) -> (index: Int, start: Int)? {
        var node = backward.root(last)
        guard node >= 0 else { return nil }
        var j = s
        var best = backward.word(at: node)
        var bestStart = j
        while !backward.isLeaf(node), let (v, p) = src.scalar(before: j) {
            node = backward.child(of: node, v)
            guard node >= 0 else { break }
            j = p
            let w = backward.word(at: node)
            if w >= 0 { best = w; bestStart = j }
        }
        return best >= 0 ? (best, bestStart) : nil
    }

    /// The word at `index` as a string.
    func word(_ index: Int) -> String {
        strings[index]
    }
}
