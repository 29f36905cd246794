/// Finds every quantity in a Chinese text.
///
/// The entry point of the extraction core. A byte-level loop (`TriggerScanner`) finds where a
/// number can start; the grammar (`QuantityParser`, with the unit lexicon and word lists under
/// `Grammar/`) reads the quantity there; `ContextFinder` adds keyword, label and sentence.
/// Pure Swift over UTF-8: no Foundation, no regular expressions.
///
/// ```swift
/// let result = Extractor().extract("总投资3.25亿元的热电联产长输管道", doc: "a.txt")
/// print(result.mentions[0].value, result.mentions[0].label ?? "")
/// // Prints "325000000.0 热电联产长输管道"
/// ```
public struct Extractor: Sendable {
    /// Whether mentions get their keyword, label and sentence.
    public let findsContext: Bool

    /// Creates an extractor with the built-in grammar.
    public init() {
        findsContext = true
    }

    /// Creates an extractor with the built-in grammar; with `context: false` mentions carry no
    /// keyword, label or sentence (about twice as fast, for jobs that only add up values).
    public init(context: Bool) {
        findsContext = context
    }

    /// Every quantity mention in `text` and the problems met (numbers too large, ...).
    /// `doc` names the source in each record; offsets (mentions and issues) are code point offsets into `text`.
    public func extract(_ text: String, doc: String) -> ExtractionResult {
        extract(UTF8Source(text), doc: doc)
    }

    /// `extract(_:doc:)` for bytes already known to be valid UTF-8 (the input layer validates each
    /// chunk once as it reads it): no `String` is made of them, and they are not copied.
    func extract(validUTF8 bytes: [UInt8], doc: String) -> ExtractionResult {
        extract(UTF8Source(validUTF8: bytes), doc: doc)
    }

    /// Every quantity mention in `src` and the problems met.
    func extract(_ src: UTF8Source, doc: String) -> ExtractionResult {
        let (candidates, rawIssues) = scan(src)
        var issues: [ExtractionIssue] = []
        for (message, at) in rawIssues {
            issues.append(ExtractionIssue(doc: doc, offset: at, message: message))
        }
        let mentions = annotate(candidates, in: src, doc: doc)
        return ExtractionResult(mentions: mentions, issues: issues)
    }

    /// Every quantity mention in `text`, in order of position.
    public func mentions(in text: String, doc: String) -> [Mention] {
        extract(text, doc: doc).mentions
    }

    /// The scan: candidates (byte and code point offsets), and issues with their code point offsets.
    func scan(_ src: UTF8Source) -> (candidates: [Candidate], issues: [(String, Int)]) {
        let scanner = TriggerScanner.standard
        let parser = QuantityParser(src: src)
        var candidates: [Candidate] = []
        candidates.reserveCapacity(src.count / 256)  // about one mention per 400 bytes of prose
        var issues: [(String, Int)] = []
        var i = 0
        var cp = 0
        var lastEnd = 0
        while let (t, tcp) = scanner.next(in: src.bytes, from: i, cp: cp) {
            var next: Int
            switch parser.parse(at: t) {
            case .mention(var c):
                if c.start < lastEnd { c.start = max(lastEnd, min(c.numberStart, t)) }
                c.startCodePoint = tcp - src.codePoints(from: c.start, to: t)
                c.endCodePoint = tcp + src.codePoints(from: t, to: c.end)
                candidates.append(c)
                next = c.end
                lastEnd = c.end
            case .skip(let to):
                next = to
            case .issue(let message, let at, let skipTo):
                let atCodePoint = at >= t ? tcp + src.codePoints(from: t, to: at) : tcp - src.codePoints(from: at, to: t)
                issues.append((message, atCodePoint))
                next = skipTo
            }
            if next <= t { next = t + src.scalar(at: t).length }
            i = next
            cp = tcp + src.codePoints(from: t, to: next)
        }
        return (candidates, issues)
    }

    /// Turns candidates into mentions: code point offsets, text, keyword, label, sentence.
    func annotate(_ candidates: [Candidate], in src: UTF8Source, doc: String) -> [Mention] {
        let finder = ContextFinder(src: src)
        var mentions: [Mention] = []
        mentions.reserveCapacity(candidates.count)
        var labelKinds: [ContextFinder.LabelSource?] = []
        var sentences: [Range<Int>] = []
        var keywordIndices: [Int] = []  // the mention's keyword in StatisticKeywords.words, or -1
        keywordIndices.reserveCapacity(candidates.count)
        labelKinds.reserveCapacity(candidates.count)
        sentences.reserveCapacity(candidates.count)
        let context = TextContext(src: src)
        // Each sentence's text is made once, when it is found, from the whitespace positions its
        // walk noted (no second pass over it); `scratch` gathers the bytes kept for every sentence.
        var sentence = ""
        var spaces: [Int] = []
        var scratch: [UInt8] = []
        for (n, c) in candidates.enumerated() {
            let start = c.startCodePoint
            let end = c.endCodePoint
            if !findsContext {
                mentions.append(Mention(
                    doc: doc, start: start, end: end, text: src.string(c.start..<c.end),
                    value: c.value, valueMax: c.valueMax, unit: c.unit, dimension: c.dimension, qualifier: c.qualifier,
                    surfaceUnit: c.surfaceUnit, exactValue: c.exactValue, exactValueMax: c.exactValueMax))
                continue
            }
            let floor = n > 0 ? candidates[n - 1].end : 0
            let clauseStart = finder.clauseStart(before: c, floor: floor)
            let kw = finder.keyword(before: c, clauseStart: clauseStart)
            keywordIndices.append(kw?.index ?? -1)
            let next = n + 1 < candidates.count ? (candidates[n + 1].start, candidates[n + 1].end) : nil
            var label: String? = nil
            var kind: ContextFinder.LabelSource? = nil
            let after = finder.labelAfter(c, nextMention: next)
            if c.dimension == .count {
                if let l = after.label { label = l; kind = after.attributive ? .attributive : .after }
                else if !after.adjacent, let l = finder.labelBefore(c, clauseStart: clauseStart, keyword: kw) { label = l; kind = .before }
            } else {
                if after.attributive, let l = after.label { label = l; kind = .attributive }
                else if let l = after.label { label = l; kind = .after }
                else if let l = finder.labelBefore(c, clauseStart: clauseStart, keyword: kw) { label = l; kind = .before }
            }
            labelKinds.append(kind)
            if let last = sentences.last, last.contains(c.numberStart) {
                sentences.append(last)  // the same sentence as the previous mention: found once
            } else {
                let range = context.sentence(around: c.numberStart, spaces: &spaces)
                sentences.append(range)
                sentence = src.sentenceString(range, spaces: spaces, scratch: &scratch)
            }
            mentions.append(Mention(
                doc: doc, start: start, end: end, text: src.string(c.start..<c.end),
                value: c.value, valueMax: c.valueMax, unit: c.unit, dimension: c.dimension, qualifier: c.qualifier,
                surfaceUnit: c.surfaceUnit, label: label, keyword: kw?.word, sentence: sentence,
                exactValue: c.exactValue, exactValueMax: c.exactValueMax))
        }
        if !findsContext { return mentions }
        // Neighbours in one sentence share a label: the next one's attributive label first
        // ("历时3个月、总长度20公里、总投资3.25亿元的热电联产长输管道"), else the previous one's.
        for n in mentions.indices.reversed() where mentions[n].label == nil {
            if n + 1 < mentions.count, sentences[n + 1] == sentences[n],
               labelKinds[n + 1] == .attributive || (labelKinds[n + 1] == .inherited && mentions[n + 1].label != nil) {
                mentions[n].label = mentions[n + 1].label
                labelKinds[n] = .inherited
            }
        }
        for n in mentions.indices where mentions[n].label == nil {
            if n > 0, sentences[n - 1] == sentences[n], let l = mentions[n - 1].label {
                mentions[n].label = l
                labelKinds[n] = .inherited
            } else if n + 1 < mentions.count, sentences[n + 1] == sentences[n], mentions[n].dimension == .count,
                      candidates[n + 1].start <= src.skipSpaces(from: candidates[n].end, limit: 4) {
                mentions[n].label = mentions[n + 1].label  // 238户416人建档立卡贫困人口
            }
        }
        // Last resort: a keyword that names the measured thing is its label ("气温12.3℃").
        for n in mentions.indices where mentions[n].label == nil {
            if let k = mentions[n].keyword, keywordIndices[n] >= 0, StatisticKeywords.nounFlags[keywordIndices[n]] { mentions[n].label = k }
        }
        return mentions
    }
}
