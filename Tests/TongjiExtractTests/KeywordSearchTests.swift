import Testing
@testable import TongjiExtract

/// `ContextFinder.clauseStart(before:floor:keywordStarts:)` and `keyword(before:keywordStarts:)`
/// (keyword starts noted as bits on the walk back) against the plain search: walk back to the
/// clause start, then try every scalar of the clause in order.
@Suite struct KeywordSearchTests {
    /// A candidate spanning `start..<end` (only its offsets matter here).
    private func candidate(_ start: Int, _ end: Int) -> Candidate {
        Candidate(start: start, end: end, numberStart: start, value: 1, exactValue: nil, valueMax: nil, exactValueMax: nil,
                  unit: "m", dimension: .length, qualifier: .exact, surfaceUnit: "米")
    }

    /// The clause start and keyword found the plain way.
    private func reference(_ src: UTF8Source, before c: Candidate, floor: Int) -> (start: Int, keyword: (Int, Int, Int)?) {
        var a = c.start
        var n = 0
        while let (v, s) = src.scalar(before: a), !CharacterClass.isClauseBreak(v), n < ContextFinder.clauseReach {
            a = s
            n += 1
        }
        a = max(a, floor)
        var i = a
        var found: (Int, Int, Int)? = nil
        let words = StatisticKeywords.words
        while i < c.start {
            if let (k, end) = words.match(in: src, at: i, spaced: true), end <= c.start {
                found = (k, i, end)
                i = end
                continue
            }
            i += src.scalar(at: i).length
        }
        return (a, found)
    }

    @Test func keywordMatchesThePlainSearch() {
        var rng = XorShift(state: 0xDA94_2042_E4DD_58B5)
        // Keywords (some overlapping: 总投资 / 投资 / 投资总额), their pieces, fillers, breaks, spaces, wide scalars.
        let pieces = ["总投资", "投资", "投资总额", "总", "额", "新建", "年产", "年", "占地", "占", "增长", "同比增长", "面积",
                      "中", "的", "，", "、", " ", "\n", "　", "a", "7", "😀", "é", "平均气温", "气温"]
        for _ in 0..<400 {
            var text = ""
            for _ in 0..<Int.random(in: 0..<40, using: &rng) { text += pieces.randomElement(using: &rng)! }
            let src = UTF8Source(text)
            let finder = ContextFinder(src: src)
            var boundaries: [Int] = [0]
            var i = 0
            while i < src.count {
                i += src.scalar(at: i).length
                boundaries.append(i)
            }
            for _ in 0..<8 {
                let start = boundaries.randomElement(using: &rng)!
                let floor = boundaries.filter { $0 <= start }.randomElement(using: &rng)!
                let c = candidate(start, start)
                var starts = ContextFinder.KeywordStarts()
                let a = finder.clauseStart(before: c.start, floor: floor, keywordStarts: &starts)
                let kw = finder.keyword(before: c.start, keywordStarts: starts)
                let expected = reference(src, before: c, floor: floor)
                #expect(a == expected.start, "\(text.debugDescription) before \(start) floor \(floor)")
                #expect(kw?.index == expected.keyword?.0 && kw?.start == expected.keyword?.1 && kw?.end == expected.keyword?.2,
                        "\(text.debugDescription) before \(start) floor \(floor)")
            }
        }
    }
}
