import Testing
@testable import TongjiExtract

/// Durations: 年 个月 周 天 日 小时 分钟 个工作日, halves, and the years and dates that are not durations.
@Suite struct DurationTests {
    @Test func units() {
        expectMention("历时1️⃣3个月2️⃣紧张施工", duration(3, "month", surface: "个月"))
        expectMention("为期1️⃣3天2️⃣的培训班", duration(3, "day"))
        expectMention("由1️⃣3个工作日2️⃣压缩", duration(3, "day", surface: "个工作日"))
        expectMention("连续工作1️⃣12小时2️⃣", duration(12, "hour"))
        expectMention("步行1️⃣15分钟2️⃣即到", duration(15, "minute"))
        expectMention("用了1️⃣3年2️⃣。", duration(3, "year"))
        expectMention("每隔1️⃣两周2️⃣检查", duration(2, "week"))
        expectMention("仅用1️⃣两个月2️⃣时间", duration(2, "month"))
    }

    @Test func halvesAndQualifiers() {
        expectMention("1️⃣不到半年2️⃣时间", duration(0.5, "year", .under))
        expectMention("1️⃣一年半2️⃣", duration(1.5, "year"))
        // 上半年 and 下半月 name a period; a half with a hedge word is still a length of time.
        expectNothing("上半年CPI同比上涨")
        expectNothing("下半年经济运行总体平稳")
        expectNothing("下半月天气转晴")
        expectMention("用了1️⃣近半年2️⃣时间", duration(0.5, "year", .under))
    }

    @Test func oneAndMoreIsAVagueLengthOfTime() {
        // 一 before a unit is usually an article (一天, 一个), but 一年多 and 一个多小时 are lengths.
        expectMention("救援人员用了1️⃣一个多小时2️⃣才将其救出", duration(1, "hour", .over, surface: "个多小时"))
        expectMention("等了1️⃣一个多月2️⃣", duration(1, "month", .over, surface: "个多月"))
        expectMention("他在村里工作了1️⃣一年多2️⃣。", duration(1, "year", .over))
        expectMention("1️⃣一年多2️⃣的时间里", duration(1, "year", .over))
        expectMention("1️⃣一年多2️⃣来，", duration(1, "year", .over))
        // 多 that starts another word: many times a year, many kinds a day.
        expectNothing("一年多次举办")
        expectNothing("一天多种药物")
        expectNothing("用一天时间")
    }

    @Test func aLengthInTwoUnitsGivesBoth() {
        // A numeral after [numeral][unit] usually continues a numbered slogan (三个十条), but not
        // when both units are lengths of time.
        expectMention("判处有期徒刑十年1️⃣六个月2️⃣", duration(6, "month", surface: "个月"))
        expectMention("判处有期徒刑1️⃣十年2️⃣六个月", duration(10, "year"))
        expectMention("历时三天1️⃣十二小时2️⃣", duration(12, "hour", surface: "小时"))
        expectNothing("落实三个十条")
        expectNothing("三天两头跑医院")
        expectMention("申请后1️⃣1日内2️⃣领齐", duration(1, "day", .under, surface: "日"))
        expectMention("曾经用了1️⃣近10年2️⃣时间", duration(10, "year", .under))
        expectMention("1️⃣百余年2️⃣的煤炭开采", duration(100, "year", .over))
        expectMention("1️⃣3个多月2️⃣", duration(3, "month", .over))
        expectMention("历时1️⃣5日2️⃣内蒙古段完工", duration(5, "day"))
    }

    @Test func yearsAndDatesAreNotDurations() {
        expectNothing("2022 年 ，白山市")
        expectNothing("2020-2022年")
        expectNothing("1月5日上午")
        expectNothing("6月15日")
        expectNothing("去年1月份")
        expectNothing("2020年度")
        expectNothing("八十年代")
        expectNothing("这一年")
        expectNothing("二〇二二年")
        expectNothing("下午3时")
        expectNothing("6月6日内蒙古召开会议")
    }
}
