/// What extraction finds in one text: the mentions, and the problems met on the way.
public struct ExtractionResult: Sendable, Hashable {
    /// Every quantity mention, in order of position.
    public var mentions: [Mention]
    /// Problems inside the text, e.g. a number too large to hold exactly ("9999999999999999999999999亿元").
    public var issues: [ExtractionIssue]

    /// Creates a result.
    public init(mentions: [Mention] = [], issues: [ExtractionIssue] = []) {
        self.mentions = mentions
        self.issues = issues
    }
}
