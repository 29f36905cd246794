/// The characters that can follow the first character of a Chinese-numeral quantity: numerals,
/// the first characters of unit words, vague tails (多 余 几), 点, 分 (百分之), 下 (零下), range
/// connectors and whitespace. A numeral followed by anything else (一些, 统一, 三产) is not a
/// quantity, which lets the parser drop most triggers after one table lookup.
struct FollowerTable: Sendable {
    private let bits: [UInt64]

    /// The table built from the unit lexicon and the numeral tables.
    static let standard: FollowerTable = {
        var scalars: [UInt32] = ChineseNumerals.startCharacters
        scalars += UnitLexicon.standard.words.words.compactMap(\.first)
        scalars += Distractors.peopleNouns.words.compactMap(\.first)
        scalars += "点點几多余来分下之至到—–-~～〜－%％‰℃°(（ \n\r\t\u{3000}".unicodeScalars.map(\.value)
        return FollowerTable(scalars)
    }()

    init(_ scalars: [UInt32]) {
        var b = [UInt64](repeating: 0, count: 1024)
        for s in scalars where s < 0x10000 { b[Int(s) >> 6] |= 1 << UInt64(s & 63) }
        bits = b
    }

    /// Whether `v` can follow a numeral's first character.
    @inline(__always)
    func contains(_ v: UInt32) -> Bool {
        v >= 0x10000 || bits[Int(v) >> 6] & (1 << UInt64(v & 63)) != 0
    }
}
