/// What a finished report job did.
public struct ReportSummary: Sendable, Hashable {
    /// Documents read.
    public var documents: Int
    /// Mentions found.
    public var mentions: Int
    /// Problems met with the input (each is listed in the report and its `issues` section).
    public var issues: [String]
    /// True when some input could not be read (missing, unreadable, binary, invalid UTF-8).
    public var lostInput: Bool
    /// Every file written, relative to the output folder, in the manifest's order (the manifest last).
    public var files: [String]

    /// Creates a summary.
    public init(documents: Int, mentions: Int, issues: [String], lostInput: Bool, files: [String]) {
        self.documents = documents
        self.mentions = mentions
        self.issues = issues
        self.lostInput = lostInput
        self.files = files
    }
}
