import Testing
@testable import TongjiExtract

/// Classifiers for goods, animals, trains and pairs, compound units (吨次, 艘次), and the words
/// that start with a classifier but are no count.
@Suite struct ClassifierAdditionsTests {
    @Test func newClassifiers() {
        expectMention("加开旅客列车1️⃣1,860列2️⃣，", count(1860, "列"))
        expectMention("每天售出鲜奶1️⃣上千瓶2️⃣，", count(1000, "瓶", .over))
        expectMention("发放口罩1️⃣500箱2️⃣、", count(500, "箱"))
        expectMention("面粉1️⃣300袋2️⃣、", count(300, "袋"))
        expectMention("中药1️⃣80剂2️⃣。", count(80, "剂"))
        expectMention("新增病床1️⃣600床2️⃣，", count(600, "床"))
        expectMention("放流鱼苗1️⃣50万尾2️⃣，", count(5e5, "尾", surface: "万尾"))
        expectMention("观测到候鸟1️⃣3000羽2️⃣", count(3000, "羽"))
        expectMention("捐赠棉鞋1️⃣800双2️⃣。", count(800, "双"))
        expectMention("每天卖出1️⃣500碗左右2️⃣。", count(500, "碗", .approx))
        expectMention("展出1️⃣一百二十幅2️⃣剪纸作品", count(120, "幅"))
        expectMention("调拨帐篷1️⃣800顶2️⃣、", count(800, "顶"))
        expectMention("整理出1️⃣三块2️⃣地", count(3, "块"))
    }

    @Test func compoundUnits() {
        expectMention("完成货物运输1️⃣1860吨次2️⃣", count(1860, "吨次"))
        expectMention("开行1️⃣120班次2️⃣", count(120, "班次"))
        expectMention("运输1️⃣1.5万艘次2️⃣", count(15000, "艘次"))
        expectMention("起降1️⃣2.3万架次2️⃣", count(23000, "架次"))
        expectMention("共抽检1️⃣256批次2️⃣，合格率", count(256, "批次"))
        expectMention("走访困难群众1️⃣3200户次2️⃣", count(3200, "户次"))
        expectMention("全年演出1️⃣180场次2️⃣", count(180, "场次"))
        expectMention("累计接种疫苗1️⃣2.8亿剂次2️⃣", count(2.8e8, "剂次", surface: "亿剂次"))
    }

    @Test func classifiersReadAfterDigitsOnly() {
        expectMention("新馆共有1️⃣6层2️⃣，其中", count(6, "层"))
        expectMention("每天开行列车1️⃣60对2️⃣。", count(60, "对"))
        expectMention("均采用1️⃣16节2️⃣长编组运行", count(16, "节"))
        expectMention("日均订单量1️⃣约65万单2️⃣，", count(650000, "单", .approx, surface: "万单"))
        // After a Chinese numeral, or with the word they start after digits, they are no count.
        expectNothing("百尺竿头，再上一层楼")
        expectNothing("二十四节气")
        expectNothing("开展1对1帮扶")
        expectNothing("部署5节点集群")
        expectNothing("住在3单元502室")
        expectNothing("地上3层次分明")
        expectMention("创作文艺作品1️⃣46部2️⃣，", count(46, "部"))
        expectMention("新打机井1️⃣260眼2️⃣，", count(260, "眼"))
        expectMention("举办培训班1️⃣48期2️⃣，", count(48, "期"))
        expectNothing("10部门联合印发")
        expectNothing("其中一部分资金")
        expectNothing("他两眼一亮")
        expectNothing("2期工程开工")
        expectNothing("一期工程开工")
        expectMention("日均处理快件1️⃣1.2万票2️⃣，", count(12000, "票", surface: "万票"))
        expectNothing("落实一票否决制")
        expectNothing("凭3票房收入")
    }

    @Test func wordsThatAreNoCount() {
        expectNothing("各级一把手要带头")
        expectNothing("他一门心思搞研究")
        expectNothing("其中一部分资金")
        expectNothing("用一双手创造")
        expectNothing("十部门联合发文")
        expectNothing("车间实行三班倒")
        expectNothing("生产汽车零部件和零件")
        // 部 对 把 层 are left out of the classifiers: they start these words far more often.
        expectNothing("坚持一对一帮扶")
        expectNothing("再上一层楼")
    }
}
