/// The statistic words that mark a money mention as an investment.
///
/// A keyword counts when it contains one of the roots: 投资 (投资, 总投资, 计划投资, 计划总投资,
/// 项目总投资, 完成投资, 累计投资, 固定资产投资), 签约 (签约, 累计签约, 签约金额), 融资, 筹集
/// (筹集, 筹集资金), 募集, 引资 (招商引资), 集资. Matching by root rather than by a closed list
/// keeps 计划总投资 and 项目总投资 in without listing every compound.
public enum InvestmentKeywords {
    /// The roots, in the order listed above.
    public static let roots: [String] = ["投资", "签约", "融资", "筹集", "募集", "引资", "集资"]

    /// True when `keyword` is an investment word.
    public static func contains(_ keyword: String?) -> Bool {
        guard let keyword, !keyword.isEmpty else { return false }
        return roots.contains { keyword.contains($0) }
    }
}
