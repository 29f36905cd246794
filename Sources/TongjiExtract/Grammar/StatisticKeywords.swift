/// Statistic keywords: the word before a quantity that says what the number reports
/// (总投资 3.25 亿元, 占地 10584 平方米, 年产 20 万吨, 出动保洁员 5400 人次).
///
/// The mention's `keyword` is the last of these in its clause before the number; the label is read
/// around it (see `LabelFinder`).
enum StatisticKeywords {
    static let words = WordList([
        "计划总投资", "总投资", "计划投资", "累计投资", "完成投资", "投资总额", "投资", "总投入", "投入",
        "累计签约", "签约", "签约额", "融资", "筹集资金", "筹集", "筹措", "募集", "捐款捐物", "捐款", "捐赠",
        "占地面积", "占地", "建筑面积", "总面积", "面积", "总长度", "总长", "全长", "长度", "总里程", "里程",
        "年产值", "年产", "产值", "产量", "年均", "年销售额", "销售额", "营业收入", "收入", "营收", "利润",
        "增长", "同比增长", "下降", "同比下降", "增加", "减少", "提高", "降低", "增幅", "降幅",
        "上涨", "同比上涨", "上升", "同比上升", "回落", "回升", "环比增长", "环比下降", "环比上涨", "环比回落",
        "新建", "新增", "改建", "扩建", "累计", "合计", "共计", "总计",
        "历时", "历经", "为期", "用时", "耗时", "持续", "连续",
        "价值", "节约", "节省", "清回", "追回", "征收", "清理", "出动", "整理", "接待", "邀请", "谋划",
        "带动", "吸纳", "安置", "培训", "救助", "帮扶", "覆盖", "惠及", "受益", "补贴", "发放", "奖励",
        "规模", "容量", "装机", "发电量", "用电量", "客流量", "吞吐量", "总量", "人数", "数量", "占",
        "最高气温", "最低气温", "平均气温", "气温", "降水量", "降雨量", "增加值", "总值", "总额", "总产量", "出生率", "增长率",
        "覆盖率", "占比", "增速",
    ])

    /// Keywords that name what is measured rather than an action on it (气温, 增加值, 收入):
    /// they stay at the end of a label read before the number ("第一产业增加值", "全年平均气温").
    static let nouns: Set<String> = [
        "投资总额", "签约额", "占地面积", "建筑面积", "总面积", "面积", "长度", "总里程", "里程",
        "年产值", "产值", "产量", "总产量", "年销售额", "销售额", "营业收入", "收入", "营收", "利润", "增幅", "降幅",
        "规模", "容量", "发电量", "用电量", "客流量", "吞吐量", "总量", "人数", "数量",
        "最高气温", "最低气温", "平均气温", "气温", "降水量", "降雨量", "增加值", "总值", "总额", "出生率", "增长率",
        // A rate or share is itself what is measured (森林覆盖率42.3%, 占比超过六成), not 覆盖 or 占 + a stray 率/比.
        // (比重 is left out: 比 would start a keyword search at every 比上年.)
        "覆盖率", "占比", "增速",
    ]

    /// Whether each of `words` (by index) is one of `nouns`: a lookup by index instead of hashing
    /// the keyword's `String` for every mention.
    static let nounFlags: [Bool] = words.strings.map { nouns.contains($0) }

    /// A quick "no" before `words.match` where a keyword's first scalar stands (see `SecondScalarFilter`).
    static let secondScalars = SecondScalarFilter(words)
}
