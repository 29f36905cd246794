import Testing
@testable import TongjiExtract

/// N个半 + time unit: a number and a half (3个半小时 = 3.5 hour), one mention, not a count and a half.
@Suite struct HalfDurationTests {
    @Test func numberAndAHalf() {
        expectMention("全程约需1️⃣3个半小时2️⃣。", duration(3.5, "hour", surface: "个半小时"))
        expectMention("历时1️⃣一个半月2️⃣完成", duration(1.5, "month"))
        expectMention("坐了1️⃣两个半小时2️⃣的车", duration(2.5, "hour"))
        expectMention("又等了1️⃣一个半星期2️⃣", duration(1.5, "week"))
        expectMention("工期延长了1️⃣五个半月2️⃣。", duration(5.5, "month"))
    }

    @Test func halfOfSomethingElse() {
        // 半成品 is a word: the count is 三个, no half.
        expectMention("1️⃣三个2️⃣半成品放在桌上", count(3, "个"))
        expectNothing("这事一年半载也办不完")
    }
}
