import TongjiExtract

/// The Chinese words the report uses for the record's English codes (dimension, qualifier) and
/// for the tables' column names, so that a reader of a Chinese report sees Chinese headings.
/// The CSV files keep the codes: they are for machines and spreadsheets.
public enum ChineseNames {
    /// 金额, 长度, 面积 … for a dimension.
    public static func dimension(_ d: Dimension) -> String {
        switch d {
        case .money: "金额"
        case .length: "长度"
        case .area: "面积"
        case .volume: "体积"
        case .mass: "重量"
        case .energy: "电量"
        case .power: "功率"
        case .percent: "比例"
        case .temperature: "温度"
        case .duration: "时长"
        case .count: "数量"
        }
    }

    /// The dimension's Chinese name for its code ("area" → "面积"); other text as it is.
    public static func dimension(code: String) -> String {
        Dimension(rawValue: code).map(dimension) ?? code
    }

    /// 约, 超过, 不足 for a qualifier; "" for exact.
    public static func qualifier(code: String) -> String {
        switch Qualifier(rawValue: code) {
        case .exact?: ""
        case .approx?: "约"
        case .over?: "以上"
        case .under?: "不足"
        case nil: code
        }
    }

    /// The heading of a table column ("label" → "项目"); unknown names as they are.
    public static func column(_ name: String) -> String {
        switch name {
        case "label": "项目 / 对象"
        case "keyword": "指标"
        case "amount": "金额"
        case "value": "数值"
        case "value_max": "上限"
        case "unit": "单位"
        case "dimension": "类别"
        case "qualifier": "限定"
        case "sources": "来源文档"
        case "other_amounts": "其他金额"
        case "sentence": "原句"
        case "doc": "文档"
        case "count": "个数"
        case "sum": "合计"
        case "mentions": "提及次数"
        case "text": "原文"
        default: name
        }
    }
}
