import Testing
@testable import TongjiExtract

/// A currency sign or code before the number: the sign is the unit, 万/亿 after the number its
/// scale, and a unit word of the same currency after it is part of the mention.
@Suite struct CurrencySignTests {
    @Test func signs() {
        expectMention("每件售价1️⃣$202️⃣，", money(20, "USD", surface: "$"))
        expectMention("相机售价1️⃣$3992️⃣。", money(399, "USD", surface: "$"))
        expectMention("门票1️⃣￥3002️⃣一张", money(300, surface: "￥"))
        expectMention("融资1️⃣¥1.5亿2️⃣，", money(1.5e8, surface: "¥亿"))
        expectMention("总投资1️⃣€2.5亿2️⃣，", money(2.5e8, "EUR", surface: "€亿"))
        expectMention("英国版售价1️⃣£299左右2️⃣。", money(299, "GBP", .approx, surface: "£"))
    }

    @Test func lettersBeforeTheDollar() {
        expectMention("发行价为每股1️⃣HK$12.82️⃣。", money(12.8, "HKD", surface: "HK$"))
        expectMention("协议总金额1️⃣US$5亿2️⃣。", money(5e8, "USD", surface: "US$亿"))
        expectMention("港版售价1️⃣HK$3,1002️⃣", money(3100, "HKD"))
    }

    @Test func isoCodes() {
        expectMention("机票价格1️⃣RMB 12802️⃣起", money(1280, surface: "RMB"))
        expectMention("报价1️⃣USD502️⃣每件", money(50, "USD", surface: "USD"))
    }

    @Test func redundantUnitWordAndQualifiers() {
        expectMention("国内售价1️⃣￥2999元2️⃣。", money(2999, surface: "￥元"))
        expectMention("折合人民币1️⃣约￥1452️⃣。", money(145, .approx, surface: "￥"))
        expectMention("募资1️⃣US$1.2亿美元2️⃣", money(1.2e8, "USD"))
    }

    @Test func notMoney() {
        expectNothing("环境变量$PATH不变")
        expectNothing("代码A$5有误")
        expectNothing("表达式2$5有误")
        expectNothing("标识ABCDE$7有误")
        expectNothing("in 300")
    }
}
