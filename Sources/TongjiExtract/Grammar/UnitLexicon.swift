/// The unit words the extractor knows, compiled for longest-match lookup after a number.
///
/// The data lives in one file per family under `Units/` (money, length, area, volume, mass, energy
/// and power, percent and temperature, duration, count classifiers). Longest match decides between
/// words sharing a start: 个 / 个月 / 个百分点, 人 / 人次 / 人(次), 年 / 年代.
struct UnitLexicon: Sendable {
    /// Every entry, in the order of `words`.
    let entries: [UnitEntry]
    /// The surfaces, compiled.
    let words: WordList

    /// The built-in lexicon.
    static let standard = UnitLexicon(
        entries: money + length + area + volume + mass + energyAndPower + percentAndTemperature + duration + classifiers
    )

    init(entries: [UnitEntry]) {
        self.entries = entries
        self.words = WordList(entries.map(\.surface))
    }

    /// The longest unit word at byte `i` (whitespace allowed inside it, as PDF columns leave it).
    /// ASCII units ("km", "m") must not run on into more Latin letters ("5min" is not 5 m).
    func match(in src: UTF8Source, at i: Int) -> (entry: UnitEntry, end: Int)? {
        guard let (k, end) = words.match(in: src, at: i, spaced: true) else { return nil }
        let entry = entries[k]
        if entry.lastScalar < 0x80, !entry.surface.isEmpty, let next = src.value(at: end),
           CharacterClass.isLatinLetter(next) || CharacterClass.digitValue(next) != nil {
            return nil
        }
        return (entry, end)
    }
}
