/// Counts: the classifier is the unit. 人(次) and 台(次) are read as 人次 and 台次 by `UnitLexicon`.
/// Left out on purpose: classifiers that mostly start other words after a numeral (方 对 把 片 块 门
/// 道 部 层), which the references treat as names, idioms or slogans.
extension UnitLexicon {
    static let classifierWords: [String] = [
        "个", "家", "户", "人", "人次", "台", "台次", "项", "名", "支", "起", "处", "栋", "幢", "辆", "辆次",
        "座", "所", "条", "次", "位", "字", "件", "种", "只", "头", "棵", "株", "套", "间", "张", "本",
        "份", "场", "届", "批", "轮", "架", "架次", "艘", "匹", "口", "枚", "篇", "首", "册", "款", "类",
        "颗", "盏", "根", "段", "例", "宗", "笔", "趟", "副", "组", "车次", "标箱",
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
        ]
}
