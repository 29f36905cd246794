/// Scale words written after an Arabic number: 3000万, 1.2万亿, 3.25 亿, 8千, 5百万.
/// Each multiplies by a power of ten; consecutive ones multiply together (万亿 = 10^12, 千万 = 10^7).
enum Scales {
    /// The power of ten of a scale character after digits (百 2, 千 3, 万 4, 亿 8, and 萬 億 仟 佰).
    static func power(_ v: UInt32) -> Int? {
        if let p = ChineseNumerals.largeUnit(v) { return p }
        switch v {
        case 0x767E, 0x4F70: return 2
        case 0x5343, 0x4EDF: return 3
        default: return nil
        }
    }
}
