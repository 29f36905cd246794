import Testing
@testable import TongjiExtract

/// `LabelStopStarts` lets through every scalar that starts a stop of `labelAfter`'s loop, and turns others away.
@Suite struct LabelStopStartsTests {
    /// The plain test the table stands for: one of the three stops' first-scalar tests.
    private func reference(_ v: UInt32) -> Bool {
        LabelWords.stops.mayStart(with: v) || StatisticKeywords.words.mayStart(with: v) || v == 0x4E2D
    }

    @Test func agreesWithTheListsOnEveryBMPScalar() {
        let table = LabelStopStarts.standard
        for v in UInt32(0)...0xFFFF {
            #expect(table.mayStop(at: v) == reference(v), "U+\(String(v, radix: 16))")
        }
    }

    @Test func letsThroughTheListsWordsAndTurnsOthersAway() {
        let table = LabelStopStarts.standard
        for w in LabelWords.stops.words + StatisticKeywords.words.words where !w.isEmpty {
            #expect(table.mayStop(at: w[0]))
        }
        #expect(table.mayStop(at: 0x4E2D))  // 中
        #expect(!table.mayStop(at: 0x68DA))  // 棚
        // Beyond the BMP a scalar is folded as the lists fold it: never a "no" where they say "maybe".
        var rng = XorShift(state: 0x2545_F491_4F6C_DD1D)
        for _ in 0..<2000 {
            let v = UInt32.random(in: 0x10000...0x10FFFF, using: &rng)
            if reference(v) { #expect(table.mayStop(at: v)) }
        }
        #expect(LabelStopStarts(firstScalars: []).mayStop(at: 0x7B49) == false)
        #expect(LabelStopStarts(firstScalars: [0x7B49]).mayStop(at: 0x7B49))
    }
}
