/// How a character behaves at a line break in Chinese text (a small subset of UAX #14 that
/// chart labels need).
enum CharacterClass {
    /// Ideographs, kana, hangul and other wide characters: a line may break before and after each.
    case ideographic
    /// Letters, digits and the marks inside numbers (3.25, 1,234, 20%, A-1): never broken.
    case word
    /// Spaces: a break opportunity, dropped at the end of a line.
    case space
    /// Closing punctuation (，。、）》 …): never starts a line, stays with what precedes it.
    case closing
    /// Opening punctuation (（《「 …): never ends a line, stays with what follows it.
    case opening

    static func of(_ character: Character) -> CharacterClass {
        guard let scalar = character.unicodeScalars.first else { return .word }
        if character.isWhitespace { return .space }
        if closingSet.contains(scalar) { return .closing }
        if openingSet.contains(scalar) { return .opening }
        if isWide(scalar) { return .ideographic }
        return .word
    }

    /// East Asian Wide and Fullwidth ranges (the ones text in charts meets).
    static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
            0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    private static let closingSet: Set<Unicode.Scalar> = Set(
        "，。、；：！？）】》〉」』〕”’…%％·,.;:!?)]}".unicodeScalars)
    private static let openingSet: Set<Unicode.Scalar> = Set("（【《〈「『〔“‘([{".unicodeScalars)
}
