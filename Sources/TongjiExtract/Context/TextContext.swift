/// Questions about the text around a position: the sentence it is in, and whether words occur near it.
struct TextContext {
    let src: UTF8Source
    /// How far a sentence reaches at most on each side, in scalars (headlines have no full stop).
    static let sentenceReach = 160

    /// The byte range of the sentence around byte `i`: from after the previous 。！？； to the next one
    /// included. Line breaks do not end sentences (PDF columns break lines mid-sentence).
    ///
    /// Read byte by byte rather than scalar by scalar: a scalar is counted at its lead byte, and
    /// only lead bytes that can start a sentence end (! ? ; and E3, EF) are looked at further.
    func sentence(around i: Int) -> Range<Int> {
        let text = src.bytes.span
        let n = text.count
        // Whether the scalar at lead byte `k` ends a sentence (`CharacterClass.isSentenceEnd`).
        @inline(__always)
        func endsSentence(at k: Int) -> Bool {
            let b = text[unchecked: k]
            switch b {
            case 0x21, 0x3F, 0x3B: return true  // ! ? ;
            case 0xE3: return k + 2 < n && text[unchecked: k + 1] == 0x80 && text[unchecked: k + 2] == 0x82  // 。
            case 0xEF:  // ！ ？ ；
                guard k + 2 < n, text[unchecked: k + 1] == 0xBC else { return false }
                let c = text[unchecked: k + 2]
                return c == 0x81 || c == 0x9F || c == 0x9B
            default: return false
            }
        }
        var a = i
        var count = 0
        while a > 0, count < Self.sentenceReach {
            var s = a - 1
            while s > 0 && text[unchecked: s] & 0xC0 == 0x80 { s -= 1 }
            if endsSentence(at: s) { break }
            a = s
            count += 1
        }
        var b = i
        count = 0
        while b < n, count < Self.sentenceReach {
            let ends = endsSentence(at: b)
            b += 1
            while b < n && text[unchecked: b] & 0xC0 == 0x80 { b += 1 }
            count += 1
            if ends { break }
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
