/// The scalars at which reading a label after a number may have to stop: the first scalars of
/// `LabelWords.stops` and of `StatisticKeywords.words`, and 中 (大棚中，).
///
/// `ContextFinder.labelAfter` asks at every scalar of a label whether one of those three stops
/// starts there; one bit per BMP scalar answers "none" for most of them with one load, instead of
/// one bitmap test per list. A set bit only says "look closer": the lists' own tests decide.
/// Scalars are folded to their low 16 bits as `WordList.mayStart(with:)` folds them, so a scalar
/// beyond the BMP is let through whenever its list's test might be.
struct LabelStopStarts: Sendable {
    /// One bit per scalar (low 16 bits) that may start a stop.
    private let bits: [UInt64]

    /// The table for the built-in word lists.
    static let standard = LabelStopStarts(
        firstScalars: LabelWords.stops.words.compactMap(\.first) + StatisticKeywords.words.words.compactMap(\.first) + [0x4E2D])

    /// A table with a bit for each of `firstScalars`.
    init(firstScalars: [UInt32]) {
        var bits = [UInt64](repeating: 0, count: 1024)
        for v in firstScalars {
            bits[Int(v & 0xFFFF) >> 6] |= 1 << UInt64(v & 63)
        }
        self.bits = bits
    }

    /// Whether a stop may start with scalar `v` (false: none of the three does).
    @inline(__always)
    func mayStop(at v: UInt32) -> Bool {
        bits.span[unchecked: Int(v & 0xFFFF) >> 6] & (1 << UInt64(v & 63)) != 0
    }
}
