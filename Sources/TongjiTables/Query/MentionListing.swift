import TongjiExtract

/// Tables that list mentions or facts one per row (a query without `--by`).
public enum MentionListing {
    /// One row per mention: doc, label, keyword, value, value_max, unit, dimension, qualifier, text, sentence.
    public static func table(of mentions: [Mention]) -> Table {
        var table = Table(columns: [
            TableColumn(name: "doc", kind: .text),
            TableColumn(name: "label", kind: .text),
            TableColumn(name: "keyword", kind: .text),
            TableColumn(name: "value", kind: .number, unit: .perRow),
            TableColumn(name: "value_max", kind: .number, unit: .perRow),
            TableColumn(name: "unit", kind: .text),
            TableColumn(name: "dimension", kind: .text),
            TableColumn(name: "qualifier", kind: .text),
            TableColumn(name: "text", kind: .text),
            TableColumn(name: "sentence", kind: .text),
        ])
        table.rows = mentions.map { m in
            [.text(m.doc), .text(m.label), .text(m.keyword), number(m.value, m.exactValue),
             m.valueMax.map { number($0, m.exactValueMax) } ?? .empty,
             .text(m.unit), .text(m.dimension.rawValue), .text(m.qualifier.rawValue), .text(m.text), .text(m.sentence)]
        }
        table.collapseUnitColumn()
        return table
    }

    /// One row per fact: label, keyword, value, value_max, unit, dimension, qualifier, sources,
    /// mentions (how many state it), sentence (of the first mention).
    public static func table(of facts: [Fact]) -> Table {
        var table = Table(columns: [
            TableColumn(name: "label", kind: .text),
            TableColumn(name: "keyword", kind: .text),
            TableColumn(name: "value", kind: .number, unit: .perRow),
            TableColumn(name: "value_max", kind: .number, unit: .perRow),
            TableColumn(name: "unit", kind: .text),
            TableColumn(name: "dimension", kind: .text),
            TableColumn(name: "qualifier", kind: .text),
            TableColumn(name: "sources", kind: .list),
            TableColumn(name: "mentions", kind: .number),
            TableColumn(name: "sentence", kind: .text),
        ])
        table.rows = facts.map { f in
            let m = f.mention
            return [.text(m.label), .text(m.keyword), number(m.value, m.exactValue),
                    m.valueMax.map { number($0, m.exactValueMax) } ?? .empty,
                    .text(m.unit), .text(m.dimension.rawValue), .text(m.qualifier.rawValue),
                    .list(f.sources), .number(String(f.mentionCount)), .text(m.sentence)]
        }
        table.collapseUnitColumn()
        return table
    }

    /// A number cell: the exact decimal when known, else the double's plain text.
    static func number(_ value: Double, _ exact: ExactDecimal?) -> TableCell {
        if let exact { return .number(exact.description) }
        return value.isFinite ? .number(TongjiFormatBridge.plain(value)) : .empty
    }
}

extension TableCell {
    /// A text cell, or empty for nil or "".
    static func text(_ value: String?) -> TableCell {
        guard let value, !value.isEmpty else { return .empty }
        return .text(value)
    }
}
