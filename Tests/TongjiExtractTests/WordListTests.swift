import Testing
@testable import TongjiExtract

/// `WordList`'s trie lookups against a plain reference: every word tried at the position, the
/// longest (first declared among equals) kept, on random texts and edge cases.
@Suite struct WordListTests {
    /// The reference forward match: every word compared scalar by scalar, whitespace (at most
    /// four scalars) allowed before each scalar but the first when `spaced`.
    static func referenceMatch(_ words: [[UInt32]], _ text: [Unicode.Scalar], at i: Int, spaced: Bool) -> (index: Int, endScalar: Int)? {
        var best: (index: Int, endScalar: Int, length: Int)? = nil
        for (k, w) in words.enumerated() where !w.isEmpty {
            var j = i
            var ok = true
            for (q, v) in w.enumerated() {
                if spaced && q > 0 {
                    var s = j
                    var n = 0
                    while s < text.count, CharacterClass.isSpace(text[s].value) { s += 1; n += 1 }
                    if n <= 4 { j = s }
                }
                guard j < text.count, text[j].value == v else { ok = false; break }
                j += 1
            }
            if ok, best == nil || w.count > best!.length { best = (k, j, w.count) }
        }
        return best.map { ($0.index, $0.endScalar) }
    }

    /// The reference backward match: every word compared against the scalars ending at `i`.
    static func referenceMatch(_ words: [[UInt32]], _ text: [Unicode.Scalar], endingAt i: Int) -> (index: Int, startScalar: Int)? {
        var best: (index: Int, start: Int, length: Int)? = nil
        for (k, w) in words.enumerated() where !w.isEmpty && w.count <= i {
            if zip(w, text[(i - w.count)..<i]).allSatisfy({ $0 == $1.value }), best == nil || w.count > best!.length {
                best = (k, i - w.count, w.count)
            }
        }
        return best.map { ($0.index, $0.start) }
    }

    /// Checks both directions at every scalar boundary of `text`.
    static func check(_ list: WordList, _ text: String) {
        let scalars = Array(text.unicodeScalars)
        let src = UTF8Source(text)
        var byteOffset: [Int] = [0]
        for v in scalars { byteOffset.append(byteOffset.last! + String(v).utf8.count) }
        for i in 0...scalars.count {
            for spaced in [false, true] {
                let got = list.match(in: src, at: byteOffset[i], spaced: spaced)
                let want = i < scalars.count ? referenceMatch(list.words, scalars, at: i, spaced: spaced) : nil
                #expect(got?.index == want?.index && got?.end == want.map { byteOffset[$0.endScalar] },
                        "forward at \(i) spaced \(spaced) in \(text)")
            }
            let got = list.match(in: src, endingAt: byteOffset[i])
            let want = referenceMatch(list.words, scalars, endingAt: i)
            #expect(got?.index == want?.index && got?.start == want.map { byteOffset[$0.startScalar] },
                    "backward at \(i) in \(text)")
        }
    }

    @Test func edgeCases() {
        let list = WordList(["个", "个月", "个多月", "个百分点", "月", "人(次)", "km", "m", "", "全年", "全年", "年", "𠀀字", "字𠀀"])
        for text in ["", "个", "个月", "个 月", "个\n 多\u{3000}月", "个     月", "个百分", "3个百分点", "人（次）人(次)",
                     "5km", "全年", "年全年", "𠀀字𠀀", "a个多", "个多 月份", "é个ü"] {
            Self.check(list, text)
        }
        // Equal words: the first declared is the one found.
        #expect(list.match(in: UTF8Source("全年"), at: 0)?.index == 9)
        #expect(list.match(in: UTF8Source("全年"), endingAt: 6)?.index == 9)
    }

    @Test func randomTexts() {
        var rng = SplitMix64(seed: 20261201)
        let alphabet: [Unicode.Scalar] = Array("个月多百分点年人次元万亿平方米公里 \n\u{3000}a1".unicodeScalars)
        // Random word lists over a small alphabet, so that words share prefixes and suffixes.
        for _ in 0..<20 {
            var words: [String] = []
            for _ in 0..<Int(rng.next() % 30) + 1 {
                var w = ""
                for _ in 0..<Int(rng.next() % 4) + 1 {
                    var v = alphabet[Int(rng.next() % UInt64(alphabet.count))]
                    while CharacterClass.isSpace(v.value) { v = alphabet[Int(rng.next() % UInt64(alphabet.count))] }
                    w.unicodeScalars.append(v)
                }
                words.append(w)
            }
            let list = WordList(words)
            for _ in 0..<10 {
                var text = ""
                for _ in 0..<Int(rng.next() % 24) { text.unicodeScalars.append(alphabet[Int(rng.next() % UInt64(alphabet.count))]) }
                Self.check(list, text)
            }
        }
    }

    @Test func grammarListsAgreeWithReference() {
        let text = "约3个多月，超过160亿元以上，第一周，全长63.2公里，人（次）左右，不到半年，历时5日内，总投资3.25亿元"
        for list in [UnitLexicon.standard.words, QualifierWords.beforeWords, QualifierWords.afterWords,
                     Distractors.ordinalPrefixes, Distractors.peopleNouns, StatisticKeywords.words] {
            Self.check(list, text)
        }
    }
}

/// A small deterministic random number generator for tests.
struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    /// The next pseudo-random number.
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
