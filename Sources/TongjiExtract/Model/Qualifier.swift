/// How the text hedges a number: exactly, about, more than, or less than.
///
/// The raw values are the `qualifier` strings of the mention record.
public enum Qualifier: String, Sendable, Hashable, CaseIterable, Codable {
    /// No hedge ("3.25亿元"); also 仅.
    case exact
    /// About: 约 大约 左右 上下 大概.
    case approx
    /// More than: 超过 逾 余 多 以上 超 突破 上万; vague tails such as 十几, 二十多, 百余.
    case over
    /// Less than: 近 将近 不足 不到 以下 未满 以内 内.
    case under
}
