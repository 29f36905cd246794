import TongjiExtract
import TongjiFormat

/// A mention as a reader sees it in the report: "约3.25亿元", "3亿～5亿元", "500万元以上", and
/// its sentence with the mention marked.
enum MentionDisplay {
    /// Values keep the digits the text gave (130.41亿元, not 130.4亿元), up to six.
    static let formatter = ReportTable.formatter

    /// The value in Chinese units, with the range's upper bound and the qualifier.
    ///
    /// A qualifier hedges the number's size, so on a negative value it points the other way:
    /// "零下二十几度" (-20, over) is colder than -20℃ and reads "-20℃以下"; "近零下20度" (-20,
    /// under) is warmer and reads "-20℃以上", where "-20℃以上"/"不足-20℃" would say the opposite.
    static func value(_ m: Mention) -> String {
        var text = UnitDisplay.format(m.value, baseUnit: m.unit, formatter: formatter)
        if let max = m.valueMax { text += "～" + UnitDisplay.format(max, baseUnit: m.unit, formatter: formatter) }
        let negative = (m.valueMax ?? m.value) < 0
        switch m.qualifier {
        case .exact: return text
        case .approx: return "约" + text
        case .over: return text + (negative ? "以下" : "以上")
        case .under: return negative ? text + "以上" : "不足" + text
        }
    }

    /// The sentence as HTML with the mention's text in `<mark>` (found by `SentencePlace`); the
    /// escaped sentence alone when the text cannot be found in it, and the text alone when there
    /// is no sentence.
    static func markedSentence(_ m: Mention) -> String {
        guard let sentence = m.sentence, !sentence.isEmpty else { return "<mark>" + Markup.html(m.text) + "</mark>" }
        guard let place = SentencePlace(of: m) else { return Markup.html(sentence) }
        let c = place.characters, r = place.range
        return Markup.html(String(c[..<r.lowerBound])) + "<mark>" + Markup.html(String(c[r]))
            + "</mark>" + Markup.html(String(c[r.upperBound...]))
    }
}
