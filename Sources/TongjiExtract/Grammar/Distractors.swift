/// What makes a number that looks like a quantity not one (see "What is not a quantity" in the spec).
///
/// The rules themselves are applied by `QuantityParser`; this file holds their word lists.
enum Distractors {
    /// Written right before a number, these make it an ordinal, a rank or a weekday: 第一, 初五, 周一.
    static let ordinalPrefixes = WordList(["第", "初", "周", "星期", "礼拜", "每周", "排名", "No.", "NO.", "编号", "序号", "型号", "代码", "电话", "热线", "号码", "尾号"])

    /// Words after a bare 一 that make it an adverb or a set phrase, whatever unit-like word follows
    /// ("一度" = once, "一成不变", "一批").
    static let idiomsAfterOne = WordList(["度", "成", "时", "起", "道", "同", "体", "线", "流", "把手", "站式", "批"])

    /// Words that, after 成 (tenths), show it is a verb or another word: 成为, 成立, 成功 ...
    static let notTenths: Set<UInt32> = Set("为立功员本果绩交熟就长都型效片群品绩".unicodeScalars.map(\.value))

    /// Written before a bare 一, these make "一 + unit" mean "the last one" (打通“最后一公里”, 最后一米),
    /// a figure of speech rather than a measure.
    static let beforeTheLastOne = WordList(["最后"])

    /// Weather words: with one of them in the sentence, 度 is a temperature ("零下二十几度").
    static let weatherWords = WordList(["温", "零下", "摄氏", "华氏", "寒", "冷", "冻", "天气", "气象", "降雪", "霜", "热浪", "高温"])

    /// Electricity words: with one of them in the sentence, 度 is a kilowatt-hour ("用电量 300 度").
    static let electricityWords = WordList(["电"])

    /// People, counted without a classifier after 万/亿: "30万龙山儿女" is 300000 人.
    static let peopleNouns = WordList([
        "人民", "群众", "居民", "市民", "村民", "农民", "职工", "员工", "儿女", "游客", "观众", "人口",
        "学生", "患者", "党员", "干部", "志愿者", "网友", "用户", "读者", "粉丝", "老人", "儿童", "百姓",
        "同胞", "华侨", "考生", "选民", "劳动力", "农民工", "听众", "乘客", "旅客", "球迷",
    ])

    /// Political slogans and fixed terms that start with a numeral, often written without quotes in
    /// government reports: the numeral counts nothing (the spec's 两个维护). Looked up only when a
    /// classifier follows a Chinese numeral (the only case where one would give a mention), so
    /// slogans such as 三农 or 六稳, with no classifier, are here for completeness.
    static let numberedSlogans = WordList([
        "两个维护", "两个确立", "两个大局", "两个一百年", "两个毫不动摇", "两个务必", "两个责任", "两个覆盖",
        "三个代表", "三个务必", "三个必须", "三个有利于", "三严三实", "三会一课", "三重一大", "三大攻坚战",
        "三去一降一补", "三农", "三公经费", "三次产业", "三资", "三改一拆",
        "四个意识", "四个自信", "四个全面", "四个现代化", "四个服务", "四个坚持", "四个革命", "四个不摘",
        "四下基层", "四议两公开", "四风",
        "五位一体", "五大发展理念", "五水共治", "五个一", "六稳", "六保", "八项规定",
        "两学一做", "一带一路", "一国两制", "一岗双责", "一票否决", "两不愁三保障", "三保障",
    ])

    /// Four-character idioms with numerals in them: a numeral inside one is no quantity
    /// (三番五次 is not 5 次, 一年半载 is not 1.5 year). Held as their four scalars packed 16 bits
    /// each (`idiomKey`) and sorted, so a test is a binary search and no trie is built.
    static let numeralIdioms: [UInt64] = [
        "三番五次", "三番两次", "三令五申", "一五一十", "五湖四海", "七上八下", "三心二意", "三天两头", "一年半载", "三年五载",
        "十年八年", "三头六臂", "三言两语", "三长两短", "三五成群", "三三两两", "四面八方", "五颜六色", "七嘴八舌", "乱七八糟",
        "十全十美", "千方百计", "一干二净", "一清二楚", "接二连三", "丢三落四", "颠三倒四", "低三下四", "说三道四", "不三不四",
        "朝三暮四", "四分五裂", "五花八门", "七零八落", "九牛一毛", "十拿九稳", "百发百中", "千变万化", "千辛万苦", "万紫千红",
        "千家万户", "千山万水", "万水千山", "一心一意", "九死一生", "百里挑一", "千钧一发", "一举两得", "独一无二", "三更半夜",
        "半斤八两", "四平八稳", "七手八脚", "横七竖八", "万众一心", "一日千里", "一落千丈", "一掷千金", "成千上万", "成千上百",
        "千千万万", "一字千金", "三位一体", "三天打鱼", "两天晒网", "一时半刻", "一时半会", "三生三世", "两面三刀", "一箭双雕",
        "四海一家", "三人成虎", "五脏六腑", "七情六欲", "十万火急", "一模一样", "一本正经", "三顾茅庐", "九九归一",
    ].map(idiomKey).sorted()

    /// The pairs (numeral, next character) inside `numeralIdioms` (五次 in 三番五次, 一年 in
    /// 一年半载), packed 16 bits each and sorted: a one-character numeral whose pair is not one of
    /// them is in no idiom, and no idiom is looked for.
    static let idiomPairs: [UInt32] = {
        var pairs: Set<UInt32> = []
        for key in numeralIdioms {
            let scalars = (0..<4).map { UInt32((key >> UInt64(48 - 16 * $0)) & 0xFFFF) }
            for i in 0..<3 where ChineseNumerals.digit(scalars[i]) != nil || ChineseNumerals.smallUnit(scalars[i]) != nil
                || ChineseNumerals.largeUnit(scalars[i]) != nil || scalars[i] == ChineseNumerals.half {
                pairs.insert(scalars[i] << 16 | scalars[i + 1])
            }
        }
        return pairs.sorted()
    }()

    /// Whether the numeral `v` followed by `next` is one of `idiomPairs`.
    static func mayStartIdiomPair(_ v: UInt32, _ next: UInt32) -> Bool {
        let key = (v & 0xFFFF) << 16 | (next & 0xFFFF)
        var lo = 0
        var hi = idiomPairs.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if idiomPairs[mid] == key { return true }
            if idiomPairs[mid] < key { lo = mid + 1 } else { hi = mid }
        }
        return false
    }

    /// Whether `key` (as `idiomKey` packs it) is one of `numeralIdioms`.
    static func isNumeralIdiom(_ key: UInt64) -> Bool {
        var lo = 0
        var hi = numeralIdioms.count
        while lo < hi {
            let mid = (lo + hi) / 2
            let k = numeralIdioms[mid]
            if k == key { return true }
            if k < key { lo = mid + 1 } else { hi = mid }
        }
        return false
    }

    /// The four scalars of a four-character word packed 16 bits each, the first highest.
    static func idiomKey(_ word: String) -> UInt64 {
        word.unicodeScalars.reduce(0) { $0 << 16 | UInt64($1.value & 0xFFFF) }
    }
}
