import TongjiExtract

/// Counts each fact once (`--dedupe`): mentions that state the same fact collapse into one `Fact`
/// that keeps all their documents.
///
/// **The rule.** Two mentions state the same fact when all of these agree:
/// - `dimension` and `unit` (the base unit);
/// - `value` and `value_max`, compared exactly as decimals in the base unit (3.25亿元 and
///   32500万元 are the same 325000000 CNY);
/// - `label`, after `LabelNormalizer.normalize` (case, full-width forms, spaces and punctuation
///   ignored), and both labels present and non-empty: a mention without a label is never merged
///   with another, because "100人" in two articles is rarely the same 100 people;
/// - with `perDocument` (used when grouping by `doc`), also `doc`: a fact repeated inside one
///   article counts once for that article, and still once for each other article.
///
/// The qualifier, keyword and wording may differ (约3亿元 and 3亿元 of the same project are one
/// fact); the representative mention is the first by (doc, start), so the result does not depend
/// on input order.
public struct Deduplicator: Sendable {
    struct Key: Hashable {
        var dimension: Dimension
        var unit: String
        var value: String
        var valueMax: String
        var label: String
        var doc: String
    }

    /// True when facts are kept apart per document.
    public let perDocument: Bool
    private var index: [Key: Int] = [:]
    private var facts: [Fact] = []

    /// Creates an empty deduplicator.
    public init(perDocument: Bool = false) {
        self.perDocument = perDocument
    }

    /// The fact key of a mention, or nil when it has no label (never merged).
    static func key(of m: Mention, perDocument: Bool) -> Key? {
        guard let label = m.label else { return nil }
        let normalized = LabelNormalizer.normalize(label)
        guard !normalized.isEmpty else { return nil }
        let value = (m.exactValue ?? DecimalText.exact(m.value))?.description ?? String(m.value)
        let valueMax = m.valueMax.map { (m.exactValueMax ?? DecimalText.exact($0))?.description ?? String($0) } ?? ""
        return Key(dimension: m.dimension, unit: m.unit, value: value, valueMax: valueMax,
                   label: normalized, doc: perDocument ? m.doc : "")
    }

    /// Adds a mention: a new fact, or another source of a known one.
    public mutating func add(_ mention: Mention) {
        guard let key = Self.key(of: mention, perDocument: perDocument) else {
            facts.append(Fact(mention))
            return
        }
        if let i = index[key] {
            facts[i].absorb(mention)
        } else {
            index[key] = facts.count
            facts.append(Fact(mention))
        }
    }

    /// Merges another deduplicator's facts (same `perDocument`), keeping every source.
    public mutating func merge(_ other: Deduplicator) {
        for fact in other.facts {
            guard let key = Self.key(of: fact.mention, perDocument: perDocument) else {
                facts.append(fact)
                continue
            }
            if let i = index[key] {
                facts[i].absorb(fact)
            } else {
                index[key] = facts.count
                facts.append(fact)
            }
        }
    }

    /// The facts, ordered by their representative's (doc, start).
    public var result: [Fact] {
        facts.sorted { Fact.precedes($0.mention, $1.mention) }
    }
}
