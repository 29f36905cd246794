/// Finds a mention's context: its statistic keyword, its label (what is measured) and its sentence.
///
/// Labels come from the grammar of Chinese statistics sentences, tried in this order:
/// - a count's head noun follows its classifier: "28个行政村" → 行政村;
/// - an attribute before 的: "总投资3.25亿元的热电联产长输管道" → 热电联产长输管道;
/// - the clause before the number, after its keyword: "出动保洁员5400人次" → 保洁员,
///   "新建改造城区公路 63.2 公里" → 新建改造城区公路;
/// - a noun directly after a measure: "总投资 3.25 亿元热电联产长输管道";
/// - otherwise the label of a neighbour in the same sentence: "重点项目41个，总投资145.7亿元".
struct ContextFinder {
    let src: UTF8Source
    /// `labelStopStarts`, held by the finder: a stored property is read through `self`, where a
    /// static one costs a once-check and an accessor call at every scalar of a label.
    let labelStops = LabelStopStarts.standard
    /// The longest label kept, in characters.
    static let maxLabel = 24

    /// Keywords that stay in a label read before the number (新建改造城区公路 63.2 公里).
    static let constructionVerbs: Set<String> = ["新建", "改建", "扩建", "新增"]

    /// How a label was found (a 的-label is the strongest, and is what neighbours inherit).
    enum LabelSource { case attributive, after, before, inherited }

    /// Whether each of `StatisticKeywords.words` (by index) is a construction verb: a lookup by
    /// index instead of hashing the keyword's `String` for every mention.
    static let constructionVerbFlags: [Bool] = StatisticKeywords.words.strings.map { constructionVerbs.contains($0) }

    /// How far back the clause before the number is read at most, in scalars.
    static let clauseReach = 24

    /// Where a statistic keyword may start in the clause before a number, as bits: bit `d` stands
    /// for the byte `d` bytes before the mention. A clause is at most `clauseReach` scalars (96
    /// bytes), so two words hold it, and noting a position is setting a bit (no array to grow).
    struct KeywordStarts {
        /// Bits for `d` below 64.
        var near: UInt64 = 0
        /// Bits for `d` from 64.
        var far: UInt64 = 0

        /// Notes the position `d` bytes before the mention.
        @inline(__always)
        mutating func insert(_ d: Int) {
            if d < 64 { near |= 1 << UInt64(d) } else { far |= 1 << UInt64(d - 64) }
        }
    }

    /// Where the clause before the mention starts: after the previous clause break, at most
    /// `clauseReach` scalars back, and not before `floor` (the previous mention's end, where the walk
    /// stops). It is what the keyword and a label before the number are read from.
    ///
    /// The walk back decodes every scalar of the clause anyway, so it also notes in
    /// `keywordStarts` where a statistic keyword may start (its first scalar starts one):
    /// `keyword(before:keywordStarts:)` tries only those (and only where the next scalar may follow, `SecondScalarFilter`).
    func clauseStart(before start: Int, floor: Int, keywordStarts: inout KeywordStarts) -> Int {
        keywordStarts = KeywordStarts()
        let words = StatisticKeywords.words
        var a = start
        var n = 0
        let seconds = StatisticKeywords.secondScalars
        // (An ideograph is never a clause break: the common case skips the test.)
        while a > floor, let (v, s) = src.scalar(before: a), CharacterClass.isIdeograph(v) || !CharacterClass.isClauseBreak(v),
              n < Self.clauseReach {
            if words.mayStart(with: v), seconds.mayMatch(in: src, at: s, first: v, length: a - s) { keywordStarts.insert(start - s) }
            a = s
            n += 1
        }
        return max(a, floor)
    }

    /// The keyword: the last statistic keyword in the clause before the number, read from the start
    /// of the clause as the words follow one another (a keyword found is skipped over whole).
    /// `keywordStarts` are the clause's positions where one may start, as
    /// `clauseStart(before:floor:keywordStarts:)` noted them, tried furthest first.
    /// `index` is the keyword's index in `StatisticKeywords.words` (its word is
    /// `StatisticKeywords.words.word(index)`: no `String` is carried along with the position).
    func keyword(before start: Int, keywordStarts: KeywordStarts) -> (index: Int, start: Int, end: Int)? {
        var found: (Int, Int, Int)? = nil
        var next = 0  // positions before it lie inside the keyword found last
        let words = StatisticKeywords.words
        var far = keywordStarts.far
        var near = keywordStarts.near
        while far != 0 || near != 0 {
            // The highest bit left is the position furthest back.
            let d: Int
            if far != 0 {
                let bit = 63 - far.leadingZeroBitCount
                far &= ~(1 << UInt64(bit))
                d = 64 + bit
            } else {
                let bit = 63 - near.leadingZeroBitCount
                near &= ~(1 << UInt64(bit))
                d = bit
            }
            let i = start - d
            if i < next { continue }
            if let (k, end) = words.match(in: src, at: i, spaced: true), end <= start {
                found = (k, i, end)
                next = end
            }
        }
        guard let (k, s, e) = found else { return nil }
        return (k, s, e)
    }

    /// The label read from the clause before the number (of the mention starting at byte `start`), which starts at `clauseStart`.
    func labelBefore(before start: Int, clauseStart a: Int, keyword: (index: Int, start: Int, end: Int)?) -> String? {
        var r: Range<Int>
        if let keyword, Self.constructionVerbFlags[keyword.index], !strip(keyword.end..<start).isEmpty {
            r = strip(keyword.start..<start)  // 新建改造城区公路: the verb belongs to what is measured
        } else if let keyword, StatisticKeywords.nounFlags[keyword.index], strip(keyword.end..<start).isEmpty {
            // 全年平均气温12.3℃: the noun keyword is part of the label, when something stands before it.
            r = strip(a..<keyword.start).isEmpty ? a..<a : strip(a..<keyword.end)
        } else if let keyword {
            r = strip(keyword.end..<start)
            if r.isEmpty { r = strip(a..<keyword.start) }
        } else {
            r = strip(a..<start)
        }
        if r.isEmpty || LabelWords.comparisonStarts.match(in: src, at: r.lowerBound) != nil { return nil }
        // Keep the last `maxLabel` characters (the words nearest the number). The walk passes every
        // scalar kept: when none is whitespace, the label is the bytes as they stand.
        var s = r.upperBound
        var n = 0
        var spaced = false
        while s > r.lowerBound, n < Self.maxLabel, let (v, p) = src.scalar(before: s) {
            if v <= 0x20 || v == 0xA0 || v == 0x3000, CharacterClass.isSpace(v) { spaced = true }
            s = p
            n += 1
        }
        let kept = max(s, r.lowerBound)..<r.upperBound
        return spaced ? src.compactString(kept) : src.string(kept)
    }

    /// The label read after the mention: after 的 (attributive), or directly (a count's noun, or a
    /// measure's object), for the mention ending at byte `end`. `nextMention` is where the next mention is, if any.
    func labelAfter(end: Int, dimension: Dimension, unit: String, nextMention: (start: Int, end: Int)?) -> (label: String?, attributive: Bool, adjacent: Bool) {
        var i = src.skipSpaces(from: end, limit: 4)
        let count = src.count
        // The scalar at `i` is decoded once, for 的, the opening word-list tests and the loop's
        // first step (each `match(in:at:)` would decode it again for its first-scalar test).
        var (first, firstLength) = i < count ? src.scalar(at: i) : (0, 0)
        var attributive = false
        if i < count && first == 0x7684 {  // 的
            attributive = true
            i = src.skipSpaces(from: i + 3, limit: 4)
            (first, firstLength) = i < count ? src.scalar(at: i) : (0, 0)
        }
        if let next = nextMention, next.start <= i {
            if attributive {
                i = src.skipSpaces(from: next.end, limit: 4)  // 的5栋大棚
                (first, firstLength) = i < count ? src.scalar(at: i) : (0, 0)
            } else {
                return (nil, false, true)
            }
        }
        if i < count {
            if !attributive && dimension != .count {
                if LabelWords.notNounStart.mayStart(with: first) && LabelWords.notNounStart.match(in: src, at: i) != nil
                    || StatisticKeywords.words.mayStart(with: first) && StatisticKeywords.words.match(in: src, at: i) != nil {
                    return (nil, false, false)
                }
            }
            if attributive {
                if LabelWords.verbsAfterDe.mayStart(with: first), LabelWords.verbsAfterDe.match(in: src, at: i) != nil { return (nil, false, false) }
            } else if LabelWords.stops.mayStart(with: first), LabelWords.stops.match(in: src, at: i) != nil {
                return (nil, false, false)
            }
        }
        // The label is the text from `i` to where the loop stops, whitespace left out.
        var n = 0
        var j = i
        var spaced = false  // whether whitespace was passed (else the label is the bytes as they stand)
        var (v, len) = (first, firstLength)
        while j < count, n < Self.maxLabel {
            if j != i { (v, len) = src.scalar(at: j) }
            if CharacterClass.isIdeograph(v) {
                // Most of a label: an ideograph is no space, clause break or digit, and may stand in
                // a label; only 的 and the words below end the label there.
                if !attributive && v == 0x7684 { break }
            } else {
                if CharacterClass.isSpace(v) {
                    spaced = true
                    j += len
                    continue
                }
                if CharacterClass.isClauseBreak(v) && v != 0x00B7 { break }
                if !attributive && CharacterClass.digitValue(v) != nil { break }
                if !(CharacterClass.isLatinLetter(v) || CharacterClass.digitValue(v) != nil || v == 0xB7) { break }
            }
            // One bit test for the three stops below (most scalars of a label start none of them).
            if n > 0, labelStops.mayStop(at: v) {
                if LabelWords.stops.mayStart(with: v), LabelWords.stops.match(in: src, at: j) != nil { break }
                if !attributive, StatisticKeywords.words.mayStart(with: v), StatisticKeywords.words.match(in: src, at: j) != nil { break }
                if v == 0x4E2D, let w = src.value(at: j + len), CharacterClass.isClauseBreak(w) { break }  // 大棚中，
            }
            n += 1
            j += len
        }
        // An age describes a person: "94岁高龄的抗美援朝老兵" is about the veteran, not 高龄.
        // (The unit is compared last: 的 after the label is rare, comparing strings is not cheap.)
        if !attributive, n > 0, src.value(at: src.skipSpaces(from: j, limit: 2)) == 0x7684, unit.utf8.elementsEqual("岁".utf8) {
            let head = labelAfter(end: j, dimension: dimension, unit: unit, nextMention: nil)
            if head.attributive, let l = head.label { return (l, true, false) }
        }
        if n == 0 { return (nil, attributive, false) }
        return (spaced ? src.compactString(i..<j) : src.string(i..<j), attributive, false)
    }

    /// The byte range without whitespace and filler words at either end.
    func strip(_ range: Range<Int>) -> Range<Int> {
        var a = range.lowerBound
        var b = range.upperBound
        while true {
            a = src.skipSpaces(from: a, limit: 8)
            b = src.skipSpacesBackward(from: b, limit: 8)
            if a >= b { return a..<a }
            if let (_, end) = LabelWords.leadingFillers.match(in: src, at: a), end <= b { a = end; continue }
            if let (_, start) = LabelWords.trailingFillers.match(in: src, endingAt: b), start >= a { b = start; continue }
            return a..<b
        }
    }
}
