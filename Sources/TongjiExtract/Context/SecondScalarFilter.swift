/// A quick "no" for a word list at a position whose first scalar may start a word: whether the
/// scalar after it (past whitespace, as spaced matches allow) is the second scalar of some word.
///
/// `WordList.match` tries every word of the first scalar's bucket; where a common character starts
/// a few words (年 in 年产, 总 in 总投资), most positions fail only there. One bit per BMP scalar
/// turns most of them away first. A first scalar that is a whole word by itself (占) always passes.
struct SecondScalarFilter: Sendable {
    /// One bit per BMP scalar that is the second scalar of some word.
    private let seconds: [UInt64]
    /// One bit per BMP scalar that is a word by itself.
    private let singles: [UInt64]

    /// The filter for `list`'s words.
    init(_ list: WordList) {
        var seconds = [UInt64](repeating: 0, count: 1024)
        var singles = [UInt64](repeating: 0, count: 1024)
        for w in list.words where !w.isEmpty {
            let v = w.count == 1 ? w[0] : w[1]
            if v > 0xFFFF || (w.count == 1 && w[0] > 0xFFFF) {
                // Outside the BMP (no such word today): let every position through.
                seconds = [UInt64](repeating: ~0, count: 1024)
                singles = [UInt64](repeating: ~0, count: 1024)
                break
            }
            if w.count == 1 {
                singles[Int(v) >> 6] |= 1 << UInt64(v & 63)
            } else {
                seconds[Int(v) >> 6] |= 1 << UInt64(v & 63)
            }
        }
        self.seconds = seconds
        self.singles = singles
    }

    /// Whether a word of the list may start at byte `i`, whose scalar is `first` (`length` bytes):
    /// false only when none can (the list's `match` would find nothing there).
    @inline(__always)
    func mayMatch(in src: UTF8Source, at i: Int, first: UInt32, length: Int) -> Bool {
        if first <= 0xFFFF, singles.span[unchecked: Int(first) >> 6] & (1 << UInt64(first & 63)) != 0 { return true }
        let j = src.skipSpaces(from: i + length, limit: 4)
        guard j < src.count else { return false }
        let v = src.scalar(at: j).value
        return v > 0xFFFF || seconds.span[unchecked: Int(v) >> 6] & (1 << UInt64(v & 63)) != 0
    }
}
