import Testing
@testable import TongjiExtract

/// The JSON Lines writer's fast paths (word-at-a-time escaping, copies, digits, whole records)
/// against plain reference loops, on edge cases and random input.
@Suite struct JSONWriterTests {
    /// A plain JSON string escaper, byte by byte: the behaviour the fast one must match.
    static func referenceQuoted(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = [0x22]
        let hex = Array("0123456789abcdef".utf8)
        for b in bytes {
            switch b {
            case 0x22: out += [0x5C, 0x22]
            case 0x5C: out += [0x5C, 0x5C]
            case 0x0A: out += [0x5C, UInt8(ascii: "n")]
            case 0x0D: out += [0x5C, UInt8(ascii: "r")]
            case 0x09: out += [0x5C, UInt8(ascii: "t")]
            case 0..<0x20: out += [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 15)]]
            default: out.append(b)
            }
        }
        out.append(0x22)
        return out
    }

    /// Text pieces that exercise every branch: plain ASCII, CJK (three bytes), escapes.
    static let pieces: [[UInt8]] = [
        Array("a".utf8), Array("7".utf8), Array("总".utf8), Array("亿元".utf8), [0x22], [0x5C], [0x0A], [0x0D], [0x09],
        [0x00], [0x01], [0x1F], [0x20], [0x7F], Array("é".utf8),
    ]

    /// Valid UTF-8 strings of many lengths, with escapes at random places (none in some).
    static func randomTexts() -> [[UInt8]] {
        var random = XorShift(state: 0x9E37_79B9_7F4A_7C15)
        var texts: [[UInt8]] = [[]]
        for length in 0..<80 {
            for round in 0..<6 {
                var bytes: [UInt8] = []
                while bytes.count < length {
                    // Round 0: plain text only; later rounds: more and more escapes.
                    let k = round == 0 ? random.below(4) : random.below(pieces.count)
                    bytes += pieces[k]
                }
                texts.append(bytes)
            }
        }
        // One escape at every position of a 40-byte ASCII string.
        for special in [UInt8(0x22), 0x5C, 0x0A, 0x01] {
            for i in 0..<40 {
                var bytes = Array(repeating: UInt8(ascii: "x"), count: 40)
                bytes[i] = special
                texts.append(bytes)
                texts.append(Array(bytes[..<(i + 1)]))
            }
        }
        return texts
    }

    @Test func appendStringMatchesTheReferenceEscaper() {
        for bytes in Self.randomTexts() {
            let text = String(decoding: bytes, as: UTF8.self)
            var out: [UInt8] = [0xAA]  // something before, which must stay
            JSONWriter.appendString(text, to: &out)
            #expect(out == [0xAA] + Self.referenceQuoted(Array(text.utf8)), "text \(Array(text.utf8))")
        }
    }

    @Test func writeQuotedMatchesTheReferenceEscaper() {
        for bytes in Self.randomTexts() {
            let valid = Array(String(decoding: bytes, as: UTF8.self).utf8)
            if valid.count <= 32 {
                let needs = valid.contains { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }
                #expect(JSONWriter.shortNeedsEscape(valid.span.bytes) == needs, "bytes \(valid)")
            }
            let room = JSONWriter.quotedBound(valid.count) + 3
            var target = Array(repeating: UInt8(0), count: room)
            var end = 0
            do {
                var elements = target.mutableSpan
                var out = elements.mutableBytes
                end = JSONWriter.writeQuoted(valid.span.bytes, into: &out, at: 3)
            }
            #expect(Array(target[3..<end]) == Self.referenceQuoted(valid), "bytes \(valid)")
        }
    }

    @Test func longStringsAreEscapedAcrossBlocks() {
        var random = XorShift(state: 99)
        for length in [319, 320, 321, 640, 641, 1000] {
            for round in 0..<4 {
                var bytes: [UInt8] = []
                while bytes.count < length {
                    bytes += Self.pieces[round == 0 ? random.below(4) : random.below(Self.pieces.count)]
                }
                // An escape right at a block boundary.
                if round == 3 { bytes[319] = 0x0A; bytes[320] = 0x22 }
                let text = String(decoding: bytes, as: UTF8.self)
                var out: [UInt8] = []
                JSONWriter.appendString(text, to: &out)
                #expect(out == Self.referenceQuoted(Array(text.utf8)))
                var cache = EscapedStringCache(key: JSONPiece(",\"sentence\":"))
                cache.update(text)
                #expect(cache.field == Array(",\"sentence\":".utf8) + Self.referenceQuoted(Array(text.utf8)))
            }
        }
    }

    @Test func appendEscapedMatchesTheReferenceEscaper() {
        for bytes in Self.randomTexts() {
            let valid = Array(String(decoding: bytes, as: UTF8.self).utf8)
            var out: [UInt8] = []
            JSONWriter.appendEscaped(valid, to: &out)
            #expect(out == Array(Self.referenceQuoted(valid).dropFirst().dropLast()))
        }
    }

    @Test func firstEscapeFindsTheFirstByteToEscape() {
        for bytes in Self.randomTexts() {
            for from in Set([0, 1, 7, 8, 9, bytes.count / 2, bytes.count]) where from <= bytes.count {
                let expected = bytes[from...].firstIndex { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C } ?? bytes.count
                #expect(JSONWriter.firstEscape(in: bytes.span.bytes, from: from) == expected)
            }
        }
    }

    @Test func byteCopyCopiesEveryLengthExactly() {
        var random = XorShift(state: 12345)
        for length in 0..<100 {
            let source = (0..<length).map { _ in UInt8(truncatingIfNeeded: random.next()) }
            for at in [0, 1, 5, 16] {
                var target = Array(repeating: UInt8(0xEE), count: at + length + 3)
                var end = 0
                do {
                    var elements = target.mutableSpan
                    var bytes = elements.mutableBytes
                    end = ByteCopy.copy(source.span.bytes, into: &bytes, at: at)
                }
                #expect(end == at + length)
                #expect(Array(target[at..<(at + length)]) == source)
                #expect(target[..<at].allSatisfy { $0 == 0xEE } && target[(at + length)...].allSatisfy { $0 == 0xEE })
            }
        }
    }

    @Test func integersAreWrittenAsStringWritesThem() {
        var values: [Int64] = [0, 1, 9, 10, 11, 99, 100, -1, -9, -10, Int64.max, Int64.min, Int64.min + 1]
        var p: Int64 = 1
        for _ in 0..<18 {
            p *= 10
            values += [p - 1, p, p + 1, -p]
        }
        var random = XorShift(state: 777)
        for _ in 0..<500 { values.append(Int64(bitPattern: random.next()) >> Int64(random.below(63))) }
        for v in values {
            var out: [UInt8] = []
            JSONWriter.appendInteger(v, to: &out)
            #expect(String(decoding: out, as: UTF8.self) == String(v))
        }
    }

    @Test func exactDecimalsAreWrittenAsDescriptionWritesThem() {
        var decimals: [ExactDecimal] = []
        for text in ["0", "1", "-1", "3.25", "-12.6", "0.05", "0.000001", "130.41", "999999999999999999", "-0.5", "1.000000000000000001"] {
            if let d = ExactDecimal(text) { decimals.append(d) }
        }
        for significand: Int64 in [1, 7, 12, 123_456_789, -42, 999_999_999_999_999_999] {
            for exponent in -25...12 { decimals.append(ExactDecimal(significand: significand, exponent: exponent)) }
        }
        for d in decimals {
            var out: [UInt8] = []
            d.appendPlainText(to: &out)
            #expect(String(decoding: out, as: UTF8.self) == d.description)
        }
    }

    @Test func numbersWithoutAnExactDecimal() {
        let cases: [(Double, String)] = [
            (325_000_000, "325000000"), (-3, "-3"), (0.5, "0.5"), (1e18, "\(1e18)"), (1.5e-7, "\(1.5e-7)"),
            (.infinity, "null"), (.nan, "null"), (-2.2250738585072014e-308, "\(-2.2250738585072014e-308)"),
        ]
        for (value, expected) in cases {
            var out: [UInt8] = []
            JSONWriter.appendNumber(value, to: &out)
            #expect(String(decoding: out, as: UTF8.self) == expected)
        }
    }

    @Test func piecesHoldTheirText() {
        for text in [",\"end\":", ",\"value_max\":", "{", "0123456789abcdef"] {
            let piece = JSONPiece(text)
            var target = Array(repeating: UInt8(0), count: 20)
            var end = 0
            do {
                var elements = target.mutableSpan
                var bytes = elements.mutableBytes
                end = piece.write(into: &bytes, at: 2)
            }
            #expect(end == 2 + text.utf8.count)
            #expect(Array(target[2..<end]) == Array(text.utf8))
        }
    }

    /// A record the slow way: keys and values one by one with the reference escaper.
    static func referenceRecord(_ m: Mention) -> String {
        func q(_ s: String) -> String { String(decoding: referenceQuoted(Array(s.utf8)), as: UTF8.self) }
        func number(_ v: Double, _ exact: ExactDecimal?) -> String {
            if let exact { return exact.description }
            if !v.isFinite { return "null" }
            if v == v.rounded(), abs(v) < 1e18 { return String(Int64(v)) }
            return "\(v)"
        }
        var s = "{\"doc\":\(q(m.doc)),\"start\":\(m.start),\"end\":\(m.end),\"text\":\(q(m.text))"
        s += ",\"value\":\(number(m.value, m.exactValue)),\"value_max\":"
        s += m.valueMax.map { number($0, m.exactValueMax) } ?? "null"
        s += ",\"unit\":\(q(m.unit)),\"dimension\":\(q(m.dimension.rawValue)),\"qualifier\":\(q(m.qualifier.rawValue))"
        s += ",\"surface_unit\":\(q(m.surfaceUnit))"
        if let label = m.label { s += ",\"label\":\(q(label))" }
        if let keyword = m.keyword { s += ",\"keyword\":\(q(keyword))" }
        if let sentence = m.sentence { s += ",\"sentence\":\(q(sentence))" }
        return s + "}\n"
    }

    @Test func recordsMatchTheReferenceWhateverNeighboursShare() {
        var random = XorShift(state: 4242)
        let texts = Self.randomTexts().map { String(decoding: $0, as: UTF8.self) }
        func pick() -> String { texts[random.below(texts.count)] }
        let sentence = "项目总投资3.25亿元，新建\"道路\"63.2公里。\n" + String(repeating: "长句", count: 40)
        var mentions: [Mention] = []
        for i in 0..<300 {
            let shared = i % 3 != 0  // neighbours sharing one sentence String, and some that do not
            mentions.append(
                Mention(
                    doc: i < 150 ? "a.txt" : "文档\\b.txt", start: random.below(1_000_000), end: random.below(1_000_000),
                    text: pick(), value: [3.25e8, 0.5, -12.6, .infinity, 1e20][i % 5],
                    valueMax: i % 4 == 0 ? nil : 5e8, unit: ["CNY", "m", "m2", "%", "个"][i % 5],
                    dimension: Dimension.allCases[i % Dimension.allCases.count],
                    qualifier: Qualifier.allCases[i % Qualifier.allCases.count], surfaceUnit: i % 7 == 0 ? pick() : "亿元",
                    label: i % 5 == 0 ? nil : pick(), keyword: i % 2 == 0 ? nil : "总投资",
                    sentence: i % 11 == 0 ? nil : shared ? sentence : pick(),
                    exactValue: i % 3 == 0 ? ExactDecimal(significand: Int64(i) - 100, exponent: i % 9 - 4) : nil,
                    exactValueMax: i % 6 == 0 ? ExactDecimal("5.5") : nil))
        }
        let result = DocumentResult(doc: "a.txt", mentions: mentions)
        var out: [UInt8] = []
        result.appendJSONLines(to: &out)
        let expected = mentions.map(Self.referenceRecord).joined()
        #expect(String(decoding: out, as: UTF8.self) == expected)
        // Taking the mentions out of the result gives the same bytes and leaves it without them.
        var taken = result
        var takenOut: [UInt8] = []
        taken.takeJSONLines(to: &takenOut)
        #expect(takenOut == out)
        #expect(taken.mentions.isEmpty && result.mentions.count == 300)
        // Record by record (fresh caches each time) gives the same bytes.
        var single: [UInt8] = []
        for m in mentions { m.appendJSONLine(to: &single) }
        #expect(single == out)
    }
}
