import Testing
@testable import TongjiExtract

/// Random text built from the grammar's own characters never crashes the extractor, and every
/// mention it finds is a true slice of the text with a finite value.
@Suite struct RobustnessTests {
    static let alphabet: [String] = [
        "1", "2", "0", "9", ".", ",", "５", "．", "，", "-", "－", "~", "—", "至", "到", "%", "％",
        "一", "二", "两", "三", "十", "百", "千", "万", "亿", "零", "〇", "点", "半", "几", "多", "余",
        "元", "亿元", "万元", "美元", "公里", "米", "平方", "亩", "吨", "度", "℃", "个", "家", "人", "(次)",
        "年", "月", "日", "个月", "天", "小时", "百分之", "个百分点", "成", "约", "近", "超过", "以上", "以内",
        "内", "左右", "零下", "负", "第", "“", "”", "《", "》", "。", "、", " ", "\n", "\u{3000}", "😀", "a", "B",
    ]

    @Test func randomGrammarSoupNeverCrashes() {
        var rng = XorShift(state: 0x9E3779B97F4A7C15)
        for _ in 0..<3000 {
            let length = Int(rng.next() % 24) + 1
            var text = ""
            for _ in 0..<length { text += Self.alphabet[Int(rng.next() % UInt64(Self.alphabet.count))] }
            let scalars = Array(text.unicodeScalars)
            let result = Extractor().extract(text, doc: "fuzz")
            var lastEnd = 0
            for m in result.mentions {
                #expect(m.start >= lastEnd && m.start < m.end && m.end <= scalars.count, "\(text)")
                guard m.start >= 0, m.end <= scalars.count, m.start < m.end else { continue }
                #expect(m.text == String(String.UnicodeScalarView(scalars[m.start..<m.end])), "\(text)")
                #expect(m.value.isFinite && (m.valueMax?.isFinite ?? true), "\(text)")
                lastEnd = m.end
            }
            for issue in result.issues {
                #expect((issue.offset ?? -1) >= 0 && (issue.offset ?? .max) <= scalars.count, "\(text)")
            }
        }
    }
}
