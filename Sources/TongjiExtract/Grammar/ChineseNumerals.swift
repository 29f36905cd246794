/// The characters of Chinese numerals: digits, the small units 十百千, the large units 万亿, the
/// decimal point 点, in everyday, financial (大写) and traditional forms.
enum ChineseNumerals {
    /// The digit a character stands for: 零〇一二两三四五六七八九 and 壹贰叁肆伍陆柒捌玖, 兩貳陸.
    static func digit(_ v: UInt32) -> Int? {
        switch v {
        case 0x96F6, 0x3007: return 0            // 零 〇
        case 0x4E00, 0x58F9, 0x5E7A: return 1     // 一 壹 幺
        case 0x4E8C, 0x4E24, 0x8D30, 0x5169, 0x8CB3, 0x5006, 0x4FE9: return 2  // 二 两 贰 兩 貳 倆 俩
        case 0x4E09, 0x53C1: return 3             // 三 叁
        case 0x56DB, 0x8086: return 4             // 四 肆
        case 0x4E94, 0x4F0D: return 5             // 五 伍
        case 0x516D, 0x9646, 0x9678: return 6     // 六 陆 陸
        case 0x4E03, 0x67D2: return 7             // 七 柒
        case 0x516B, 0x634C: return 8             // 八 捌
        case 0x4E5D, 0x7396: return 9             // 九 玖
        default: return nil
        }
    }

    /// The power of ten of a small unit: 十拾 = 1, 百佰 = 2, 千仟 = 3.
    static func smallUnit(_ v: UInt32) -> Int? {
        switch v {
        case 0x5341, 0x62FE: return 1  // 十 拾
        case 0x767E, 0x4F70: return 2  // 百 佰
        case 0x5343, 0x4EDF: return 3  // 千 仟
        default: return nil
        }
    }

    /// The power of ten of a large unit: 万萬 = 4, 亿億 = 8.
    static func largeUnit(_ v: UInt32) -> Int? {
        switch v {
        case 0x4E07, 0x842C: return 4  // 万 萬
        case 0x4EBF, 0x5104: return 8  // 亿 億
        default: return nil
        }
    }

    /// 点 / 點, the decimal point of a Chinese numeral ("三点五").
    static func isPoint(_ v: UInt32) -> Bool { v == 0x70B9 || v == 0x9EDE }

    /// 半, a half ("半年", "一吨半").
    static let half: UInt32 = 0x534A

    /// Every character that can start a Chinese numeral, for the scanner's trigger table.
    static let startCharacters: [UInt32] = [
        0x96F6, 0x3007, 0x4E00, 0x58F9, 0x4E8C, 0x4E24, 0x8D30, 0x5169, 0x8CB3, 0x4E09, 0x53C1,
        0x56DB, 0x8086, 0x4E94, 0x4F0D, 0x516D, 0x9646, 0x9678, 0x4E03, 0x67D2, 0x516B, 0x634C,
        0x4E5D, 0x7396, 0x5341, 0x62FE, 0x767E, 0x4F70, 0x5343, 0x4EDF, 0x4E07, 0x842C, 0x4EBF, 0x5104,
        0x534A, 0x5006,
    ]
}
