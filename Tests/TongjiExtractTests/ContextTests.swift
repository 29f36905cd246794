import Testing
@testable import TongjiExtract

/// Keyword, label and sentence: what the mention measures and where it was said.
@Suite struct ContextTests {
    private func first(_ text: String, _ surface: String) -> Mention? {
        Extractor().mentions(in: text, doc: "t").first { $0.text.filter { !$0.isWhitespace } == surface }
    }

    @Test func attributiveLabelAfterDe() {
        let m = first("江源区聚焦群众期盼，历时3个月紧张施工，总长度20公里，总投资3.25亿元的热电联产长输管道投入使用。", "3.25亿元")
        #expect(m?.keyword == "总投资")
        #expect(m?.label == "热电联产长输管道")
        #expect(m?.sentence == "江源区聚焦群众期盼，历时3个月紧张施工，总长度20公里，总投资3.25亿元的热电联产长输管道投入使用。")
        // Neighbours in the sentence share the attributive label.
        #expect(first("历时3个月紧张施工，总长度20公里，总投资3.25亿元的热电联产长输管道投入使用。", "20公里")?.label == "热电联产长输管道")
    }

    @Test func aComparisonIsNoLabel() {
        // The base of a comparison (比上年, 较常年, 同比) is not what is measured: the growth takes
        // the label of the figure it grows from.
        let text = "全年全市地区生产总值达到2856.3亿元，按可比价格计算，比上年增长5.8%。"
        #expect(first(text, "5.8%")?.label == "全市地区生产总值")
        #expect(first("年末全市常住人口为386.7万人，比上年末减少1.2万人。", "1.2万人")?.label == "年末全市常住人口")
        #expect(first("年均气温为15.8摄氏度，较常年偏高0.6℃。", "0.6℃")?.label == "年均气温")
        #expect(first("小麦平均亩产达到450公斤，比去年增加15公斤。", "15公斤")?.label == "小麦平均亩产")
        #expect(first("比上年增长5.8%。", "5.8%")?.label == nil, "no neighbour to take a label from")
        // A label that only begins like one is kept.
        #expect(first("比亚迪汽车销量达到30万辆。", "30万辆")?.label == "比亚迪汽车销量")
    }

    @Test func aRateOrShareIsWhatIsMeasured() {
        let coverage = first("全省森林覆盖率达到42.3%。", "42.3%")
        #expect(coverage?.keyword == "覆盖率")
        #expect(coverage?.label == "全省森林覆盖率")
        #expect(first("一季度全省经济增速为5.3%。", "5.3%")?.label == "全省经济增速", "the period word is stripped, as 全年 is")
        #expect(first("其中高标准农田28万亩，占比超过六成。", "超过六成")?.label == "高标准农田")
    }

    @Test func labelBeforeTheNumber() {
        let text = "城乡服务功能进一步完善提升。新建\n改造城区公路 63.2 公里、通屯硬\n化路7.2公里。"
        #expect(first(text, "63.2公里")?.label == "新建改造城区公路")
        #expect(first(text, "7.2公里")?.label == "通屯硬化路")
        #expect(first("截至目前，出动保洁员5400人次，清理各类垃圾5.75万立方米。", "5.75万立方米")?.label == "各类垃圾")
        #expect(first("截至目前，出动保洁员5400人次，清理各类垃圾5.75万立方米。", "5.75万立方米")?.keyword == "清理")
    }

    @Test func countHeadNounAfterClassifier() {
        #expect(first("截至目前，28个行政村合计退线58.7公里。", "28个")?.label == "行政村")
        #expect(first("总投资 1.39 亿元\n肉牛示范养殖、总投资 1.25 亿元", "1.39亿元")?.label == "肉牛示范养殖")
    }

    @Test func nounKeywordsStayInTheLabel() {
        let text = "其中，第一产业增加值65.3亿元，增长4.1%；城镇居民人均可支配收入42856元。全年平均气温12.3℃。"
        #expect(first(text, "65.3亿元")?.label == "第一产业增加值")
        #expect(first(text, "65.3亿元")?.keyword == "增加值")
        #expect(first(text, "4.1%")?.label == "第一产业增加值")
        #expect(first(text, "42856元")?.label == "城镇居民人均可支配收入")
        #expect(first(text, "12.3℃")?.label == "平均气温")
    }

    @Test func withoutContextTheMentionsAreTheSame() {
        let text = "总投资3.25亿元的热电联产长输管道，新建改造城区公路 63.2 公里。"
        let full = Extractor().mentions(in: text, doc: "t")
        let bare = Extractor(context: false).mentions(in: text, doc: "t")
        #expect(bare.map(\.text) == full.map(\.text))
        #expect(bare.map(\.start) == full.map(\.start))
        #expect(bare.allSatisfy { $0.label == nil && $0.keyword == nil && $0.sentence == nil })
        #expect(full.allSatisfy { $0.sentence != nil })
    }

    @Test func labelInheritedInTheSentence() {
        let text = "龙山区共组织实施500万元以上重点项目41个，总投资145.7亿元，当年计划投资45.9亿元。"
        #expect(first(text, "145.7亿元")?.label == "重点项目")
        #expect(first(text, "45.9亿元")?.label == "重点项目")
        #expect(first(text, "45.9亿元")?.keyword == "计划投资")
    }
}
