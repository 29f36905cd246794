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
    private var context: TextContext { TextContext(src: src) }
    /// The longest label kept, in characters.
    static let maxLabel = 24

    /// Keywords that stay in a label read before the number (新建改造城区公路 63.2 公里).
    static let constructionVerbs: Set<String> = ["新建", "改建", "扩建", "新增"]

    /// How a label was found (a 的-label is the strongest, and is what neighbours inherit).
    enum LabelSource { case attributive, after, before, inherited }

    /// Whether each of `StatisticKeywords.words` (by index) is a construction verb: a lookup by
    /// index instead of hashing the keyword's `String` for every mention.
    static let constructionVerbFlags: [Bool] = StatisticKeywords.words.strings.map { constructionVerbs.contains($0) }

    /// Where the clause before the mention starts, not before `floor` (the previous mention's end):
    /// what the keyword and a label before the number are read from. The walk back stops at `floor`.
    func clauseStart(before c: Candidate, floor: Int) -> Int {
        context.clauseStart(before: c.start, floor: floor)
    }

    /// The keyword: the last statistic keyword in the clause before the number, which starts at
    /// `clauseStart` (see `clauseStart(before:floor:)`). `index` is its index in `StatisticKeywords.words`.
    func keyword(before c: Candidate, clauseStart a: Int) -> (word: String, index: Int, start: Int, end: Int)? {
        var i = a
        var found: (Int, Int, Int)? = nil
        let words = StatisticKeywords.words
        while i < c.start {
            // The scalar is decoded once: most positions start no keyword.
            let (v, len) = src.scalar(at: i)
            if words.mayStart(with: v), let (k, end) = words.match(in: src, at: i, spaced: true), end <= c.start {
                found = (k, i, end)
                i = end
                continue
            }
            i += len
        }
        guard let (k, s, e) = found else { return nil }
        return (StatisticKeywords.words.word(k), k, s, e)
    }

    /// The label read from the clause before the number, which starts at `clauseStart`.
    func labelBefore(_ c: Candidate, clauseStart a: Int, keyword: (word: String, index: Int, start: Int, end: Int)?) -> String? {
        var r: Range<Int>
        if let keyword, Self.constructionVerbFlags[keyword.index], !strip(keyword.end..<c.start).isEmpty {
            r = strip(keyword.start..<c.start)  // 新建改造城区公路: the verb belongs to what is measured
        } else if let keyword, StatisticKeywords.nounFlags[keyword.index], strip(keyword.end..<c.start).isEmpty {
            // 全年平均气温12.3℃: the noun keyword is part of the label, when something stands before it.
            r = strip(a..<keyword.start).isEmpty ? a..<a : strip(a..<keyword.end)
        } else if let keyword {
            r = strip(keyword.end..<c.start)
            if r.isEmpty { r = strip(a..<keyword.start) }
        } else {
            r = strip(a..<c.start)
        }
        if r.isEmpty { return nil }
        // Keep the last `maxLabel` characters (the words nearest the number).
        var s = r.upperBound
        var n = 0
        while s > r.lowerBound, n < Self.maxLabel, let (_, p) = src.scalar(before: s) { s = p; n += 1 }
        return src.compactString(max(s, r.lowerBound)..<r.upperBound)
    }

    /// The label read after the mention: after 的 (attributive), or directly (a count's noun, or a
    /// measure's object). `nextStart` is where the next mention starts, if any.
    func labelAfter(_ c: Candidate, nextMention: (start: Int, end: Int)?) -> (label: String?, attributive: Bool, adjacent: Bool) {
        var i = src.skipSpaces(from: c.end, limit: 4)
        var attributive = false
        if src.value(at: i) == 0x7684 {  // 的
            attributive = true
            i = src.skipSpaces(from: i + 3, limit: 4)
        }
        if let next = nextMention, next.start <= i {
            if attributive {
                i = src.skipSpaces(from: next.end, limit: 4)  // 的5栋大棚
            } else {
                return (nil, false, true)
            }
        }
        if !attributive && c.dimension != .count {
            if LabelWords.notNounStart.match(in: src, at: i) != nil || StatisticKeywords.words.match(in: src, at: i) != nil {
                return (nil, false, false)
            }
        }
        if attributive && LabelWords.verbsAfterDe.match(in: src, at: i) != nil { return (nil, false, false) }
        if !attributive && LabelWords.stops.match(in: src, at: i) != nil {
            return (nil, false, false)
        }
        // The label is the text from `i` to where the loop stops, whitespace left out.
        var n = 0
        var j = i
        while j < src.count, n < Self.maxLabel {
            let (v, len) = src.scalar(at: j)
            if CharacterClass.isSpace(v) { j += len; continue }
            if CharacterClass.isClauseBreak(v) && v != 0x00B7 { break }
            if !attributive && (CharacterClass.digitValue(v) != nil || v == 0x7684) { break }
            if n > 0 {
                if LabelWords.stops.mayStart(with: v), LabelWords.stops.match(in: src, at: j) != nil { break }
                if !attributive, StatisticKeywords.words.mayStart(with: v), StatisticKeywords.words.match(in: src, at: j) != nil { break }
                if v == 0x4E2D, let w = src.value(at: j + len), CharacterClass.isClauseBreak(w) { break }  // 大棚中，
            }
            if !(CharacterClass.isIdeograph(v) || CharacterClass.isLatinLetter(v) || CharacterClass.digitValue(v) != nil || v == 0xB7) { break }
            n += 1
            j += len
        }
        // An age describes a person: "94岁高龄的抗美援朝老兵" is about the veteran, not 高龄.
        // (The unit is compared last: 的 after the label is rare, comparing strings is not cheap.)
        if !attributive, n > 0, src.value(at: src.skipSpaces(from: j, limit: 2)) == 0x7684, c.unit.utf8.elementsEqual("岁".utf8) {
            var after = c
            after.end = j
            let head = labelAfter(after, nextMention: nil)
            if head.attributive, let l = head.label { return (l, true, false) }
        }
        return (n == 0 ? nil : src.compactString(i..<j), attributive, false)
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
