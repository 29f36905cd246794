import Testing
@testable import TongjiExtract

/// Money: 元 with scales, foreign currencies, exact values.
@Suite struct MoneyTests {
    @Test func yuanWithScales() {
        expectMention("总投资1️⃣3.25亿元2️⃣的项目", money(3.25e8, surface: "亿元"))
        expectMention("投资1️⃣1579 万元2️⃣，新增设备", money(1.579e7, surface: "万元"))
        expectMention("东芝重组另需1️⃣1万亿日元2️⃣", money(1e12, "JPY", surface: "万亿日元"))
        expectMention("筹集1️⃣3000万元2️⃣", money(3e7))
        expectMention("融资1️⃣0.8亿元2️⃣", money(8e7))
        expectMention("价值1️⃣8千元2️⃣", money(8000))
        expectMention("我有1️⃣一千元2️⃣", money(1000, surface: "元"))
        expectMention("预算1️⃣两亿元2️⃣", money(2e8))
        expectMention("1️⃣8亿元人民币2️⃣", money(8e8))
    }

    @Test func jiaoAndFenWithQian() {
        // 角 and 分 alone stay out (分 is also minutes and points); with 钱 they are money.
        expectMention("每度电便宜1️⃣1分钱2️⃣", money(0.01, surface: "分钱"))
        expectMention("一瓶水卖1️⃣五毛钱2️⃣", money(0.5, surface: "毛钱"))
        expectMention("1️⃣三角钱2️⃣一张", money(0.3, surface: "角钱"))
        expectNothing("比赛进行到第80分钟")
    }

    @Test func foreignCurrencies() {
        expectMention("中国资金净流出1️⃣1200亿美元2️⃣", money(1.2e11, "USD", surface: "亿美元"))
        expectMention("每股1️⃣1.95港元2️⃣", money(1.95, "HKD"))
        expectMention("兑换1️⃣１．０７５３美元2️⃣", money(1.0753, "USD"))
        expectMention("1️⃣１欧元2️⃣可以", money(1, "EUR"))
        expectMention("1️⃣十五美元2️⃣", money(15, "USD"))
    }

    @Test func exactValuesHoldEveryDigit() {
        let m = Extractor().mentions(in: "计划总投资130.41亿元", doc: "t")
        #expect(m.count == 1)
        #expect(m.first?.exactValue?.description == "13041000000")
        let big = Extractor().mentions(in: "GDP达到123456789012.34万亿元", doc: "t")
        #expect(big.first?.exactValue?.description == "123456789012340000000000")
    }
}
