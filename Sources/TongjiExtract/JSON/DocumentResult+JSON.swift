/// A piece's records as JSON Lines, written in one go: the bytes `ExtractionIssue.appendJSONLine`
/// and `Mention.appendJSONLine` write record by record, with less work per mention.
///
/// Seeds are dense: about two mentions share each sentence, and the sentence is half of every
/// record. Neighbours hold the same sentence `String` (one storage), so its escaped bytes are made
/// once and copied for the next mention; labels inherited from a neighbour are reused the same way,
/// and so are the constant stretches between the values (`RecordPrefixCache`).
extension DocumentResult {
    /// Appends the error records, then one JSON object and a line feed per mention.
    public func appendJSONLines(to out: inout [UInt8]) {
        for issue in issues { issue.appendJSONLine(to: &out) }
        var prefixes = RecordPrefixCache()
        var labels = EscapedStringCache()
        var sentences = EscapedStringCache()
        for mention in mentions {
            mention.appendJSONLine(to: &out, prefixes: &prefixes, labels: &labels, sentences: &sentences)
        }
    }
}

extension Mention {
    /// `appendJSONLine(to:)` with the constant stretches, the label and the sentence copied from
    /// caches of the last one seen.
    func appendJSONLine(
        to out: inout [UInt8], prefixes: inout RecordPrefixCache, labels: inout EscapedStringCache, sentences: inout EscapedStringCache
    ) {
        prefixes.appendOpening(doc: doc, to: &out)
        JSONWriter.appendInteger(Int64(start), to: &out)
        JSONWriter.appendRaw(",\"end\":", to: &out); JSONWriter.appendInteger(Int64(end), to: &out)
        JSONWriter.appendRaw(",\"text\":", to: &out); JSONWriter.appendString(text, to: &out)
        JSONWriter.appendRaw(",\"value\":", to: &out); JSONWriter.appendNumber(value, exact: exactValue, to: &out)
        if let valueMax {
            JSONWriter.appendRaw(",\"value_max\":", to: &out)
            JSONWriter.appendNumber(valueMax, exact: exactValueMax, to: &out)
        } else {
            JSONWriter.appendRaw(",\"value_max\":null", to: &out)
        }
        prefixes.appendUnitFields(unit: unit, dimension: dimension, qualifier: qualifier, to: &out)
        JSONWriter.appendString(surfaceUnit, to: &out)
        if let label { JSONWriter.appendRaw(",\"label\":", to: &out); labels.append(label, to: &out) }
        if let keyword { JSONWriter.appendRaw(",\"keyword\":", to: &out); JSONWriter.appendString(keyword, to: &out) }
        if let sentence { JSONWriter.appendRaw(",\"sentence\":", to: &out); sentences.append(sentence, to: &out) }
        JSONWriter.appendRaw("}\n", to: &out)
    }
}
