import Testing
@testable import TongjiExtract

/// Numeral forms: Arabic with separators and decimals, full-width digits, Chinese numerals in every
/// common shape, and spaces or line breaks inside a mention.
@Suite struct NumeralTests {
    @Test func arabic() {
        expectMention("收入1️⃣1,234.5万元2️⃣", money(12_345_000))
        expectMention("收入1️⃣12,345,678元2️⃣", money(12_345_678))
        expectMention("1️⃣０.４个百分点2️⃣", Expected(dimension: .percent, value: 0.4, unit: "pp"))
        expectMention("共1️⃣４，５６５人2️⃣", count(4565, "人"))
    }

    @Test func chinese() {
        expectMention("1️⃣一千二百万元2️⃣", money(1.2e7))
        expectMention("1️⃣三点五亿元2️⃣", money(3.5e8))
        expectMention("1️⃣十万零五十六人2️⃣", count(100_056, "人"))
        expectMention("1️⃣一万五千人2️⃣", count(15000, "人"))
        expectMention("1️⃣一万五人2️⃣", count(15000, "人"))
        expectMention("1️⃣两万多元2️⃣的慰问品", money(20000, .over, surface: "元"))
        expectMention("1️⃣壹佰元2️⃣", money(100))
        expectMention("1️⃣四十克2️⃣", Expected(dimension: .mass, value: 0.04, unit: "kg"))
        expectMention("1️⃣七十五万个百分点2️⃣", Expected(dimension: .percent, value: 750000, unit: "pp"))
    }

    @Test func spacesAndLineBreaksInside() {
        expectMention("总投资 1️⃣3.25 亿元2️⃣热电", money(3.25e8, surface: "亿元"))
        expectMention("总投资1️⃣超过 160 亿元2️⃣的", money(1.6e10, .over, surface: "亿元"))
        expectMention("捐款捐物 1️⃣800 余万元2️⃣，", money(8e6, .over, surface: "万元"))
        expectMention("1️⃣一 百 五 十 个 百 分 点2️⃣", Expected(dimension: .percent, value: 150, unit: "pp"))
    }

    @Test func codesAndModelNamesAreNotNumbers() {
        expectNothing("开通8890接诉即办服务热线")
        expectNothing("4DHT混动、10挡EST变速器")
        expectNothing("订单号 A202107211321363588510367 可用作")
        expectNothing("维生素B12")
        expectNothing("今天10:30开会")
        expectNothing("电话0439-1234567")
        expectNothing("京港澳高速K386+500处发生一起交通事故")
        expectNothing("实施2+26城市大气污染联防联控")
    }

    @Test func idiomsAreNotNumbers() {
        expectNothing("五光十色、独一无二、一对一、一站式、一把手、十佳、零距离")
        expectNothing("三区四业五城")
        expectNothing("十分重要")
        expectNothing("“十三五”期间")
        expectNothing("十三五期间，一带一路，万一发生，千万不要")
    }
}
