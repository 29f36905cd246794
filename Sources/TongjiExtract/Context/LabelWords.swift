/// Words that bound a label: what is stripped from its ends and where reading it stops.
enum LabelWords {
    /// Stripped from the start of a label read before the number ("其中违法建筑达" → "违法建筑").
    static let leadingFillers = WordList(["其中", "对", "为", "在", "将", "把", "由", "共", "并", "和", "与", "及", "等", "已", "还", "又", "也", "让", "使", "了", "的", "是", "有", "今年", "去年", "目前", "截至目前", "全年", "当年", "同时", "此外", "另外", "已经", "实现", "完成", "累计完成", "累计实现", "预计", "全年", "有望", "可", "将会", "建成后", "其中今年", "今年以来", "上半年", "下半年", "一季度", "二季度", "三季度", "四季度", "前三季度", "一至三季度"])
    /// Stripped from the end of a label read before the number ("清理私搭乱建等" → "私搭乱建").
    static let trailingFillers = WordList(["达到", "达", "为", "是", "约", "共", "了", "等", "有", "的", "已", "已达", "超", "计", "各", "总", "共有", "分别", "均", "都", "就", "仅", "只", "用", "占了", "完成", "实现", "达到了", "累计完成", "控制在", "保持在", "降至", "升至", "增至", "提高到", "提高至", "突破", "有望", "可望", "可", "将", "预计", "可实现"])
    /// Where a label read after the number stops ("20台大客车负责免费接送" → "大客车").
    static let stops = WordList(["等", "在", "先后", "全部", "均", "都", "已", "正在", "将", "被", "把", "并", "之一", "负责", "实现", "推进", "成为", "获得", "进行", "开展", "得到", "达到", "参与", "参加", "落实", "活跃", "加盟", "整村", "顺利", "投入使用", "建成", "开工", "竣工", "完工", "即将", "开始", "全面", "成功", "启动", "落户", "签约", "投产", "试生产", "正式", "陆续", "相继", "共同", "累计", "合计", "共计", "分别", "也", "还", "又", "就"])
    /// A label read before the number that starts with one of these is only the base of a
    /// comparison ("比上年增长5.8%", "较常年偏高0.6℃", "同比下降2.3%"), not the thing measured: the
    /// mention then takes its neighbour's label, as statistical bulletins mean it
    /// ("地区生产总值2856.3亿元，比上年增长5.8%": both are 地区生产总值).
    static let comparisonStarts = WordList(["比上", "比去", "比前", "比同期", "比年初", "比1", "比2", "较上", "较去", "较前",
                                            "较常年", "较同期", "较年初", "较1", "较2", "同比", "环比"])
    /// After 的, these start a verb phrase, not the thing measured ("总投资超过160亿元的成功签约").
    static let verbsAfterDe = WordList(["成功", "建设", "实施", "推进", "完成", "开展", "落地", "签约", "投入", "增长", "下降", "基础上", "水平"])
    /// A label read directly after a measure (no 的) must not start with these: they are verbs or
    /// function words, not the thing measured ("投资1000万元用于建设" has no label after it).
    static let notNounStart = WordList(["高", "宽", "深", "厚", "压缩", "成功", "用于", "用", "建设", "实施", "完成", "开展", "为", "是", "在", "将", "已", "把", "对", "于", "以", "从", "到", "与", "和", "及", "等", "被", "让", "使", "增长", "下降", "同比", "比", "较", "达", "占", "左右", "以上", "以下", "之", "来", "后", "前", "时候", "中", "里", "内", "外", "的", "了", "就", "才", "都", "也", "还", "又", "即", "作为", "紧张", "相当"])
}
