import TongjiExtract

/// How `ReportJob` reads its input and what it puts in the report.
public struct ReportOptions: Sendable, Hashable {
    /// Text files (every `*.txt` below a folder) or JSON Lines records `{"id": ..., "text": ...}`.
    public var inputFormat: InputFormat
    /// Threads extracting at once (nil: every core). The report is identical for any value.
    public var jobs: Int?
    /// Start the CSV files with a UTF-8 byte order mark, which Excel on Windows needs to read Chinese.
    public var bom: Bool
    /// How many investment projects the ranking chart shows.
    public var topProjects: Int
    /// How many area and length items each of their charts shows.
    public var topWorks: Int
    /// How many documents the per-document chart shows (those with most quantities, when there are more).
    public var topDocuments: Int
    /// PNG pixels per chart pixel (2: sharp on most screens).
    public var pngScale: Double
    /// The most mentions listed one by one in `report.html` (every one is in `mentions.csv`);
    /// mentions that a table or chart links to are always listed.
    public var htmlMentionLimit: Int
    /// When the report was made, as the caller wants it shown ("2026-12-01T06:54:03Z"), or nil:
    /// by default nothing in the report depends on the time, so the same input gives the same bytes.
    public var timestamp: String?

    /// Creates options; the defaults are what `tongji report` uses.
    public init(
        inputFormat: InputFormat = .text, jobs: Int? = nil, bom: Bool = false,
        topProjects: Int = 15, topWorks: Int = 10, topDocuments: Int = 20, pngScale: Double = 2, htmlMentionLimit: Int = 5000,
        timestamp: String? = nil
    ) {
        self.inputFormat = inputFormat
        self.jobs = jobs
        self.bom = bom
        self.topProjects = topProjects
        self.topWorks = topWorks
        self.topDocuments = topDocuments
        self.pngScale = pngScale
        self.htmlMentionLimit = htmlMentionLimit
        self.timestamp = timestamp
    }
}
