/// Questions about the text around a position: the sentence it is in, and whether words occur near it.
struct TextContext {
    let src: UTF8Source
    /// How far a sentence reaches at most on each side, in scalars (headlines have no full stop).
    static let sentenceReach = 160

    /// The byte range of the sentence around byte `i`: from after the previous 。！？； to the next one
    /// included. Line breaks do not end sentences (PDF columns break lines mid-sentence).
    func sentence(around i: Int) -> Range<Int> {
        var a = i
        var n = 0
        while let (v, s) = src.scalar(before: a), !CharacterClass.isSentenceEnd(v), n < Self.sentenceReach {
            a = s
            n += 1
        }
        var b = i
        n = 0
        while b < src.count, n < Self.sentenceReach {
            let (v, len) = src.scalar(at: b)
            b += len
            n += 1
            if CharacterClass.isSentenceEnd(v) { break }
        }
        return a..<b
    }

    /// Whether one of `words` occurs in the byte range.
    func contains(_ words: WordList, in range: Range<Int>) -> Bool {
        var i = range.lowerBound
        while i < range.upperBound {
            if words.match(in: src, at: i) != nil { return true }
            i += src.scalar(at: i).length
        }
        return false
    }

    /// Start of the clause that ends at byte `i`: after the previous clause break, at most `reach` scalars back.
    func clauseStart(before i: Int, reach: Int = 24) -> Int {
        var a = i
        var n = 0
        while let (v, s) = src.scalar(before: a), !CharacterClass.isClauseBreak(v), n < reach {
            a = s
            n += 1
        }
        return a
    }
}
