/// Counts: the classifier is the unit. 人(次) and 台(次) are read as 人次 and 台次 by `UnitLexicon`.
/// Left out on purpose: classifiers that mostly start other words after a numeral (方 片 门 道),
/// which the references treat as names, idioms or slogans (三门峡, 四片区, 三道杠).
/// Compound units (吨次, 艘次, 班次) are classifiers of their own, so that 1860吨次 is not 1860 t.
extension UnitLexicon {
    static let classifierWords: [String] = [
        "个", "家", "户", "人", "人次", "台", "台次", "项", "名", "支", "起", "处", "栋", "幢", "辆", "辆次",
        "座", "所", "条", "次", "位", "字", "件", "种", "只", "头", "棵", "株", "套", "间", "张", "本",
        "份", "场", "届", "批", "轮", "架", "架次", "艘", "匹", "口", "枚", "篇", "首", "册", "款", "类",
        "颗", "盏", "根", "段", "例", "宗", "笔", "趟", "副", "组", "车次", "标箱",
        "列", "瓶", "块", "把", "层", "班", "箱", "袋", "盒", "包", "桶", "剂", "床", "尾", "羽", "部", "对", "双",
        "吨次", "艘次", "班次", "航次", "批次", "户次", "列次", "件次",
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
            // Words that start with a classifier but name something else after a numeral:
            // 十部门 / 三部委 (the bodies, not a count of 部), 三班倒 (a shift pattern).
            UnitEntry("部门", .count, "部门", kind: .blocker),
            UnitEntry("部委", .count, "部委", kind: .blocker),
            UnitEntry("班倒", .count, "班", kind: .blocker),
        ]
}
