/// Hedge words around a number, and the qualifier each one gives. The word is part of the mention's span.
enum QualifierWords {
    /// Words written before the number: 约3亿元, 近10年, 超过 160 亿元, 突破660万人, 不到半年.
    static let before: [(String, Qualifier)] = [
        ("约", .approx), ("大约", .approx), ("大概", .approx), ("约合", .approx), ("大致", .approx),
        ("近", .under), ("将近", .under), ("接近", .under), ("不足", .under), ("不到", .under),
        ("未满", .under), ("不超过", .under), ("少于", .under), ("低于", .under), ("最多", .under),
        ("超过", .over), ("超", .over), ("逾", .over), ("突破", .over), ("多于", .over), ("高于", .over),
        ("至少", .over),
    ]

    /// Words written after the unit: 500万元以上, 30日内, 3亿元左右, 5米多.
    static let after: [(String, Qualifier)] = [
        ("以上", .over), ("及以上", .over), ("之上", .over), ("有余", .over), ("开外", .over), ("多", .over), ("余", .over),
        ("以下", .under), ("及以下", .under), ("以内", .under), ("之内", .under), ("内", .under),
        ("左右", .approx), ("上下", .approx),
    ]

    /// Characters that, written before 近, make it part of another word (最近 = recently, 附近 = nearby).
    static let notBeforeNear: Set<UInt32> = Set("最附亲靠临邻贴".unicodeScalars.map(\.value))

    static let beforeWords = WordList(before.map(\.0))
    static let beforeQualifiers: [Qualifier] = before.map(\.1)
    static let afterWords = WordList(after.map(\.0))
    static let afterQualifiers: [Qualifier] = after.map(\.1)
}
