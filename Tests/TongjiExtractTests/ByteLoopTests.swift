import Testing
@testable import TongjiExtract

/// The word-at-a-time byte loops (validating trigger search, UTF-8 validation, NUL probe, byte
/// order) agree with plain reference loops on random and edge-case inputs, at every alignment and
/// near the end of the text.
@Suite struct ByteLoopTests {
    /// Characters that exercise every branch: ASCII (digits, comma, line feed), two-, three- and
    /// four-byte characters, the Chinese numerals, full-width digits, and leads E0, ED, EF.
    static let pieces: [String] = [
        "a", "1", "9", "0", ",", "\n", " ", "é", "中", "国", "，", "。", "“", "一", "十", "亿", "万", "半", "零", "〇",
        "兩", "陸", "５", "０", "９", "：", "ｚ", "\u{0800}", "\u{0FFF}", "\u{D7FF}", "\u{E000}", "\u{FFFD}", "😀", "\u{10FFFF}",
        "统", "计", "元", "公", "里",
    ]

    /// UTF-8 of `count` random pieces (or runs of one Chinese character).
    static func randomText(_ rng: inout XorShift, pieces count: Int) -> [UInt8] {
        var text: [UInt8] = []
        for _ in 0..<count {
            // Long runs of Chinese now and then, so that the four-character loops run too.
            let piece = rng.below(8) == 0 ? String(repeating: "国", count: rng.below(12)) : pieces[rng.below(pieces.count)]
            text.append(contentsOf: piece.utf8)
        }
        return text
    }

    /// Every trigger and its code point offset, the plain way: one scalar at a time, by value;
    /// nil when the bytes are not valid UTF-8.
    static func referenceTriggers(in bytes: [UInt8]) -> [Int]? {
        guard String(validating: bytes, as: UTF8.self) != nil else { return nil }
        let triggers = Set(ChineseNumerals.startCharacters.filter { $0 >= 0x3000 && $0 < 0xA000 }).union(0xFF10...0xFF19)
        var i = 0
        var c = 0
        var found: [Int] = []
        let src = UTF8Source(validUTF8: bytes)
        while i < bytes.count {
            let (v, length) = src.scalar(at: i)
            if (v >= 0x30 && v <= 0x39) || (length == 3 && triggers.contains(v)) { found += [i, c] }
            i += length
            c += 1
        }
        return found
    }

    /// The validating trigger pass agrees with the reference loop on random texts, valid and
    /// randomly damaged (invalid leads, cut sequences, overlongs, surrogates, E0 and ED leads);
    /// on the valid ones, so does the pass without validation.
    @Test func triggerListMatchesTheReferenceLoop() {
        var rng = XorShift(state: 0x2545_F491_4F6C_DD1D)
        for round in 0..<4000 {
            var text = Self.randomText(&rng, pieces: rng.below(60))
            if round % 2 == 1, !text.isEmpty {
                for _ in 0..<(1 + rng.below(3)) {
                    let bad: [UInt8] = [0x80, 0xBF, 0xC0, 0xC1, 0xE0, 0xED, 0xF4, 0xF5, 0xFF, 0xA0, 0x9F, 0x8F, 0x90, 0x0A, 0x35]
                    text[rng.below(text.count)] = bad[rng.below(bad.count)]
                }
            }
            let want = Self.referenceTriggers(in: text)
            #expect(TriggerScanner.standard.triggers(in: text)?.offsets == want, "\(text)")
            if let want {
                // Valid bytes: the loop without validation lists the same.
                #expect(TriggerScanner.standard.triggers(inValid: text).offsets == want, "\(text)")
            }
        }
    }

    /// Runs of ASCII digits and Chinese numerals at every alignment: each character is listed.
    @Test func triggerListFindsRunsAtEveryOffset() {
        for before in 0..<17 {
            for body in ["0123456789", "１２３", "一二三四五六七八", "3.25亿元", "a1b2c3d4e5f6g7h8", "国1国22国333"] {
                for after in ["", "国", "国国国国国国国国", "abcdefgh"] {
                    let text = Array((String(repeating: "a", count: before % 9) + String(repeating: "国", count: before) + body + after).utf8)
                    #expect(TriggerScanner.standard.triggers(in: text)?.offsets == Self.referenceTriggers(in: text), "\(text)")
                    #expect(TriggerScanner.standard.triggers(inValid: text).offsets == Self.referenceTriggers(in: text), "\(text)")
                }
            }
        }
    }

    /// Each start character inside a run of Chinese is found at its offset; its neighbours are not triggers.
    @Test func everyStartCharacterIsATriggerAndItsNeighboursAreNot() {
        for s in ChineseNumerals.startCharacters + Array(0xFF10...0xFF19) {
            for v in [s - 1, s, s + 1] {
                let text = Array("国国国国国\(String(UnicodeScalar(v)!))国国国国国".utf8)
                let isTrigger = ChineseNumerals.startCharacters.contains(v) || (0xFF10...0xFF19).contains(v)
                let found = TriggerScanner.standard.triggers(in: text)?.offsets
                #expect(found == (isTrigger ? [15, 5] : []))
                #expect(TriggerScanner.standard.triggers(inValid: text).offsets == (isTrigger ? [15, 5] : []))
            }
        }
    }

    /// The hash holds its members and no other three-byte character.
    @Test func triggerHashHoldsExactlyItsMembers() {
        let members: [UInt32] = [0x4E00, 0x4E8C, 0x5341, 0xFF10, 0x0800, 0xFFFF]
        let hash = TriggerHash(scalars: members + [0x41, 0x1F600])  // not three-byte: ignored
        for s in UInt32(0x800)..<0x10000 where !(0xD800..<0xE000).contains(s) {
            #expect(hash.contains(TriggerHash.key(s)) == members.contains(s))
        }
        // A set twice the grammar's still gets a collision-free multiplier.
        let many = Array(UInt32(0x4E00)..<0x4E00 + 92)
        let big = TriggerHash(scalars: many)
        #expect(many.allSatisfy { big.contains(TriggerHash.key($0)) })
        #expect(!big.contains(TriggerHash.key(0x4E00 + 92)))
    }

    /// Code points and line feeds of valid UTF-8, counted the plain way.
    static func referenceCounts(_ bytes: [UInt8]) -> (codePoints: Int, lineBreaks: Int)? {
        guard let s = String(validating: bytes, as: UTF8.self) else { return nil }
        return (s.unicodeScalars.count, bytes.filter { $0 == 0x0A }.count)
    }

    /// Validity and counts of random (and randomly damaged) UTF-8 agree with `String(validating:)`.
    @Test func validationMatchesTheStandardLibrary() {
        var rng = XorShift(state: 0x9E37_79B9_7F4A_7C15)
        for round in 0..<3000 {
            var text = Self.randomText(&rng, pieces: rng.below(40))
            if round % 2 == 1, !text.isEmpty {
                // Damage one to three bytes: invalid leads, cut sequences, overlongs, surrogates.
                for _ in 0..<(1 + rng.below(3)) {
                    let bad: [UInt8] = [0x80, 0xBF, 0xC0, 0xC1, 0xE0, 0xED, 0xF4, 0xF5, 0xFF, 0xA0, 0x9F, 0x8F, 0x90, 0x0A]
                    text[rng.below(text.count)] = bad[rng.below(bad.count)]
                }
            }
            let want = Self.referenceCounts(text)
            let got = UTF8Validation.countIfValid(text)
            #expect(got?.codePoints == want?.codePoints && got?.lineBreaks == want?.lineBreaks, "\(text)")
            #expect(UTF8Validation.isValid(text) == (want != nil))
        }
    }

    /// Boundary sequences of Table 3-7, at every offset after a run of Chinese and at the end.
    @Test func validationEdgeCases() {
        let cases: [[UInt8]] = [
            [], [0x0A], [0xE0, 0xA0, 0x80], [0xE0, 0x9F, 0xBF], [0xED, 0x9F, 0xBF], [0xED, 0xA0, 0x80],
            [0xEF, 0xBF, 0xBF], [0xF0, 0x90, 0x80, 0x80], [0xF0, 0x8F, 0xBF, 0xBF], [0xF4, 0x8F, 0xBF, 0xBF],
            [0xF4, 0x90, 0x80, 0x80], [0xC2, 0x80], [0xC1, 0xBF], [0xE4, 0xB8], [0xE4],
        ]
        for body in cases {
            // The sequence at every offset in a run of Chinese, and at the very end.
            for before in 0..<9 {
                let text = Array(String(repeating: "国", count: before).utf8) + body + Array("国国国\n国".utf8)
                let want = Self.referenceCounts(text)
                let got = UTF8Validation.countIfValid(text)
                #expect(got?.codePoints == want?.codePoints && got?.lineBreaks == want?.lineBreaks, "\(text)")
                let tail = Array(String(repeating: "a", count: before).utf8) + body
                #expect(UTF8Validation.isValid(tail) == (String(validating: tail, as: UTF8.self) != nil), "\(tail)")
                #expect(TriggerScanner.standard.triggers(in: text)?.offsets == Self.referenceTriggers(in: text), "\(text)")
                #expect(TriggerScanner.standard.triggers(in: tail)?.offsets == Self.referenceTriggers(in: tail), "\(tail)")
            }
        }
    }

    /// The byte order of paths agrees with `lexicographicallyPrecedes` on random byte strings that
    /// share prefixes of every length (so that the word and byte steps both decide), and on
    /// prefixes of each other.
    @Test func byteOrderMatchesLexicographicallyPrecedes() {
        var rng = XorShift(state: 0x853C_49E6_748F_EA9B)
        for _ in 0..<3000 {
            let common = (0..<rng.below(30)).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
            // Few distinct bytes, so that equal bytes after the common prefix are frequent too.
            let alphabet: [UInt8] = [0x00, 0x2F, 0x30, 0x7F, 0x80, 0xE4, 0xFF]
            let a = common + (0..<rng.below(12)).map { _ in alphabet[rng.below(alphabet.count)] }
            let b = common + (0..<rng.below(12)).map { _ in alphabet[rng.below(alphabet.count)] }
            #expect(ByteOrder.precedes(a, b) == a.lexicographicallyPrecedes(b), "\(a) \(b)")
            #expect(ByteOrder.precedes(b, a) == b.lexicographicallyPrecedes(a), "\(b) \(a)")
            #expect(!ByteOrder.precedes(a, a))
            #expect(ByteOrder.precedes(common, a) == (a.count > common.count))
        }
    }

    /// The NUL probe agrees with `firstIndex(of: 0)` on random bytes and limits.
    @Test func zeroByteSearchMatchesFirstIndex() {
        var rng = XorShift(state: 0xD1B5_4A32_D192_ED03)
        for _ in 0..<2000 {
            // Up to three 32-byte steps; bytes next to zero (01, 80, 81) where the word test's
            // flags could be false ones.
            var bytes = (0..<rng.below(100)).map { _ in UInt8(truncatingIfNeeded: rng.next() | 1) }
            for _ in 0..<rng.below(3) where !bytes.isEmpty { bytes[rng.below(bytes.count)] = 0 }
            for _ in 0..<rng.below(4) where !bytes.isEmpty { bytes[rng.below(bytes.count)] = [0x01, 0x80, 0x81][rng.below(3)] }
            let limit = rng.below(110)
            #expect(ZeroByteSearch.firstZero(in: bytes, limit: limit) == bytes.prefix(limit).firstIndex(of: 0))
        }
    }
}
