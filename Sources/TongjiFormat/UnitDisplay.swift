/// How a base unit of the mention record reads in Chinese, and a value shown in it.
///
/// Mentions carry values in base units (`CNY`, `m`, `m2`, `kg`, ...; see the spec), which is
/// right for sums and CSV but not for people. The rules:
///
/// | base unit | shown as |
/// |---|---|
/// | `CNY` `USD` `EUR` `HKD` `JPY` | 元 美元 欧元 港元 日元 |
/// | `m` | 米; 公里 from 1,000 m (63200 m → 63.2公里) |
/// | `m2` `m3` | 平方米 立方米 (always: Chinese reports write 14.5万平方米, not 0.145平方公里) |
/// | `kg` | 千克; 吨 from 1,000 kg (5e7 kg → 5万吨) |
/// | `kWh` `kW` | 千瓦时 千瓦 |
/// | `%` `pp` `degC` | % 个百分点 ℃ (never scaled by 万/亿) |
/// | `year` `month` `week` `day` `hour` `minute` | 年 个月 周 天 小时 分钟 |
/// | anything else (classifiers: 个 家 人 ...) | as is |
///
/// ```swift
/// print(UnitDisplay.format(63_200, baseUnit: "m"))          // Prints "63.2公里"
/// print(UnitDisplay.format(325_000_000, baseUnit: "CNY"))   // Prints "3.25亿元"
/// print(UnitDisplay.format(145_000, baseUnit: "m2"))        // Prints "14.5万平方米"
/// ```
public enum UnitDisplay {
    /// The value converted to the unit people read, and that unit's Chinese name:
    /// (63200, "m") → (63.2, "公里"); (1234, "人") → (1234, "人").
    public static func display(value: Double, baseUnit: String) -> (value: Double, unit: String) {
        switch baseUnit {
        case "m":
            return value.magnitude >= 1000 ? (value / 1000, "公里") : (value, "米")
        case "kg":
            return value.magnitude >= 1000 ? (value / 1000, "吨") : (value, "千克")
        default:
            return (value, name(of: baseUnit))
        }
    }

    /// The Chinese name of a base unit, without converting: "CNY" → "元", "m2" → "平方米",
    /// "m" → "米", "pp" → "个百分点"; classifiers and unknown units as they are.
    public static func name(of baseUnit: String) -> String {
        switch baseUnit {
        case "CNY": return "元"
        case "USD": return "美元"
        case "EUR": return "欧元"
        case "HKD": return "港元"
        case "JPY": return "日元"
        case "GBP": return "英镑"
        case "m": return "米"
        case "m2": return "平方米"
        case "m3": return "立方米"
        case "kg": return "千克"
        case "kWh": return "千瓦时"
        case "kW": return "千瓦"
        case "%": return "%"
        case "pp": return "个百分点"
        case "degC": return "℃"
        case "year": return "年"
        case "month": return "个月"
        case "week": return "周"
        case "day": return "天"
        case "hour": return "小时"
        case "minute": return "分钟"
        default: return baseUnit
        }
    }

    /// True when values in this unit may take a 万/亿 scale (not percentages, points or degrees:
    /// "12.6%" must never read "0.00126万%").
    public static func isScalable(_ baseUnit: String) -> Bool {
        switch baseUnit {
        case "%", "pp", "degC": return false
        default: return true
        }
    }

    /// A value in a base unit as people read it: "63.2公里", "3.25亿元", "14.5万平方米",
    /// "1,234人", "-12.6%", "-28℃".
    public static func format(
        _ value: Double, baseUnit: String,
        formatter: ChineseNumberFormatter = ChineseNumberFormatter()
    ) -> String {
        let shown = display(value: value, baseUnit: baseUnit)
        if isScalable(baseUnit) {
            return formatter.format(shown.value, unit: shown.unit)
        }
        return formatter.format(shown.value, in: .one, unit: shown.unit)
    }
}
