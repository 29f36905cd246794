import Testing
@testable import TongjiExtract

/// Ranges whose low end is negative: the sign belongs to the low end; the high end may carry its own.
@Suite struct NegativeRangeTests {
    @Test func negativeLowEnd() {
        expectMention("气温1️⃣-5℃至3℃2️⃣，", Expected(dimension: .temperature, value: -5, unit: "degC", valueMax: 3))
        expectMention("气温1️⃣-5至3℃2️⃣，", Expected(dimension: .temperature, value: -5, unit: "degC", valueMax: 3))
        expectMention("气温1️⃣零下5℃至3℃2️⃣，", Expected(dimension: .temperature, value: -5, unit: "degC", valueMax: 3))
        expectMention("山区气温1️⃣-10至2度2️⃣", Expected(dimension: .temperature, value: -10, unit: "degC", valueMax: 2))
    }

    @Test func bothEndsNegative() {
        expectMention("最低气温1️⃣-8℃至-2℃2️⃣。", Expected(dimension: .temperature, value: -8, unit: "degC", valueMax: -2))
        expectMention("气温1️⃣-5℃至-3℃2️⃣", Expected(dimension: .temperature, value: -5, unit: "degC", valueMax: -3))
    }

    @Test func notARangeWhenHighIsLower() {
        // -3 is not above -2: two temperatures, not a range.
        expectMention("气温1️⃣-2℃2️⃣至3️⃣-3℃4️⃣", Expected(dimension: .temperature, value: -2, unit: "degC"),
                      second: Expected(dimension: .temperature, value: -3, unit: "degC"))
    }
}
