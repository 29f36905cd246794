import Testing
@testable import TongjiExtract

/// Digits with 千/百 and 零 before 万/亿, a bare scale before a threshold word, SI-prefixed energy
/// units, 及以上/及以下, and a qualifier before a currency name.
@Suite struct ScaleAndUnitAdditionsTests {
    @Test func largeScaleAfterASmallScaleChain() {
        expectMention("完成投资1️⃣2千零30亿元2️⃣，", money(2.03e11, surface: "亿元"))
        expectMention("完成投资1️⃣3千5百万元2️⃣", money(3.5e7))
        expectMention("另有1️⃣4千零5万元2️⃣。", money(4.005e7))
    }

    @Test func bareScaleBeforeAThreshold() {
        expectMention("客流达1️⃣百万人次以上2️⃣的车站", count(1e6, "人次", .over, surface: "人次"))
        expectMention("单笔1️⃣千万元以上2️⃣的项目", money(1e7, .over))
        expectNothing("千万不要忘记")
        expectNothing("百万富翁很多")
        expectNothing("百万元")
        // A lone scale character stays a scale word (the references leave 亿元以上 optional).
        expectNothing("为企业投资亿元以上招商引资项目现场办公")
    }

    @Test func siPrefixedEnergyUnits() {
        expectMention("全年发电1️⃣12GWh2️⃣，", Expected(dimension: .energy, value: 1.2e7, unit: "kWh", surfaceUnit: "GWh"))
        expectMention("储能容量1️⃣200MWh2️⃣，", Expected(dimension: .energy, value: 2e5, unit: "kWh"))
        expectMention("用电量1️⃣9.2TWh2️⃣。", Expected(dimension: .energy, value: 9.2e9, unit: "kWh"))
        expectMention("装机1️⃣3.5GW2️⃣，", Expected(dimension: .power, value: 3.5e6, unit: "kW"))
    }

    @Test func andAboveAndBelow() {
        expectMention("全市1️⃣60岁及以上2️⃣人口", count(60, "岁", .over, surface: "岁"))
        expectMention("1️⃣18岁及以下2️⃣青少年", count(18, "岁", .under))
    }

    @Test func qualifierBeforeACurrencyName() {
        expectMention("约合人民币1️⃣19.5亿元2️⃣。", money(1.95e9, .approx))
    }
}
