/// How far a report has come, handed to the progress callback after each piece of input.
public struct ReportProgress: Sendable, Hashable {
    /// Documents read so far, and in all (a folder's files, or nil when unknown: standard input).
    public var documentsDone: Int
    /// Input files in all, when known.
    public var filesTotal: Int?
    /// Input bytes read so far.
    public var bytesDone: Int
    /// Input bytes in all, when known.
    public var bytesTotal: Int?
    /// Seconds since the job started.
    public var elapsed: Double

    /// Creates a progress report.
    public init(documentsDone: Int, filesTotal: Int?, bytesDone: Int, bytesTotal: Int?, elapsed: Double) {
        self.documentsDone = documentsDone
        self.filesTotal = filesTotal
        self.bytesDone = bytesDone
        self.bytesTotal = bytesTotal
        self.elapsed = elapsed
    }

    /// Input read per second, in MB (10^6 bytes).
    public var megabytesPerSecond: Double {
        elapsed > 0 ? Double(bytesDone) / 1e6 / elapsed : 0
    }

    /// Seconds left at the rate so far, when the total is known and some input was read.
    public var secondsLeft: Double? {
        guard let total = bytesTotal, bytesDone > 0, elapsed > 0 else { return nil }
        return Double(max(0, total - bytesDone)) / (Double(bytesDone) / elapsed)
    }

    /// One line for a terminal: "3 documents, 12.4 MB/s, 2 s left".
    public var line: String {
        var text = "\(documentsDone) document\(documentsDone == 1 ? "" : "s")"
        if let filesTotal { text = "\(documentsDone)/\(filesTotal) files" }
        text += ", " + Self.oneDecimal(megabytesPerSecond) + " MB/s"
        if let left = secondsLeft { text += ", \(Int(left.rounded(.up))) s left" }
        return text
    }

    private static func oneDecimal(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }
}
