import TongjiExtract

/// Mention records as CSV rows: the spec's fields, then label, keyword and sentence, one row per
/// mention, numbers raw in base units (exact digits where the record has them).
///
/// The one definition of the mention CSV, shared by `tongji extract --format csv` and the
/// report's `mentions.csv`, so both open the same way in a spreadsheet.
///
/// ```swift
/// var csv = CSVWriter(bom: true)
/// csv.writeHeader(MentionCSV.header)
/// for m in mentions { csv.writeRow(MentionCSV.cells(m)) }
/// ```
public enum MentionCSV {
    /// The columns, in order.
    public static let header = [
        "doc", "start", "end", "text", "value", "value_max", "unit", "dimension", "qualifier", "surface_unit",
        "label", "keyword", "sentence",
    ]

    /// One mention's cells, in `header` order.
    public static func cells(_ m: Mention) -> [CSVCell] {
        [
            .text(m.doc), .number(m.start), .number(m.end), .text(m.text),
            m.exactValue.map { CSVCell.number($0) } ?? .number(m.value),
            m.valueMax.map { max in m.exactValueMax.map { CSVCell.number($0) } ?? .number(max) } ?? .empty,
            .text(m.unit), .text(m.dimension.rawValue), .text(m.qualifier.rawValue), .text(m.surfaceUnit),
            .text(m.label), .text(m.keyword), .text(m.sentence),
        ]
    }
}
