import TongjiExtract
import TongjiFormat

/// A mention as a reader sees it in the report: "约3.25亿元", "3亿～5亿元", "500万元以上", and
/// its sentence with the mention marked.
enum MentionDisplay {
    /// Values keep the digits the text gave (130.41亿元, not 130.4亿元), up to six.
    static let formatter = ReportTable.formatter

    /// The value in Chinese units, with the range's upper bound and the qualifier.
    static func value(_ m: Mention) -> String {
        var text = UnitDisplay.format(m.value, baseUnit: m.unit, formatter: formatter)
        if let max = m.valueMax { text += "～" + UnitDisplay.format(max, baseUnit: m.unit, formatter: formatter) }
        switch m.qualifier {
        case .exact: return text
        case .approx: return "约" + text
        case .over: return text + "以上"
        case .under: return "不足" + text
        }
    }

    /// The sentence as HTML with the mention's text in `<mark>`; the escaped sentence alone when
    /// the text cannot be found in it, and the text alone when there is no sentence.
    static func markedSentence(_ m: Mention) -> String {
        guard let sentence = m.sentence, !sentence.isEmpty else { return "<mark>" + Markup.html(m.text) + "</mark>" }
        // The record's sentence has its line breaks removed; so must the text to be found in it.
        let needle = m.text.filter { $0 != "\n" && $0 != "\r" && $0 != "\r\n" }
        guard !needle.isEmpty, let range = sentence.range(of: needle) else { return Markup.html(sentence) }
        return Markup.html(String(sentence[..<range.lowerBound])) + "<mark>" + Markup.html(String(sentence[range]))
            + "</mark>" + Markup.html(String(sentence[range.upperBound...]))
    }
}
