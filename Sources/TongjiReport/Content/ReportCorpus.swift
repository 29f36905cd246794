import Foundation
import TongjiExtract

/// Everything extraction found in the report's input: the documents in input order, their
/// mentions, and the problems met, with the anchors that link a figure to its source.
///
/// The report keeps the mentions in memory (its tables rank and dedupe across documents); the
/// streaming, bounded-memory path for large corpora is `tongji extract` and `tongji table`.
public struct ReportCorpus: Sendable {
    /// Document names (a file's base name, a record's id), in input order, each once.
    public private(set) var documents: [String] = []
    /// Every mention, in input order: by document, then by position.
    public private(set) var mentions: [Mention] = []
    /// Every problem met, in input order ("a.txt:3: invalid UTF-8 ...").
    public private(set) var issues: [ExtractionIssue] = []
    /// The mention records and in-band error records as `tongji extract` writes them (JSON Lines),
    /// in input order: the report's `mentions.jsonl`.
    public private(set) var records: [UInt8] = []
    /// Input bytes read.
    public private(set) var bytes = 0
    /// Pieces of input that could not be read whole.
    public private(set) var lostInputs = 0
    private var documentIndex: [String: Int] = [:]

    /// An empty corpus.
    public init() {}

    /// Extracts every document of `paths`, calling `progress` after each piece of input.
    public static func collect(
        paths: [String], options: ReportOptions, progress: ((ReportProgress) -> Void)? = nil
    ) -> ReportCorpus {
        var input = InputOptions(format: options.inputFormat)
        if let jobs = options.jobs { input.jobs = jobs }
        let sources = DocumentSource.sources(for: paths, format: options.inputFormat)
        let total = Self.totalBytes(of: sources)
        let files = sources.contains(.standardInput) || options.inputFormat == .jsonl ? nil : sources.count
        let clock = ContinuousClock()
        let started = clock.now
        var corpus = ReportCorpus()
        extractAll(sources: sources, options: input) { result in
            corpus.add(result)
            if let progress {
                let elapsed = started.duration(to: clock.now)
                let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
                progress(ReportProgress(documentsDone: corpus.documents.count, filesTotal: files,
                                        bytesDone: corpus.bytes, bytesTotal: total, elapsed: seconds))
            }
        }
        return corpus
    }

    /// Adds one piece of extraction's output (a chunk of a file, a record, or a problem).
    public mutating func add(_ result: DocumentResult) {
        // A document is what was read; a missing or unreadable file (a problem, no bytes) is not one.
        if documentIndex[result.doc] == nil, result.inputProblem == nil || result.bytes > 0 {
            documentIndex[result.doc] = documents.count
            documents.append(result.doc)
        }
        result.appendJSONLines(to: &records)
        mentions += result.mentions
        issues += result.issues
        bytes += result.bytes
        if result.lostInput { lostInputs += 1 }
    }

    /// The anchor of a mention in `report.html`: "m-<document number>-<start offset>".
    public func anchor(of mention: Mention) -> String {
        "m-\(documentIndex[mention.doc] ?? -1)-\(mention.start)"
    }

    /// The anchor of a document's section in `report.html`: "doc-<document number>".
    public func anchor(ofDocument doc: String) -> String {
        "doc-\(documentIndex[doc] ?? -1)"
    }

    /// The input's size in bytes when every source is a file, for the time left.
    static func totalBytes(of sources: [DocumentSource]) -> Int? {
        var total = 0
        for source in sources {
            guard case .file(let path) = source,
                let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber
            else { return nil }
            total += size.intValue
        }
        return total
    }
}
