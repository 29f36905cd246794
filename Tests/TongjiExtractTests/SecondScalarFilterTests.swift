import Testing
@testable import TongjiExtract

/// `SecondScalarFilter` never says "no" where its word list matches, and does turn positions away.
@Suite struct SecondScalarFilterTests {
    @Test func neverRejectsAMatch() {
        var rng = XorShift(state: 0x1405_7B7E_F767_814F)
        let lists = [(StatisticKeywords.words, StatisticKeywords.secondScalars), (LabelWords.stops, SecondScalarFilter(LabelWords.stops))]
        // Pieces of words, whole words, whitespace (spaced matches skip it), and other scalars.
        let pieces = ["总投资", "投资", "总", "年产", "年", "产", "占", "增长", "正在", "正", "在", "先后", "先", "负责",
                      " ", "\n", "　", "  \n  ", "的", "中", "a", "7", "😀", "，"]
        var rejected = 0
        for _ in 0..<300 {
            var text = ""
            for _ in 0..<Int.random(in: 1..<30, using: &rng) { text += pieces.randomElement(using: &rng)! }
            let src = UTF8Source(text)
            var i = 0
            while i < src.count {
                let (v, len) = src.scalar(at: i)
                for (list, filter) in lists where list.mayStart(with: v) {
                    let may = filter.mayMatch(in: src, at: i, first: v, length: len)
                    if list.match(in: src, at: i, spaced: true) != nil || list.match(in: src, at: i) != nil {
                        #expect(may, "\(text.debugDescription) at \(i)")
                    }
                    if !may { rejected += 1 }
                }
                i += len
            }
        }
        #expect(rejected > 0)
    }
}
