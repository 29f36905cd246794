import TongjiExtract

/// Where a mention's text stands in its sentence, in characters: what the report highlights
/// (`<mark>`) and what chart captions take their context words from.
///
/// The record's sentence has its line breaks removed, and PDF column text often loses the spaces
/// inside a mention there too ("总投资 3.25 亿元" is "总投资3.25亿元" in the sentence), so the text
/// is looked for without line breaks first, then without any whitespace; the last occurrence wins.
struct SentencePlace {
    /// The sentence's characters.
    let characters: [Character]
    /// The mention's text among them.
    let range: Range<Int>

    /// The place of `mention` in its sentence, or nil when it has no sentence or is not found in it.
    init?(of mention: Mention) {
        guard let sentence = mention.sentence, !sentence.isEmpty else { return nil }
        let characters = Array(sentence)
        for text in [mention.text.filter { !$0.isNewline }, mention.text.filter { !$0.isWhitespace }] {
            let needle = Array(text)
            if let at = Self.lastIndex(of: needle, in: characters, before: characters.count) {
                self.characters = characters
                range = at..<(at + needle.count)
                return
            }
        }
        return nil
    }

    /// Where `needle` last starts in `hay` before `end` (characters), or nil.
    static func lastIndex(of needle: [Character], in hay: [Character], before end: Int) -> Int? {
        guard !needle.isEmpty, needle.count <= end else { return nil }
        var i = end - needle.count
        while i >= 0 {
            if hay[i] == needle[0], Array(hay[i..<(i + needle.count)]) == needle { return i }
            i -= 1
        }
        return nil
    }
}
