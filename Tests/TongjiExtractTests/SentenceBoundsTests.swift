import Testing
@testable import TongjiExtract

/// `TextContext.sentence(around:spaces:)` against a plain scalar-by-scalar walk, and
/// `UTF8Source.sentenceString` against `compactString`, on random texts made of sentence ends,
/// look-alikes, whitespace and scalars of every length.
@Suite struct SentenceBoundsTests {
    /// The sentence around a scalar as the walk finds it: back scalar by scalar to after a
    /// sentence end or `sentenceReach` scalars, forward to a sentence end included or the reach.
    /// `k` is the index of the scalar at that byte; `starts` holds the byte offset of each of `scalars`, and one past the end.
    private func referenceSentence(_ scalars: [Unicode.Scalar], _ starts: [Int], around k: Int) -> Range<Int> {
        let ends: Set<UInt32> = [0x3002, 0xFF01, 0xFF1F, 0xFF1B, 0x21, 0x3F, 0x3B]
        let reach = TextContext.sentenceReach
        var a = k
        var count = 0
        while a > 0, !ends.contains(scalars[a - 1].value), count < reach {
            a -= 1
            count += 1
        }
        var b = k
        count = 0
        while b < scalars.count, count < reach {
            b += 1
            count += 1
            if ends.contains(scalars[b - 1].value) { break }
        }
        return starts[a]..<starts[b]
    }

    /// A random text: mostly ideographs, with sentence ends, other punctuation, look-alike
    /// byte patterns (䀂 is E4 80 82, 弁 is E5 BC 81), whitespace, and 1-, 2- and 4-byte scalars.
    private func randomText(scalars: Int, endRate: Int, using rng: inout some RandomNumberGenerator) -> String {
        let ends = ["。", "！", "？", "；", "!", "?", ";"]
        let others = ["中", "国", "，", "、", "\n", " ", "\r\n", "\t", "\u{A0}", "\u{0B}", "a", "7", "é", "😀", "䀂", "弁", "　", "《", "》", "：", "—"]
        var s = ""
        for _ in 0..<scalars {
            if Int.random(in: 0..<endRate, using: &rng) == 0 {
                s += ends.randomElement(using: &rng)!
            } else {
                s += others.randomElement(using: &rng)!
            }
        }
        return s
    }

    /// At every scalar boundary of `text`: the sentence is the walk's, and its text made from the
    /// noted whitespace is `compactString`'s.
    private func check(_ text: String) {
        let scalars = Array(text.unicodeScalars)
        var starts: [Int] = []  // byte offset of each scalar, and one past the end
        var offset = 0
        for s in scalars {
            starts.append(offset)
            offset += String(s).utf8.count
        }
        starts.append(offset)
        let src = UTF8Source(text)
        let context = TextContext(src: src)
        var spaces = SentenceSpaces()
        var scratch: [UInt8] = []
        for k in starts.indices {
            let i = starts[k]
            let range = context.sentence(around: i, spaces: &spaces)
            #expect(range == referenceSentence(scalars, starts, around: k), "text \(text.debugDescription) at \(i)")
            #expect(context.sentence(around: i) == range)
            #expect(src.sentenceString(range, spaces: spaces, scratch: &scratch) == src.compactString(range), "text \(text.debugDescription) at \(i)")
        }
    }

    @Test func sentenceMatchesTheWalk() {
        var rng = XorShift(state: 0x5851_F42D_4C95_7F2D)
        for round in 0..<60 {
            // Sentence ends from frequent to rare (long runs test the reach on both sides).
            let endRate = [3, 20, 120, 1000][round % 4]
            let text = randomText(scalars: Int.random(in: 0..<900, using: &rng), endRate: endRate, using: &rng)
            check(text)
        }
    }

    @Test func edgeCases() {
        for text in ["", "。", "!", "中", "中。", "。中", " ", "　。 ", "\u{A0}中\n", String(repeating: "中", count: 400),
                     String(repeating: "a ", count: 350) + "。", String(repeating: "😀", count: 170), "弁䀂" + String(repeating: "中", count: 30) + "？"] {
            check(text)
        }
    }
}
