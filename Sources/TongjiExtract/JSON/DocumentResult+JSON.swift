/// A piece's records as JSON Lines, written in one go: the bytes `ExtractionIssue.appendJSONLine`
/// and `Mention.appendJSONLine` write record by record, with less work per mention.
///
/// Seeds are dense: about two mentions share each sentence, and the sentence is half of every
/// record. One `MentionRecordWriter` serves the whole piece, so what neighbours share (doc, unit
/// fields, label, keyword, sentence) is escaped once and copied for the next mention.
extension DocumentResult {
    /// Appends the error records, then one JSON object and a line feed per mention.
    public func appendJSONLines(to out: inout [UInt8]) {
        for issue in issues { issue.appendJSONLine(to: &out) }
        var writer = MentionRecordWriter()
        let all = mentions.span
        for i in all.indices {
            writer.append(all[i], to: &out)
        }
    }
}
