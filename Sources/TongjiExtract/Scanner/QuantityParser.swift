/// Reads the quantity at a trigger position: [qualifier] [sign] number [scale] [vague tail] unit
/// [qualifier], or a range (number [unit] 至/到/—/~ number unit), or 百分之 + number, and applies
/// the grammar's rules for what is not a quantity (years, dates, ordinals, codes, the article 一,
/// reduplications, slogans, idioms).
///
/// It works on UTF-8 byte offsets and never traps: every index is checked against the text's end.
struct QuantityParser {
    let src: UTF8Source
    private let lexicon = UnitLexicon.standard
    private let reader: NumberReader
    private let context: TextContext
    private let followers = FollowerTable.standard
    /// The word lists asked at nearly every number, held by the parser: a stored property is read
    /// through `self`, where a static one costs a once-check and an accessor call per question.
    private let beforeWords = QualifierWords.beforeWords
    private let afterWords = QualifierWords.afterWords
    private let ordinalPrefixes = Distractors.ordinalPrefixes
    private let idiomsAfterOne = Distractors.idiomsAfterOne
    private let fractionPrefixes = Self.fractionPrefixList

    init(src: UTF8Source) {
        self.src = src
        self.reader = NumberReader(src: src)
        self.context = TextContext(src: src)
    }

    /// 百分之 (per hundred), 千分之 (per thousand), 万分之 (per ten thousand) before a number.
    private static let fractionPrefixList = WordList(["百分之", "千分之", "万分之", "萬分之", "仟分之", "佰分之"])
    private static let fractionFactors: [ExactDecimal] = [
        ExactDecimal(significand: 1), ExactDecimal(significand: 1, exponent: -1), ExactDecimal(significand: 1, exponent: -2),
        ExactDecimal(significand: 1, exponent: -2), ExactDecimal(significand: 1, exponent: -1), ExactDecimal(significand: 1),
    ]
    /// Words before a bare 日 that make it a duration rather than a date ("历时5日", "为期3日").
    private static let durationCues = WordList(["历时", "为期", "连续", "用时", "耗时", "持续", "历经", "需要", "仅用", "用了", "提前", "延长", "缩短", "压缩为", "压缩至", "不超过", "每"])
    /// Range connectors: 3至5亿元, 10到15公里, 3—5亿元, 3亿~5亿元, 20%-30% (a switch, not a `Set`:
    /// asked at every number, where hashing the scalar cost more than the rest of the test).
    @inline(__always)
    private static func isConnector(_ v: UInt32) -> Bool {
        switch v {
        case 0x81F3, 0x5230, 0x2D, 0x2014, 0x2013, 0x7E, 0xFF5E, 0x301C, 0xFF0D: return true
        default: return false
        }
    }
    /// Characters that make 内 the start of a word (内蒙古, 内容, 内部, 内外, 内地, 内资, 内需, 内河, 内江).
    private static let wordsAfterNei: Set<UInt32> = Set("蒙容部外地资需涵河江陆科".unicodeScalars.map(\.value))
    /// Signs written right before a number: - － − 负.
    @inline(__always)
    private static func isSign(_ v: UInt32) -> Bool {
        v == 0x2D || v == 0xFF0D || v == 0x2212 || v == 0x8D1F
    }
    /// Characters that make Arabic digits after them a code, date or time when a digit or letter
    /// stands before them: : ： / . _ # @ % = & ? + (a highway stake number, K386+500)
    @inline(__always)
    private static func isCodeJoiner(_ v: UInt32) -> Bool {
        switch v {
        case 0x3A, 0xFF1A, 0x2F, 0x2E, 0x5F, 0x23, 0x40, 0x25, 0x3D, 0x26, 0x3F, 0x2B: return true
        default: return false
        }
    }

    /// The outcome at trigger byte `t`.
    func parse(at t: Int) -> ParseOutcome {
        let (tv, tlen) = src.scalar(at: t)
        // Fast path: a Chinese numeral followed by a character that no number, unit, qualifier or
        // connector starts with (一些, 统一, 进一步) is not a quantity. Most triggers end here.
        if tlen == 3, t + 3 < src.count, CharacterClass.digitValue(tv) == nil, !followers.contains(src.scalar(at: t + 3).value) {
            return .skip(to: t + tlen)
        }
        var numberStart = t
        var spanStart = t
        var negative = false
        var fraction: (factor: ExactDecimal, end: Int)? = nil
        var leadVague = false

        if tv == 0x96F6, t + tlen < src.count, src.scalar(at: t + tlen).value == 0x4E0B {
            // 零下28℃, 零下二十几度
            let k = src.skipSpaces(from: t + tlen + 3, limit: 2)
            guard reader.read(at: k) != nil else { return .skip(to: t + tlen + 3) }
            negative = true
            numberStart = k
        } else if let (k, end) = fractionPrefixes.match(in: src, at: t, spaced: true) {
            let n = src.skipSpaces(from: end, limit: 3)
            guard n < src.count, reader.read(at: n) != nil else { return .skip(to: end) }
            fraction = (Self.fractionFactors[k], n)
            numberStart = n
        } else if let (v, s) = src.scalar(before: t), v == 0x51E0 || v == 0x6570, ChineseNumerals.smallUnit(tv) != nil || ChineseNumerals.largeUnit(tv) != nil {
            leadVague = true  // 几十年, 数百人: the lower bound, over
            spanStart = s
        }

        guard var num = reader.read(at: numberStart) else { return .skip(to: t + tlen) }
        if num.isArabic, fraction == nil, !negative, CurrencySigns.mayEndSign(src.bytes.span, before: num.start),
           let sign = CurrencySigns.sign(before: num.start, in: src), let m = currencyMention(num, unit: sign.unit, signStart: sign.start) {
            return m
        }
        // Fast path: Arabic digits at the trigger with nothing after them that a unit or a range
        // connector starts with (dates such as "2022.", list numbers, codes). Every rule below
        // would skip them to `num.end`: without a unit or a range they are no quantity, and the
        // sign and ordinal rules skip to the same place. Digits after 百分之 or 零下 (a quantity
        // without a unit), too-large numbers (an issue) and 万/亿 counts (30万龙山儿女) take the
        // full path.
        if numberStart == t, num.isArabic, fraction == nil, num.value != nil, !num.hasLargeScale, !mayFollowArabic(num.end) {
            return .skip(to: num.end)
        }
        if fraction == nil && !negative && !leadVague {
            switch precedingSign(start: num.start, isArabic: num.isArabic) {
            case .code: return .skip(to: num.end)
            case .negative(let s): negative = true; spanStart = s
            case .none: break
            }
        }
        if isOrdinalOrName(isArabic: num.isArabic, spanStart: spanStart, numberEnd: num.end) { return .skip(to: max(num.end, t + tlen)) }
        if !num.isArabic, num.end == t + tlen, t + tlen < src.count, !followers.contains(src.scalar(at: t + tlen).value) {
            return .skip(to: t + tlen)
        }

        guard let numberValue = num.value else {
            let u = lexicon.match(in: src, at: src.skipSpaces(from: num.end, limit: 2))
            if u != nil || num.scalePower > 0 || num.digitCount > 32 {
                return .issue(message: tooLargeMessage(num), at: num.start, skipTo: u?.end ?? num.end)
            }
            return .skip(to: num.end)
        }
        if num.isDigitSequence { return .skip(to: num.end) }

        // Prefix qualifier (约 近 超过 突破 不到 ...), and 上 before a bare scale (上万户).
        var qualifier: Qualifier? = nil
        let q = src.skipSpacesBackward(from: spanStart, limit: 2)
        if let (k, s) = beforeWords.match(in: src, endingAt: q) {
            let word = beforeWords.words[k]
            let blocked = word == [0x8FD1] && src.scalar(before: s).map { QualifierWords.notBeforeNear.contains($0.value) } == true
            if !blocked {
                qualifier = QualifierWords.beforeQualifiers[k]
                spanStart = s
            }
        } else if num.isBareScale, let (v, s) = src.scalar(before: spanStart), v == 0x4E0A {
            qualifier = .over
            spanStart = s
        }
        if leadVague { qualifier = qualifier ?? .over }

        // 百分之十五
        if let fraction {
            var end = num.end
            let (sq, send) = suffixQualifier(after: end, dimension: .percent)
            if let sq { qualifier = qualifier ?? sq; end = send }
            let exact = numberValue.multiplied(by: fraction.factor).map { negative ? negate($0) : $0 }
            let value = exact?.doubleValue ?? numberValue.doubleValue
            let surface = src.compactString(t..<fraction.end)
            return .mention(Candidate(start: min(spanStart, t), end: end, numberStart: t, value: value, exactValue: exact,
                                      unit: "%", dimension: .percent, qualifier: qualifier ?? (num.vagueOver ? .over : .exact),
                                      surfaceUnit: surface))
        }

        // A range: 3至5亿元, 10到15公里, 20%-30%, 3亿~5亿元.
        var high: NumberReading? = nil
        var unitMatch = lexicon.match(in: src, at: src.skipSpaces(from: num.end, limit: 4))
        if let r = readRangeEnd(after: num, firstUnit: unitMatch) {
            high = r.number
            unitMatch = r.unit
            if num.scalePower == 0 && r.number.scalePower > 0 && !num.isBareScale {
                num.value = numberValue.scaled(byPowerOfTen: r.number.scalePower)
                num.scalePower = r.number.scalePower
            }
        }

        guard let (entry, unitEnd) = unitMatch else {
            return countWithoutClassifier(num, spanStart: spanStart, qualifier: qualifier) ?? .skip(to: num.end)
        }
        let unitStart = src.skipSpaces(from: high?.end ?? num.end, limit: 4)
        let baseValue = num.value ?? numberValue

        // Rules that make it not a quantity.
        if entry.kind == .blocker { return .skip(to: unitEnd) }
        switch entry.guardRule {
        case .none:
            break
        case .afterDigits(let notBefore):
            if !num.isArabic { return .skip(to: unitEnd) }
            if let next = src.value(at: unitEnd), notBefore.contains(next) { return .skip(to: unitEnd) }
        case .chineseNumeralBefore(let allowedBefore):
            if !num.isArabic, let next = src.value(at: unitEnd), CharacterClass.isIdeograph(next), !allowedBefore.contains(next) {
                return .skip(to: unitEnd)
            }
        }

        if num.start == t && tv == ChineseNumerals.half && !(entry.kind == .duration || entry.kind == .measure) {
            return .skip(to: unitEnd)  // 半棵, 半成: not a statistic
        }
        if num.start == t && tv == ChineseNumerals.half, qualifier == nil, let (before, _) = src.scalar(before: t),
           before == 0x4E0A || before == 0x4E0B {
            return .skip(to: unitEnd)  // 上半年, 下半月: a period's name, not half a year
        }
        if num.isBareOne && qualifier == nil && high == nil, Distractors.beforeTheLastOne.match(in: src, endingAt: spanStart) != nil {
            return .skip(to: unitEnd)  // 最后一公里, 最后一米: "the last", not a measure
        }
        if num.isBareOne && qualifier == nil && high == nil && src.value(at: unitEnd) != ChineseNumerals.half && !entry.addsHalf
            && !entry.impliesOver && !(entry.kind == .duration && isVagueMore(at: unitEnd)) {
            if idiomsAfterOne.match(in: src, at: unitStart) != nil { return .skip(to: unitEnd) }
            switch entry.kind {
            case .classifier, .duration, .dayOfMonth, .degree, .tenths: return .skip(to: unitEnd)
            default: break
            }
        }
        if !num.isArabic, entry.kind == .classifier, !num.isBareOne,
           let (_, end) = Distractors.numberedSlogans.match(in: src, at: num.start) {
            return .skip(to: max(end, unitEnd))  // 两个维护, 四个意识, 八项规定: a slogan's name, unquoted
        }
        if !num.isArabic && entry.kind == .classifier && baseValue.significand == 0 {
            return .skip(to: unitEnd)  // 零部件, 零件: 零 starts a word, no count of nothing
        }
        if num.isBareScale && !num.vagueOver && !leadVague && qualifier == nil
            && !(num.digitCount >= 2 && isThresholdWord(at: unitEnd)) {
            return .skip(to: unitEnd)
        }
        if entry.kind == .duration && entry.unit == "year" && num.isArabic && num.integerDigits == 4
            && !num.hasFraction && qualifier == nil && num.scalePower == 0 {
            return .skip(to: unitEnd)  // 2022年, 2020-2022年
        }
        if entry.kind == .dayOfMonth && !isDuration(day: num, spanStart: spanStart, unitEnd: unitEnd) {
            return .skip(to: unitEnd)
        }
        if entry.kind == .tenths {
            let next = src.value(at: unitEnd)
            if baseValue.doubleValue > 10 || num.scalePower > 0 || next.map({ Distractors.notTenths.contains($0) }) == true {
                return .skip(to: unitEnd)
            }
        }
        if entry.kind == .classifier, let next = src.value(at: unitEnd) {
            if !entry.surface.isEmpty, next == entry.lastScalar {
                return .skip(to: unitEnd + src.scalar(at: unitEnd).length)  // 一个个, 一辆辆
            }
            if !num.isArabic, isNumeralStart(next) {
                // 三个十条, 五个一: a numbered slogan; skip the numeral that follows too.
                return .skip(to: reader.read(at: unitEnd)?.end ?? unitEnd)
            }
        }
        var dimension = entry.dimension
        var unit = entry.unit
        var exactFactor = entry.exactFactor
        var factor = entry.factor
        if entry.kind == .degree {
            switch degreeMeaning(at: t, negative: negative, large: num.scalePower > 0 || baseValue.doubleValue >= 100) {
            case .temperature?: dimension = .temperature; unit = "degC"
            case .energy?: dimension = .energy; unit = "kWh"
            default: return .skip(to: unitEnd)
            }
            exactFactor = ExactDecimal(significand: 1); factor = 1
        }

        // After the unit: 半 (一吨半), then a qualifier (以上, 以内, 左右, 多 ...).
        var end = unitEnd
        var half = false
        if high == nil, num.scalePower == 0, !num.hasFraction, src.value(at: end) == ChineseNumerals.half,
           entry.kind == .measure || entry.kind == .duration || entry.kind == .tenths {
            half = true
            end += 3
        }
        if entry.addsHalf && high == nil { half = true }  // 3个半小时
        let (sq, send) = suffixQualifier(after: end, dimension: dimension)
        if let sq { end = send; qualifier = qualifier ?? sq }
        if entry.impliesOver || num.vagueOver || (high?.vagueOver ?? false) { qualifier = qualifier ?? .over }

        // Values in the base unit.
        var low = baseValue
        if half, let h = low.adding(ExactDecimal(significand: 5, exponent: -1)) { low = h }
        let (exact, value) = convert(low, exactFactor: exactFactor, factor: factor, negative: negative)
        var exactMax: ExactDecimal? = nil
        var valueMax: Double? = nil
        if let high, let hv = high.value {
            (exactMax, valueMax) = convert(hv, exactFactor: exactFactor, factor: factor, negative: false)  // signed already (readSignedRangeEnd)
        }
        if !num.isArabic && isInsideTitle(spanStart) { return .skip(to: unitEnd) }
        if !num.isArabic, num.end == num.start + 3, Distractors.mayStartIdiomPair(src.value(at: num.start) ?? 0, src.value(at: num.end) ?? 0),
           let e = idiomEnd(around: num.start) {
            return .skip(to: max(e, unitEnd))
        }
        if qualifier == nil && dimension == .money, let (v, _) = src.scalar(before: spanStart), v == 0x5E01 || v == 0x5143 || v == 0x91D1 || v == 0x9551 {
            qualifier = qualifierBeforeCurrencyName(spanStart)  // after 币 元 金 镑, the ends of 人民币 美元 美金 英镑 ...
        }
        // Without a closure over `self` (`high.map`): not inlined, it copied the parser per mention.
        let scaleOf = high ?? num
        let scale = scaleOf.isArabic ? scaleSurface(scaleOf) : ""
        // The unit as written: the lexicon's own string when no space stands inside it (no copy).
        let written = unitEnd - unitStart == entry.surfaceByteCount ? entry.surface : src.compactString(unitStart..<unitEnd)
        let surface = scale.isEmpty ? written : scale + written
        return .mention(Candidate(start: spanStart, end: end, numberStart: num.start, value: value, exactValue: exact,
                                  valueMax: valueMax, exactValueMax: exactMax, unit: unit, dimension: dimension,
                                  qualifier: qualifier ?? .exact, surfaceUnit: surface))
    }

    // MARK: Rules

    private enum Sign { case none, negative(Int), code }

    /// A sign or a code character right before Arabic digits: -12.6% is negative; 4DHT, B12, 10:30,
    /// 2022-01 and 0439-1234567 are codes, dates or times.
    private func precedingSign(start: Int, isArabic: Bool) -> Sign {
        guard let (p, ps) = src.scalar(before: start) else { return .none }
        if isArabic && CharacterClass.isLatinLetter(p) { return .code }
        if isArabic, Self.isCodeJoiner(p), let (q, _) = src.scalar(before: ps),
           CharacterClass.digitValue(q) != nil || CharacterClass.isLatinLetter(q) {
            return .code
        }
        if Self.isSign(p) {
            if let (q, _) = src.scalar(before: ps), p != 0x8D1F,
               CharacterClass.digitValue(q) != nil || CharacterClass.isLatinLetter(q) {
                return .code
            }
            return .negative(ps)
        }
        return .none
    }

    /// Whether a unit word (after up to four spaces) or a range connector (after up to two) can
    /// follow a number ending at byte `end`: the places where the parser looks after a number.
    @inline(__always)
    private func mayFollowArabic(_ end: Int) -> Bool {
        let u = src.skipSpaces(from: end, limit: 4)
        if u < src.count, lexicon.words.mayStart(with: src.scalar(at: u).value) { return true }
        let c = src.skipSpaces(from: end, limit: 2)
        return c < src.count && Self.isConnector(src.scalar(at: c).value)
    }

    /// Ordinals and ranks (第一, 初五, 周一), phone numbers and codes named as such (热线8890),
    /// numerals right after an opening quote (“六域”, “31345”) and inside a book title (《十条》).
    private func isOrdinalOrName(isArabic: Bool, spanStart: Int, numberEnd: Int) -> Bool {
        let p = src.skipSpacesBackward(from: spanStart, limit: 1)
        if let (k, _) = ordinalPrefixes.match(in: src, endingAt: p) {
            let w = ordinalPrefixes.words[k]
            let weekdayLike = w == [0x521D] || w == [0x5468] || w == [0x661F, 0x671F] || w == [0x793C, 0x62DC] || w == [0x6BCF, 0x5468]
            if !weekdayLike || !isArabic { return true }
        }
        guard !isArabic, let (c, cs) = src.scalar(before: spanStart) else { return false }
        if CharacterClass.isOpeningQuote(c) { return true }
        // 三个十条: a Chinese numeral right after [numeral][classifier] continues a numbered slogan.
        if let (d, _) = src.scalar(before: cs), isNumeralStart(d), let (before, _) = lexicon.match(in: src, at: cs),
           CharacterClass.isIdeograph(c) {
            // 十年六个月, 三天十二小时: a length of time written in two units is no slogan.
            return !(before.kind == .duration && lexicon.match(in: src, at: numberEnd)?.entry.kind == .duration)
        }
        return false
    }

    /// What 度 after the number at byte `t` measures, from the words around it: a temperature in
    /// weather text (or below zero), a kilowatt-hour beside electricity words, else nothing (一度,
    /// 角度). A `large` value (a 万/亿 scale, or 100 and more) is no weather temperature, so there
    /// electricity words win ("高温天气下全市用电量达到1.32亿度"). When the sentence has neither kind of
    /// word, the sentence before it decides ("月用电量在230度以内…；231至420度的部分执行第二档").
    private func degreeMeaning(at t: Int, negative: Bool, large: Bool) -> Dimension? {
        if negative { return .temperature }
        var sentence = context.sentence(around: t)
        for _ in 0..<2 {
            let weather = context.contains(Distractors.weatherWords, in: sentence)
            let electricity = context.contains(Distractors.electricityWords, in: sentence)
            if electricity && (large || !weather) { return .energy }
            if weather { return .temperature }
            guard let (_, previous) = src.scalar(before: sentence.lowerBound) else { break }
            sentence = context.sentence(around: previous)
        }
        return nil
    }

    /// Whether 多 at byte `i` makes a length of time after 一 vague (一年多, 一天多的时间, 一周多来), not
    /// the start of another word (一年多次, 一天多种): 多 at the end of the clause or before one of
    /// the few words that follow such a length of time.
    private func isVagueMore(at i: Int) -> Bool {
        guard src.value(at: i) == 0x591A else { return false }
        guard let next = src.value(at: i + 3), CharacterClass.isIdeograph(next) else { return true }
        return Self.wordsAfterVagueLength.contains(next)
    }

    /// What follows 一年多 and the like: 的 了 来 时(间) 后 前 以(来) 才 就 里 中 过 都 也 还 便 已 没 未.
    private static let wordsAfterVagueLength: Set<UInt32> = Set("的了来时后前以才就里中过都也还便已没未".unicodeScalars.map(\.value))

    /// Inside a book title: an unclosed 《 within the clause (《人才政策十条》).
    ///
    /// Walks back over at most 30 scalars by their last bytes: 《 》 。 are E3 80 8A/8B/82, ！ ？ ；
    /// are EF BC 81/9F/9B, and ! ? ; are ASCII, so a scalar is decoded only when its last byte is
    /// one of those (or it is not three bytes long).
    private func isInsideTitle(_ spanStart: Int) -> Bool {
        let text = src.bytes.span
        var a = min(spanStart, text.count)
        var n = 0
        while a > 0, n < 30 {
            let last = text[unchecked: a - 1]
            if last >= 0x80, last != 0x8A, last != 0x8B, last != 0x82, last != 0x81, last != 0x9F, last != 0x9B,
               a >= 3, text[unchecked: a - 3] & 0xF0 == 0xE0 {
                a -= 3  // a three-byte scalar that is none of the marks
            } else {
                guard let (v, s) = src.scalar(before: a) else { break }
                if v == 0x300B || CharacterClass.isSentenceEnd(v) { break }
                if v == 0x300A { return true }
                a = s
            }
            n += 1
        }
        return false
    }

    /// 日 is a duration with 内/以内/之内 after it or a duration word before it ("1日内", "为期5日");
    /// otherwise, and always after 月, it is a date.
    private func isDuration(day num: NumberReading, spanStart: Int, unitEnd: Int) -> Bool {
        if let (v, _) = src.scalar(before: src.skipSpacesBackward(from: spanStart, limit: 1)), v == 0x6708 { return false }
        if let (k, _) = afterWords.match(in: src, at: unitEnd), QualifierWords.afterQualifiers[k] == .under { return true }
        var a = spanStart
        for _ in 0..<8 {
            if Self.durationCues.match(in: src, endingAt: a) != nil { return true }
            guard let (v, s) = src.scalar(before: a), !CharacterClass.isClauseBreak(v) else { break }
            a = s
        }
        return false
    }

    /// A qualifier after the unit, limited to where it reads as one: 多/余 not after classifiers
    /// ("3个多功能厅"), 内 after durations and lengths, 上下 only before punctuation or 的.
    private func suffixQualifier(after i: Int, dimension: Dimension) -> (Qualifier?, Int) {
        let k = src.skipSpaces(from: i, limit: 1)
        guard let (w, end) = afterWords.match(in: src, at: k) else { return (nil, i) }
        let word = afterWords.words[w]
        if (word == [0x591A] || word == [0x4F59]) && dimension == .count { return (nil, i) }
        if word == [0x5185] {
            // 内 is "within" after durations and distances, but not the start of 内蒙古, 内容, 内部 ...
            if !(dimension == .duration || dimension == .length || dimension == .area) { return (nil, i) }
            if let next = src.value(at: end), Self.wordsAfterNei.contains(next) { return (nil, i) }
        }
        if word == [0x4E0A, 0x4E0B], let next = src.value(at: end), CharacterClass.isIdeograph(next), next != 0x7684 { return (nil, i) }
        return (QualifierWords.afterQualifiers[w], end)
    }

    /// The high end of a range after `num` (and its unit, if written twice: 20%-30%, 3亿~5亿元).
    ///
    /// Inlined up to the connector test, which turns nearly every number away before the range's
    /// result (a large optional) is built and copied.
    @inline(__always)
    private func readRangeEnd(after num: NumberReading, firstUnit: (entry: UnitEntry, end: Int)?) -> (number: NumberReading, unit: (entry: UnitEntry, end: Int))? {
        let afterFirst = firstUnit?.end ?? num.end
        let c = src.skipSpaces(from: afterFirst, limit: 2)
        guard c < src.count else { return nil }
        let (cv, clen) = src.scalar(at: c)
        guard Self.isConnector(cv) else { return nil }
        return readRangeEnd(after: num, firstUnit: firstUnit, connector: cv, at: c, length: clen)
    }

    /// `readRangeEnd(after:firstUnit:)` past the connector test: connector `cv` of `clen` bytes at
    /// byte `c`; when the unsigned reading finds no range and a sign stands before the low end,
    /// the signed one (`readSignedRangeEnd`).
    @inline(never)
    private func readRangeEnd(after num: NumberReading, firstUnit: (entry: UnitEntry, end: Int)?,
                              connector cv: UInt32, at c: Int, length clen: Int) -> (number: NumberReading, unit: (entry: UnitEntry, end: Int))? {
        if let r = readUnsignedRangeEnd(after: num, firstUnit: firstUnit, connector: cv, at: c, length: clen) { return r }
        return isNegative(num) ? readSignedRangeEnd(after: num, firstUnit: firstUnit) : nil
    }

    /// Whether a sign (- － − 负) or 零下 stands right before `num`: the low end of a range is negative.
    private func isNegative(_ num: NumberReading) -> Bool {
        if let (v, _) = src.scalar(before: num.start), Self.isSign(v) { return true }
        let b = src.skipSpacesBackward(from: num.start, limit: 2)
        guard let (x, xs) = src.scalar(before: b), x == 0x4E0B, let (y, _) = src.scalar(before: xs) else { return false }
        return y == 0x96F6  // 零下
    }

    /// The unsigned range reading of `readRangeEnd(after:firstUnit:connector:at:length:)` (inlined
    /// there: its result is not copied once more).
    @inline(__always)
    private func readUnsignedRangeEnd(after num: NumberReading, firstUnit: (entry: UnitEntry, end: Int)?,
                                      connector cv: UInt32, at c: Int, length clen: Int) -> (number: NumberReading, unit: (entry: UnitEntry, end: Int))? {
        var n2s = c + clen
        if cv == 0x2014, let v = src.value(at: n2s), v == 0x2014 { n2s += 3 }  // ——
        n2s = src.skipSpaces(from: n2s, limit: 2)
        guard let n2 = reader.read(at: n2s), let v2 = n2.value, let lowValue = num.value,
              n2.isArabic == num.isArabic || !n2.isDigitSequence,
              let u2 = lexicon.match(in: src, at: src.skipSpaces(from: n2.end, limit: 4)) else { return nil }
        if let firstUnit, firstUnit.entry.surface != u2.entry.surface { return nil }
        if u2.entry.kind == .blocker { return nil }
        let lowScaled = (num.scalePower == 0 && n2.scalePower > 0) ? lowValue.scaled(byPowerOfTen: n2.scalePower) : lowValue
        guard lowScaled < v2 else { return nil }
        return (n2, u2)
    }

    /// A range whose low end is negative, where the unsigned reading finds none (-5℃至3℃,
    /// -5至3℃, 零下5℃至3℃, -5℃至-3℃): the sign belongs to the low end only, and the high end may
    /// carry its own (- or 零下). The high end's value is returned signed.
    private func readSignedRangeEnd(after num: NumberReading, firstUnit: (entry: UnitEntry, end: Int)?) -> (number: NumberReading, unit: (entry: UnitEntry, end: Int))? {
        let c = src.skipSpaces(from: firstUnit?.end ?? num.end, limit: 2)
        guard c < src.count, let lowValue = num.value else { return nil }
        let (cv, clen) = src.scalar(at: c)
        guard Self.isConnector(cv) else { return nil }
        var n2s = src.skipSpaces(from: c + clen, limit: 2)
        var highNegative = false
        if n2s < src.count, Self.isSign(src.scalar(at: n2s).value) {
            highNegative = true
            n2s += src.scalar(at: n2s).length
        } else if src.value(at: n2s) == 0x96F6, src.value(at: n2s + 3) == 0x4E0B {  // 零下
            highNegative = true
            n2s = src.skipSpaces(from: n2s + 6, limit: 2)
        }
        guard var n2 = reader.read(at: n2s), let v2 = n2.value, n2.isArabic == num.isArabic || !n2.isDigitSequence,
              let u2 = lexicon.match(in: src, at: src.skipSpaces(from: n2.end, limit: 4)), u2.entry.kind != .blocker else { return nil }
        if let firstUnit, firstUnit.entry.surface != u2.entry.surface { return nil }
        let high = highNegative ? negate(v2) : v2
        guard negate(lowValue) < high else { return nil }
        n2.value = high
        return (n2, u2)
    }

    /// A number after a currency sign or code ($20, ￥300, US$5亿, €2.5亿, RMB 300; `unit` and
    /// `signStart` from `CurrencySigns.sign`): money in that currency, the scale read with the
    /// number; a unit word of the same currency after it is part of the mention (￥300元). Nil when
    /// another measure follows.
    @inline(never)
    private func currencyMention(_ num: NumberReading, unit: String, signStart: Int) -> ParseOutcome? {
        guard let value = num.value, !num.isDigitSequence else { return nil }
        var spanStart = signStart
        var qualifier: Qualifier? = nil
        let q = src.skipSpacesBackward(from: spanStart, limit: 2)
        if let (k, s) = QualifierWords.beforeWords.match(in: src, endingAt: q) {
            qualifier = QualifierWords.beforeQualifiers[k]
            spanStart = s
        }
        var end = num.end
        var written = ""
        let u = src.skipSpaces(from: end, limit: 1)
        if let (entry, unitEnd) = lexicon.match(in: src, at: u), entry.kind != .classifier {
            // A classifier after it is another word (RMB 1280起 = from 1280); a measure is not money.
            guard entry.dimension == .money, entry.unit == unit else { return nil }
            written = src.compactString(u..<unitEnd)
            end = unitEnd
        }
        let (sq, send) = suffixQualifier(after: end, dimension: .money)
        if let sq { qualifier = qualifier ?? sq; end = send }
        let surface = src.compactString(signStart..<num.start) + scaleSurface(num) + written
        return .mention(Candidate(start: spanStart, end: end, numberStart: num.start, value: value.doubleValue, exactValue: value,
                                  unit: unit, dimension: .money, qualifier: qualifier ?? (num.vagueOver ? .over : .exact),
                                  surfaceUnit: surface))
    }

    /// A numeral inside a four-character idiom (三番五次, 一五一十, 一年半载): the idiom's end when one
    /// of `Distractors.numeralIdioms` covers byte `start`, else nil.
    private func idiomEnd(around start: Int) -> Int? {
        var a = start
        for _ in 0..<4 {
            var key: UInt64 = 0
            var e = a
            for _ in 0..<4 {
                guard e < src.count else { return nil }
                let (v, len) = src.scalar(at: e)
                guard CharacterClass.isIdeograph(v) else { break }
                key = key << 16 | UInt64(v & 0xFFFF)
                e += len
            }
            if e > start, Distractors.isNumeralIdiom(key) { return e }
            guard let (_, s) = src.scalar(before: a) else { break }
            a = s
        }
        return nil
    }

    /// A two-character qualifier word after the unit at byte `i` (以上, 及以上, 以下, 以内, 左右):
    /// the threshold that makes a two-character bare scale a number (百万人次以上, 千万元以上 =
    /// over), as the spec's 500万元以上. One-character words (多, 余, 内) do not count, nor does a
    /// lone scale character (亿元以上 is optional in the references: 亿 there names a class).
    private func isThresholdWord(at i: Int) -> Bool {
        guard let (k, _) = QualifierWords.afterWords.match(in: src, at: src.skipSpaces(from: i, limit: 1)) else { return false }
        return QualifierWords.afterWords.words[k].count >= 2
    }

    /// A qualifier written before a currency name before the number (约合人民币19.5亿元: approx), or nil.
    private func qualifierBeforeCurrencyName(_ spanStart: Int) -> Qualifier? {
        let q = src.skipSpacesBackward(from: spanStart, limit: 2)
        guard let (k0, s) = lexicon.words.match(in: src, endingAt: q), lexicon.entries[k0].dimension == .money,
              let (k, _) = QualifierWords.beforeWords.match(in: src, endingAt: src.skipSpacesBackward(from: s, limit: 1)) else { return nil }
        return QualifierWords.beforeQualifiers[k]
    }

    /// A count written without a classifier after 万/亿: "30万龙山儿女" is 300000 人.
    private func countWithoutClassifier(_ num: NumberReading, spanStart: Int, qualifier: Qualifier?) -> ParseOutcome? {
        guard num.hasLargeScale, !num.isBareScale, let value = num.value else { return nil }
        // The people noun may follow a short modifier: 30万龙山儿女, 14亿中国人民.
        var k = src.skipSpaces(from: num.end, limit: 1)
        var found = false
        for _ in 0..<4 {
            guard k < src.count else { break }
            if Distractors.peopleNouns.match(in: src, at: k) != nil { found = true; break }
            let (v, len) = src.scalar(at: k)
            guard CharacterClass.isIdeograph(v), !isNumeralStart(v) else { break }
            k += len
        }
        guard found else { return nil }
        let scale = num.isArabic ? scaleSurface(num) : String(src.compactString(num.start..<num.end).unicodeScalars.suffix(1))
        return .mention(Candidate(start: spanStart, end: num.end, numberStart: num.start, value: value.doubleValue,
                                  exactValue: value, unit: "人", dimension: .count,
                                  qualifier: qualifier ?? (num.vagueOver ? .over : .exact), surfaceUnit: scale))
    }

    /// The scale characters written after Arabic digits, whitespace removed ("万" in 3000万元), or "".
    private func scaleSurface(_ num: NumberReading) -> String {
        num.scaleEnd > num.scaleStart ? src.compactString(num.scaleStart..<num.scaleEnd) : ""
    }

    /// Whether `v` can start a Chinese numeral (a digit, 十百千 or 万亿).
    @inline(__always)
    private func isNumeralStart(_ v: UInt32) -> Bool {
        ChineseNumerals.digit(v) != nil || ChineseNumerals.smallUnit(v) != nil || ChineseNumerals.largeUnit(v) != nil
    }

    private func negate(_ d: ExactDecimal) -> ExactDecimal {
        ExactDecimal(significand: -d.significand, exponent: d.exponent)
    }

    /// The value in the base unit: exact when the factor is a finite decimal and the digits fit.
    private func convert(_ v: ExactDecimal, exactFactor: ExactDecimal?, factor: Double, negative: Bool) -> (ExactDecimal?, Double) {
        if let f = exactFactor, let product = v.multiplied(by: f) {
            let e = negative ? negate(product) : product
            return (e, e.doubleValue)
        }
        let d = v.doubleValue * factor
        return (nil, negative ? -d : d)
    }

    // MARK: Messages

    /// `number "9999999999999999999999999亿" is too large to hold exactly; it was skipped`
    private func tooLargeMessage(_ num: NumberReading) -> String {
        let digits = src.compactString(num.start..<num.digitsEnd)
        let scale = src.compactString(num.digitsEnd..<num.end)
        let count = digits.unicodeScalars.count
        let shown = count > 40 ? String(String.UnicodeScalarView(digits.unicodeScalars.prefix(20))) + "…" : digits
        let size = count > 40 ? " (\(count) digits)" : ""
        return "number \"\(shown)\(scale)\"\(size) is too large to hold exactly; it was skipped"
    }
}
