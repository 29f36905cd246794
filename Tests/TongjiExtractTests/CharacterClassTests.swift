import Testing
@testable import TongjiExtract

/// `CharacterClass` fast paths against the plain tests they shortcut.
@Suite struct CharacterClassTests {
    /// The ideograph range test in `isClauseBreak` never hides a break: it agrees with the
    /// punctuation switch on every BMP scalar and a few beyond.
    @Test func clauseBreakRangeTestAgreesWithTheSwitch() {
        for v in UInt32(0)..<0x1_0000 {
            #expect(CharacterClass.isClauseBreak(v) == CharacterClass.isClauseBreakPunctuation(v), "U+\(String(v, radix: 16))")
        }
        for v: UInt32 in [0x1_0000, 0x2_0000, 0x10_FFFF] {
            #expect(CharacterClass.isClauseBreak(v) == CharacterClass.isClauseBreakPunctuation(v))
        }
    }
}
