import Testing
@testable import TongjiExtract

/// `NumberReader`'s one-digit fast path against the full Chinese-numeral state machine.
@Suite struct NumberReaderTests {
    /// Every field the grammar reads, as one comparable string.
    static func fields(_ r: NumberReading) -> String {
        "\(r.start) \(r.end) \(String(describing: r.value)) \(r.isArabic) \(r.integerDigits) \(r.hasFraction) "
            + "\(r.isBareOne) \(r.isBareScale) \(r.isDigitSequence) \(r.hasLargeScale) \(r.scalePower) "
            + "\(r.scaleStart) \(r.scaleEnd) \(r.vagueOver) \(r.digitsEnd) \(r.digitCount)"
    }

    @Test func singleDigitFastPathReadsWhatTheStateMachineReads() {
        let digits = Array("零〇一壹幺二两贰兩貳倆俩三叁四肆五伍六陆陸七柒八捌九玖".unicodeScalars)
        let followers = Array("个家年月日元人次项条万亿十百千点點几幾余多半 \n\u{3000}，。、a1５%—的成度".unicodeScalars)
        var checked = 0
        for d in digits {
            for f in followers + [" ".unicodeScalars.first!] {
                for tail in ["", "多", "余元", "万"] {
                    let text = "前" + String(d) + String(f) + tail
                    let reader = NumberReader(src: UTF8Source(text))
                    let start = "前".utf8.count
                    if let fast = reader.readSingleDigit(at: start) {
                        #expect(Self.fields(fast) == Self.fields(reader.readChineseFully(at: start)), "\(text)")
                        checked += 1
                    }
                }
            }
            // At the end of the text the fast path declines; the full reader decides.
            #expect(NumberReader(src: UTF8Source(String(d))).readSingleDigit(at: 0) == nil)
        }
        #expect(checked > 500)
    }
}
