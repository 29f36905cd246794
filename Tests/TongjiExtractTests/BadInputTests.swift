import Testing
@testable import TongjiExtract

/// Numbers that cannot be held exactly become issues with a pinned message; nothing is lost around them.
@Suite struct BadInputTests {
    @Test func tooLargeWithUnitIsAnIssueAndTheRestIsKept() {
        let text = "甲项目投资9999999999999999999999999亿元，乙项目投资3亿元。"
        let r = Extractor().extract(text, doc: "bad.txt")
        #expect(r.issues == [ExtractionIssue(doc: "bad.txt", offset: 5,
            message: "number \"9999999999999999999999999亿\" is too large to hold exactly; it was skipped")])
        #expect(r.mentions.count == 1)
        #expect(r.mentions.first?.text == "3亿元")
        #expect(r.mentions.allSatisfy { $0.value.isFinite })
    }

    @Test func fourHundredDigitsIsAnIssue() {
        let digits = String(repeating: "9", count: 400)
        let r = Extractor().extract("前面有12个项目，\(digits)后面有5家企业", doc: "d")
        #expect(r.issues.map(\.message) == [
            "number \"99999999999999999999…\" (400 digits) is too large to hold exactly; it was skipped"])
        #expect(r.issues.first?.offset == 9)
        #expect(r.mentions.map(\.text) == ["12个", "5家"])
    }

    @Test func chineseNumeralPastSixtyFourBitsIsAnIssue() {
        let r = Extractor().extract("九千九百九十九万亿亿亿元", doc: "d")
        #expect(r.mentions.allSatisfy { $0.value.isFinite })
        #expect(r.mentions.isEmpty || r.issues.isEmpty)
    }

    @Test func emptyAndOddTextNeverCrash() {
        for text in ["", "1", "一", "万", "零下", "百分之", "3至", "3—", "５", "，", "1,", "1.", "３．", "十几", "第", "\u{FFFD}2亿元", "😀5个😀", "a1b2", "-", "负"] {
            let r = Extractor().extract(text, doc: "x")
            for m in r.mentions {
                #expect(m.start >= 0 && m.start < m.end && m.end <= text.unicodeScalars.count)
            }
        }
    }

    @Test func offsetsCountCodePointsNotBytes() {
        let text = "😀投资3亿元"
        let m = Extractor().mentions(in: text, doc: "x")
        #expect(m.first?.start == 3)
        #expect(m.first?.end == 6)
    }
}
