import Testing
@testable import TongjiExtract

/// Numerals inside four-character idioms are no quantity.
@Suite struct IdiomNumeralTests {
    @Test func idioms() {
        expectNothing("社区工作人员三番五次上门做工作")
        expectNothing("他一五一十地讲清政策")
        expectNothing("三天两头开会")
        expectNothing("三头六臂也不行")
        expectNothing("来自五湖四海")
        expectNothing("心里七上八下")
        expectNothing("做事三心二意")
        expectNothing("三令五申")
    }

    @Test func quantitiesBesideAnIdiom() {
        expectMention("三番五次上门，拖了1️⃣五年2️⃣的问题", duration(5, "year"))
        expectMention("先后1️⃣五次2️⃣上门", count(5, "次"))
    }
}
