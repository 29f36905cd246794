/// Writes mention records (the spec's fields in order, then `label`, `keyword` and `sentence`
/// when known), each through one `OutputSpan` of a size worked out first.
///
/// Per record: the opening with the doc and the sentence field are copied from caches of the last
/// one seen (they repeat between neighbours), the stretch between unit and surface unit from a
/// table; the rest (offsets, text, values, units, label, keyword) is written in place, with keys
/// stored as two words each (`JSONPiece`).
struct MentionRecordWriter {
    /// `{"doc":…,"start":`.
    private var prefixes = RecordPrefixCache()
    /// `,"sentence":"…"`.
    private var sentences = EscapedStringCache(key: "sentence")
    /// `,"dimension":…,"qualifier":…,"surface_unit":`.
    private let unitFields = UnitFieldTable.shared
    /// The keys written between the values.
    private let endKey = JSONPiece(",\"end\":")
    private let textKey = JSONPiece(",\"text\":")
    private let valueKey = JSONPiece(",\"value\":")
    private let valueMaxKey = JSONPiece(",\"value_max\":")
    private let unitKey = JSONPiece(",\"unit\":")
    private let labelKey = JSONPiece(",\"label\":")
    private let keywordKey = JSONPiece(",\"keyword\":")

    /// A writer with empty caches.
    init() {}

    /// Appends `mention` as one JSON object and a line feed.
    ///
    /// The writing closure captures only spans and plain values, never the mention: a captured
    /// mention is copied, which costs a retain and a release of each of its seven strings.
    @inline(__always)
    mutating func append(_ mention: borrowing Mention, to out: inout [UInt8]) {
        prefixes.update(doc: mention.doc)
        let text = mention.text.utf8.span.bytes
        let unit = mention.unit.utf8.span.bytes
        let surfaceUnit = mention.surfaceUnit.utf8.span.bytes
        let labelText = mention.label ?? ""
        let keywordText = mention.keyword ?? ""
        let label = labelText.utf8.span.bytes
        let keyword = keywordText.utf8.span.bytes
        let hasLabel = mention.label != nil
        let hasKeyword = mention.keyword != nil
        let hasSentence = mention.sentence != nil
        if let sentence = mention.sentence { sentences.update(sentence) }
        let start = mention.start
        let end = mention.end
        let value = mention.value
        let exactValue = mention.exactValue
        let valueMax = mention.valueMax
        let exactValueMax = mention.exactValueMax
        let dimension = mention.dimension
        let qualifier = mention.qualifier
        // Every piece's room, and 16 bytes for the words stored past the last one.
        var bound = prefixes.opening.count &+ JSONWriter.integerBound &+ endKey.count &+ JSONWriter.integerBound
        bound &+= textKey.count &+ JSONWriter.quotedBound(text.byteCount)
        bound &+= valueKey.count &+ (exactValue?.plainTextBound ?? JSONNumber.doubleBound)
        bound &+= valueMaxKey.count &+ (valueMax == nil ? 4 : exactValueMax?.plainTextBound ?? JSONNumber.doubleBound)
        bound &+= unitKey.count &+ JSONWriter.quotedBound(unit.byteCount) &+ unitFields.count(dimension, qualifier)
        bound &+= JSONWriter.quotedBound(surfaceUnit.byteCount)
        if hasLabel { bound &+= labelKey.count &+ JSONWriter.quotedBound(label.byteCount) }
        if hasKeyword { bound &+= keywordKey.count &+ JSONWriter.quotedBound(keyword.byteCount) }
        if hasSentence { bound &+= sentences.field.count }
        bound &+= 2 &+ 16
        out.appendWriting(upTo: bound) { target in
            var o = ByteCopy.copy(prefixes.opening.span.bytes, into: &target, at: 0)
            o = JSONWriter.writeInteger(Int64(start), into: &target, at: o)
            o = endKey.write(into: &target, at: o)
            o = JSONWriter.writeInteger(Int64(end), into: &target, at: o)
            o = textKey.write(into: &target, at: o)
            o = JSONWriter.writeQuoted(text, into: &target, at: o)
            o = valueKey.write(into: &target, at: o)
            o = JSONNumber.write(value, exact: exactValue, into: &target, at: o)
            o = valueMaxKey.write(into: &target, at: o)
            if let valueMax {
                o = JSONNumber.write(valueMax, exact: exactValueMax, into: &target, at: o)
            } else {
                o = JSONNumber.writeNull(into: &target, at: o)
            }
            o = unitKey.write(into: &target, at: o)
            o = JSONWriter.writeQuoted(unit, into: &target, at: o)
            o = unitFields.write(dimension, qualifier, into: &target, at: o)
            o = JSONWriter.writeQuoted(surfaceUnit, into: &target, at: o)
            if hasLabel {
                o = labelKey.write(into: &target, at: o)
                o = JSONWriter.writeQuoted(label, into: &target, at: o)
            }
            if hasKeyword {
                o = keywordKey.write(into: &target, at: o)
                o = JSONWriter.writeQuoted(keyword, into: &target, at: o)
            }
            if hasSentence { o = ByteCopy.copy(sentences.field.span.bytes, into: &target, at: o) }
            target.storeBytes(of: UInt16(0x0A7D).littleEndian, toByteOffset: o, as: UInt16.self)  // "}\n"
            return o &+ 2
        }
    }
}
