import Testing
@testable import TongjiExtract

/// Counts: any common classifier is the unit; 人(次) is 人次; counts without a classifier after 万.
@Suite struct CountTests {
    @Test func classifiers() {
        expectMention("等 1️⃣77 个2️⃣项目", count(77, "个"))
        expectMention("1️⃣63家2️⃣企业和协会", count(63, "家"))
        expectMention("过去这里有1️⃣两户2️⃣企业", count(2, "户"))
        expectMention("出动车辆1️⃣4100台(次)2️⃣，", count(4100, "台次", surface: "台(次)"))
        expectMention("出动保洁员1️⃣5400人\n\n(次)2️⃣，", count(5400, "人次", surface: "人(次)"))
        expectMention("1️⃣386 起2️⃣轻微交通违章", count(386, "起"))
        expectMention("抗美援朝老兵1️⃣94岁2️⃣", count(94, "岁"))
        expectMention("新建温室大棚1️⃣4栋2️⃣，", count(4, "栋"))
        expectMention("新增确诊病例1️⃣5例2️⃣", count(5, "例"))
        expectMention("1️⃣十五位2️⃣股东", count(15, "位"))
        expectMention("大会邀请1️⃣1,234人2️⃣参加", count(1234, "人"))
    }

    @Test func scalesAndVagueNumbers() {
        expectMention("点击量1️⃣突破660万人2️⃣的新纪录", count(6.6e6, "人", .over, surface: "万人"))
        expectMention("吸引1️⃣1.8万余名2️⃣游客", count(18000, "名", .over, surface: "万名"))
        expectMention("1️⃣200多名2️⃣域外人才", count(200, "名", .over))
        expectMention("1️⃣百余人2️⃣", count(100, "人", .over))
        expectMention("改造1️⃣上万户2️⃣工矿棚户区", count(10000, "户", .over, surface: "户"))
        expectMention("1️⃣80岁以上2️⃣的老人", count(80, "岁", .over))
        expectMention("对得起1️⃣30万2️⃣龙山儿女的期待", count(300000, "人", surface: "万"))
        expectMention("1️⃣二十多位2️⃣区级领导", count(20, "位", .over))
    }

    @Test func articlesReduplicationsAndSlogansAreNotCounts() {
        expectNothing("一场盛宴")
        expectNothing("建设一条生产线")
        expectNothing("一辆辆铲车、一个个难题")
        expectNothing("“三个十条”政策")
        expectNothing("坚持“五个一”")
        expectNothing("做到“两个维护”")
        // The same slogans unquoted, as government reports often write them.
        expectNothing("增强四个意识，坚定四个自信，做到两个维护")
        expectNothing("落实中央八项规定精神，打好三大攻坚战")
        expectNothing("统筹推进五位一体总体布局，坚持两个毫不动摇")
        expectNothing("三次产业结构由上年的6.2:39.1:54.7调整为")
        expectMention("建设1️⃣两个2️⃣产业园", count(2, "个"))
        expectNothing("进万家、敲万家门")
        expectNothing("第一次、第四名")
        expectNothing("《人才政策十条》")
        expectNothing("一起努力")
    }
}
