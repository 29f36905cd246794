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

    /// `appendJSONLines`, taking the mentions out of the result (it is left without them), for a
    /// caller done with them once they are written.
    ///
    /// Each mention is moved out of the array instead of being read from it: reading one from an
    /// array copies it, a retain of each of its seven strings, and the releases come again when
    /// the array goes; a moved-out mention costs only the releases, once.
    public mutating func takeJSONLines(to out: inout [UInt8]) {
        for issue in issues { issue.appendJSONLine(to: &out) }
        var rest = mentions
        mentions = []  // `rest` now holds the only reference: moving out of it copies nothing
        do {
            // Reversed so that `popLast` gives them in order; swaps through the span are plain
            // moves (`reverse()` on the array goes through value witnesses, ten times slower).
            var span = rest.mutableSpan
            var i = 0
            var j = span.count &- 1
            while i < j {
                span.swapAt(i, j)
                i &+= 1
                j &-= 1
            }
        }
        var writer = MentionRecordWriter()
        while let mention = rest.popLast() {
            writer.append(mention, to: &out)
        }
    }
}
