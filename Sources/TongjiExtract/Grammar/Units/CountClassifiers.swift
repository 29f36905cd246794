/// Counts: the classifier is the unit. 人(次) and 台(次) are read as 人次 and 台次 by `UnitLexicon`.
/// Left out on purpose: classifiers that mostly start other words after a numeral (方 把 片 门 道:
/// 一把手, 三门峡, 四片区), which the references treat as names, idioms or slogans, and which
/// would send every such word through the parser. 层 对 节 单 部 期 眼 票 are read with guards
/// (`guardedClassifiers`).
/// Compound units (吨次, 艘次, 班次, 批次) are classifiers of their own, so that 1860吨次 is not 1860 t
/// and 256批次 is not 256 批.
extension UnitLexicon {
    static let classifierWords: [String] = [
        "个", "家", "户", "人", "人次", "台", "台次", "项", "名", "支", "起", "处", "栋", "幢", "辆", "辆次",
        "座", "所", "条", "次", "位", "字", "件", "种", "只", "头", "棵", "株", "套", "间", "张", "本",
        "份", "场", "届", "批", "轮", "架", "架次", "艘", "匹", "口", "枚", "篇", "首", "册", "款", "类",
        "颗", "盏", "根", "段", "例", "宗", "笔", "趟", "副", "组", "车次", "标箱",
        "列", "瓶", "块", "班", "箱", "袋", "盒", "包", "桶", "剂", "床", "尾", "羽", "双", "碗", "幅", "顶",
        "吨次", "艘次", "班次", "航次", "批次", "户次", "场次", "件次", "剂次",
    ]

    static let classifiers: [UnitEntry] =
        classifierWords.map { UnitEntry($0, .count, $0, kind: .classifier) }
        + [
            UnitEntry("岁", .count, "岁", kind: .classifier),
            UnitEntry("周岁", .count, "岁", kind: .classifier),
            UnitEntry("人(次)", .count, "人次", kind: .classifier),
            UnitEntry("人（次）", .count, "人次", kind: .classifier),
            UnitEntry("台(次)", .count, "台次", kind: .classifier),
            UnitEntry("台（次）", .count, "台次", kind: .classifier),
            // A word that starts with a classifier but names something else after a numeral:
            // 三班倒 (a shift pattern).
            UnitEntry("班倒", .count, "班", kind: .blocker),
        ]
        + guardedClassifiers.map {
            UnitEntry($0.word, .count, $0.word, kind: .classifier, guardRule: .afterDigits(notBefore: SortedScalars($0.notBefore)))
        }

    /// Classifiers that also start other words: read only after Arabic digits (after a Chinese
    /// numeral they mostly start words: 一层楼, 一对一, 二十四节气, 一部分, 两眼, 一期工程, 一票否决), and
    /// only when none of `notBefore` follows them (5节点, 3单元, 10部门, 2期工程, 1对1): 新馆共有6层,
    /// 每天开行列车60对, 16节长编组, 日均订单量约65万单, 46部作品, 机井260眼, 培训班48期, 快件1.2万票.
    /// Reading them after Chinese numerals too (两对服务区) cost 0.5% more instructions on the corpus
    /// for one more find in 1,700 reference mentions, so they stay digits-only.
    static let guardedClassifiers: [(word: String, notBefore: String)] = [
        ("层", "次面级"), ("对", "0123456789比于外接象话抗口"), ("节", "点日能约目奏省制气"),
        ("单", "元位独身车线项品价据"), ("部", "门分件队长委署位落首曲"), ("期", "工间末内满限待望刊货中初"),
        ("眼", "睛镜光界科神"), ("票", "房价据务面证选"),
    ]
}
