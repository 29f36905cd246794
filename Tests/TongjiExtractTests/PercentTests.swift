import Testing
@testable import TongjiExtract

/// Percentages: %, ％, 百分之, 个百分点 (points), 成 (tenths), negatives.
@Suite struct PercentTests {
    @Test func percentSigns() {
        expectMention("道路机械化清扫率达到 1️⃣100%2️⃣；", Expected(dimension: .percent, value: 100, unit: "%"))
        expectMention("增长1️⃣５．５％2️⃣", Expected(dimension: .percent, value: 5.5, unit: "%", surfaceUnit: "％"))
        expectMention("同比下降1️⃣-12.6%2️⃣", Expected(dimension: .percent, value: -12.6, unit: "%"))
        expectMention("1️⃣负3.9%2️⃣", Expected(dimension: .percent, value: -3.9, unit: "%"))
    }

    @Test func chineseForms() {
        expectMention("上升了1️⃣百分之十五2️⃣", Expected(dimension: .percent, value: 15, unit: "%", surfaceUnit: "百分之"))
        expectMention("1️⃣百分之2.42️⃣", Expected(dimension: .percent, value: 2.4, unit: "%"))
        expectMention("1️⃣千分之一2️⃣", Expected(dimension: .percent, value: 0.1, unit: "%"))
        expectMention("提高1️⃣2.4个百分点2️⃣", Expected(dimension: .percent, value: 2.4, unit: "pp", surfaceUnit: "个百分点"))
        expectMention("1️⃣一百五十    个百分点2️⃣", Expected(dimension: .percent, value: 150, unit: "pp"))
        expectMention("1️⃣七成以上2️⃣的村民", Expected(dimension: .percent, value: 70, unit: "%", qualifier: .over))
    }

    @Test func notPercentages() {
        expectNothing("他成为了一成不变的人")
        expectNothing("百分之二三十")
        expectNothing("五百分之2.2")
    }
}
