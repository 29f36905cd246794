/// The common jobs, one word each (`--preset investments`, `--preset summary`).
///
/// - `investments`: money mentions whose keyword is an investment word (`InvestmentKeywords`),
///   deduplicated, one row per project label with its amount, qualifier, sources and sentence,
///   largest first.
/// - `summary`: per document × dimension (and unit): how many quantities and their sum in the
///   base unit, facts repeated inside one document counted once.
public enum Preset: String, Sendable, Hashable, CaseIterable {
    /// Which projects got the most investment.
    case investments
    /// How many quantities of each kind each document reports.
    case summary
}
