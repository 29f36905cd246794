import Testing
@testable import TongjiExtract

/// Ranges (value = low, value_max = high) and hedge words, with the word inside the span.
@Suite struct RangeAndQualifierTests {
    @Test func ranges() {
        expectMention("投资1️⃣3至5亿元2️⃣", money(3e8, max: 5e8, surface: "亿元"))
        expectMention("投资1️⃣3—5亿元2️⃣", money(3e8, max: 5e8))
        expectMention("投资1️⃣3亿~5亿元2️⃣", money(3e8, max: 5e8))
        expectMention("增长1️⃣20%-30%2️⃣", Expected(dimension: .percent, value: 20, unit: "%", valueMax: 30))
        expectMention("延伸1️⃣10到15公里2️⃣", Expected(dimension: .length, value: 10000, unit: "m", valueMax: 15000))
        expectMention("1️⃣三至五年2️⃣", Expected(dimension: .duration, value: 3, unit: "year", valueMax: 5))
    }

    @Test func qualifiersBefore() {
        expectMention("1️⃣约3亿元2️⃣", money(3e8, .approx))
        expectMention("1️⃣近5500万元2️⃣", money(5.5e7, .under))
        expectMention("1️⃣超过 160 亿元2️⃣", money(1.6e10, .over))
        expectMention("1️⃣逾百亿元2️⃣", money(1e10, .over))
        expectMention("1️⃣不足10万元2️⃣", money(1e5, .under))
        expectMention("1️⃣突破660万人2️⃣", count(6.6e6, "人", .over))
        expectMention("最近1️⃣3年2️⃣来", duration(3, "year"))
    }

    @Test func qualifiersAfter() {
        expectMention("1️⃣500万元以上2️⃣重点项目", money(5e6, .over))
        expectMention("1️⃣3亿元左右2️⃣", money(3e8, .approx))
        expectMention("1️⃣30日以内2️⃣", duration(30, "day", .under))
        expectMention("高1️⃣5米多2️⃣的笑龙", Expected(dimension: .length, value: 5, unit: "m", qualifier: .over, surfaceUnit: "米"))
        expectMention("1️⃣6000余字2️⃣的方案", count(6000, "字", .over))
    }
}
