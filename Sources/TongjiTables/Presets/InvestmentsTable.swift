import TongjiExtract

/// `--preset investments`: which projects got the most investment.
///
/// Keeps money mentions whose keyword is an investment word (`InvestmentKeywords`), counts each
/// fact once across articles (`Deduplicator`), and gives one row per project label (per article:
/// a generic label such as 项目 in two articles is two projects): the label's
/// largest amount (a project's total beats its first phase), with that fact's keyword, qualifier,
/// sources and sentence; the label's other amounts are kept in `other_amounts` as
/// "keyword=amount" (e.g. 当年计划投资 beside 总投资), so nothing found is dropped. Mentions without a label each get their own row (the sentence says what
/// they are). Rows are sorted by amount, largest first, then by label.
///
/// Columns: label, keyword, amount (base unit in the header: `amount_CNY`), qualifier, sources,
/// other_amounts, sentence; a `unit` column appears instead of the header suffix when currencies are mixed.
public struct InvestmentsTable: MentionTableBuilder {
    private var deduplicator = Deduplicator()
    /// Extra filters (`--where`) every mention must also pass.
    public let filters: [MentionFilter]

    /// Creates an empty table builder.
    public init(filters: [MentionFilter] = []) {
        self.filters = filters
    }

    /// True when a mention is an investment amount.
    public static func isInvestment(_ m: Mention) -> Bool {
        m.dimension == .money && InvestmentKeywords.contains(m.keyword)
    }

    /// The fields the preset reads.
    public var neededFields: Set<MentionField> {
        Set(filters.map(\.field)).union([.doc, .dimension, .unit, .qualifier, .label, .keyword, .sentence, .value])
    }

    /// Adds one mention (ignored unless it is an investment passing the filters).
    public mutating func add(_ mention: Mention) {
        guard Self.isInvestment(mention) else { return }
        for f in filters where !f.matches(mention) { return }
        deduplicator.add(mention)
    }

    /// The projects, largest amount first: each label's largest fact, with the label's other
    /// facts beside it (`table()` is these as rows). The report uses them to link every amount
    /// to the sentence it comes from.
    public func projects() -> [InvestmentProject] {
        var byLabel: [String: [Fact]] = [:]
        var unlabeled: [Fact] = []
        for fact in deduplicator.result {
            let label = LabelNormalizer.normalize(fact.mention.label ?? "")
            // A label's amounts collapse within one article only: across articles a generic
            // label ("项目") names different projects; the same fact in several articles has
            // already become one fact with all its sources.
            if label.isEmpty { unlabeled.append(fact) } else { byLabel[label + "\u{1F}" + fact.mention.doc, default: []].append(fact) }
        }
        var rows: [InvestmentProject] = []
        for (_, facts) in byLabel {
            // Largest first; equal amounts keep the facts' (doc, start) order.
            let ordered = facts.enumerated().sorted { a, b in
                let x = Self.amount(a.element), y = Self.amount(b.element)
                return x == y ? a.offset < b.offset : y < x
            }.map(\.element)
            rows.append(InvestmentProject(fact: ordered[0], others: Array(ordered.dropFirst())))
        }
        rows += unlabeled.map { InvestmentProject(fact: $0, others: []) }
        // Largest amount first; ties by label (Unicode scalar order, unlabeled last), then by source.
        return rows.sorted { a, b in
            let x = Self.amount(a.fact), y = Self.amount(b.fact)
            if x != y { return y < x }
            let la = a.fact.mention.label ?? "", lb = b.fact.mention.label ?? ""
            if la != lb {
                if la.isEmpty || lb.isEmpty { return lb.isEmpty }
                return la.unicodeScalars.lexicographicallyPrecedes(lb.unicodeScalars)
            }
            return Fact.precedes(a.fact.mention, b.fact.mention)
        }
    }

    /// A fact's amount as an exact decimal.
    static func amount(_ f: Fact) -> ExactDecimal { f.mention.exactValue ?? DecimalText.exact(f.mention.value) ?? .zero }

    /// The finished table.
    public func table() -> Table {
        let amount = Self.amount
        let rows = projects().map { ($0.fact, $0.others) }
        var table = Table(columns: [
            TableColumn(name: "label", kind: .text),
            TableColumn(name: "keyword", kind: .text),
            TableColumn(name: "amount", kind: .number, unit: .perRow),
            TableColumn(name: "unit", kind: .text),
            TableColumn(name: "qualifier", kind: .text),
            TableColumn(name: "sources", kind: .list),
            TableColumn(name: "other_amounts", kind: .list),
            TableColumn(name: "sentence", kind: .text),
        ])
        table.rows = rows.map { f, others in
            let m = f.mention
            let other = others.map { o in (o.mention.keyword ?? "") + "=" + amount(o).description }
            return [.text(m.label), .text(m.keyword), MentionListing.number(m.value, m.exactValue), .text(m.unit),
                    .text(m.qualifier.rawValue), .list(f.sources), other.isEmpty ? .empty : .list(other), .text(m.sentence)]
        }
        // Label first so ties in amount come out in a fixed order, then amount, largest first.
        table.sort(by: 0, descending: false)
        table.sort(by: 2, descending: true)
        table.collapseUnitColumn()
        return table
    }
}

/// One row of the investments preset: a project's largest amount and its other amounts.
public struct InvestmentProject: Sendable, Hashable {
    /// The fact shown: the label's largest amount, with its sources and sentence.
    public var fact: Fact
    /// The label's other amounts in the same article (当年计划投资 beside 总投资), largest first.
    public var others: [Fact]
}
