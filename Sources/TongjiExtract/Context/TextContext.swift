/// Questions about the text around a position: the sentence it is in, and whether words occur near it.
struct TextContext {
    let src: UTF8Source
    /// How far a sentence reaches at most on each side, in scalars (headlines have no full stop).
    static let sentenceReach = 160

    /// The byte range of the sentence around byte `i`: from after the previous 。！？； to the next one
    /// included. Line breaks do not end sentences (PDF columns break lines mid-sentence).
    func sentence(around i: Int) -> Range<Int> {
        var spaces: [Int] = []
        return sentence(around: i, spaces: &spaces)
    }

    /// `sentence(around:)`, and in `spaces` (emptied first) the byte offsets of the whitespace
    /// scalars in the sentence (those `UTF8Source.compactString` drops), in order: the walk over the
    /// sentence notes them as it goes, so that its text can be made without reading it again
    /// (`UTF8Source.sentenceString(_:spaces:scratch:)`).
    ///
    /// Read from the bytes without decoding scalars: the sentence ends are ! ? ; and E3 80 82 (。),
    /// EF BC 81 / 9F / 9B (！？；), and the whitespace is ASCII, C2 A0 or E3 80 80, so only the
    /// last bytes (going back, a three-byte scalar taken at once) or lead bytes (going forward) of
    /// such scalars are looked at further.
    func sentence(around i: Int, spaces: inout [Int]) -> Range<Int> {
        let text = src.bytes.span
        let n = text.count
        spaces.removeAll(keepingCapacity: true)
        var a = i
        var b = i
        var count = 0
        // Scalar by scalar back from `i`: a scalar that ends a sentence, or the reach, stops it.
        while a > 0 {
            let last = text[unchecked: a - 1]
            let s: Int
            var space = false
            if last < 0x80 {
                if last == 0x21 || last == 0x3F || last == 0x3B { break }  // ! ? ;
                space = last <= 0x20 && (last == 0x20 || last == 0x0A || last == 0x0D || last == 0x09)
                s = a - 1
            } else if a >= 3, text[unchecked: a - 3] & 0xF0 == 0xE0 {
                // A three-byte scalar (CJK), read at once.
                if last == 0x82 || last == 0x81 || last == 0x9F || last == 0x9B {
                    let lead = text[unchecked: a - 3]
                    let second = text[unchecked: a - 2]
                    if last == 0x82 ? (lead == 0xE3 && second == 0x80) : (lead == 0xEF && second == 0xBC) { break }  // 。！？；
                } else if last == 0x80 {
                    space = text[unchecked: a - 3] == 0xE3 && text[unchecked: a - 2] == 0x80  // U+3000
                }
                s = a - 3
            } else {
                var k = a - 1
                while k > 0 && text[unchecked: k] & 0xC0 == 0x80 { k -= 1 }
                space = last == 0xA0 && k == a - 2 && text[unchecked: k] == 0xC2  // U+00A0
                s = k
            }
            if count == Self.sentenceReach { break }
            if space { spaces.append(s) }
            a = s
            count += 1
        }
        spaces.reverse()  // noted going back
        count = 0
        while b < n, count < Self.sentenceReach {
            let x = text[unchecked: b]
            var ends = false
            if x < 0x80 {
                ends = x == 0x21 || x == 0x3F || x == 0x3B
                if x <= 0x20 && (x == 0x20 || x == 0x0A || x == 0x0D || x == 0x09) { spaces.append(b) }
                b += 1
            } else if x < 0xE0 {
                if x == 0xC2 && b + 1 < n && text[unchecked: b + 1] == 0xA0 { spaces.append(b) }  // U+00A0
                b += 2
            } else if x < 0xF0 {
                if x == 0xE3 {
                    if b + 2 < n && text[unchecked: b + 1] == 0x80 {
                        let last = text[unchecked: b + 2]
                        ends = last == 0x82
                        if last == 0x80 { spaces.append(b) }  // U+3000
                    }
                } else if x == 0xEF, b + 2 < n, text[unchecked: b + 1] == 0xBC {
                    let last = text[unchecked: b + 2]
                    ends = last == 0x81 || last == 0x9F || last == 0x9B
                }
                b += 3
            } else {
                b += 4
            }
            count += 1
            if ends { break }
        }
        return a..<b
    }

    /// Whether one of `words` occurs in the byte range.
    func contains(_ words: WordList, in range: Range<Int>) -> Bool {
        var i = range.lowerBound
        while i < range.upperBound {
            let (v, len) = src.scalar(at: i)
            if words.mayStart(with: v), words.match(in: src, at: i) != nil { return true }
            i += len
        }
        return false
    }

    /// Start of the clause that ends at byte `i`: after the previous clause break, at most `reach`
    /// scalars back, and not before `floor` (a scalar boundary at or before `i`): the walk stops there.
    func clauseStart(before i: Int, floor: Int = 0, reach: Int = 24) -> Int {
        var a = i
        var n = 0
        while a > floor, let (v, s) = src.scalar(before: a), !CharacterClass.isClauseBreak(v), n < reach {
            a = s
            n += 1
        }
        return max(a, floor)
    }
}
