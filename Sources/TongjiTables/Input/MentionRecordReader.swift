import TongjiExtract

/// Streams JSON Lines mention records from a file or standard input, one line at a time, and
/// reports each line that is not a mention record with its line number, then goes on.
///
/// Memory is one read buffer (4 MiB) plus the longest line, whatever the input size.
///
/// ```swift
/// var reader = MentionRecordReader(keep: engine.neededFields)
/// try reader.read(path: "output/mentions.jsonl") { mention in engine.add(mention) }
/// print(reader.skipped)   // malformed lines
/// ```
public struct MentionRecordReader: Sendable {
    /// A line that was not read as a mention.
    public struct Problem: Sendable, Hashable, CustomStringConvertible {
        /// The input's name (path, or "stdin").
        public var source: String
        /// 1-based line number.
        public var line: Int
        /// What was wrong.
        public var message: String
        /// "mentions.jsonl:3: not a JSON object: expected ':' after a key at byte 12"
        public var description: String { "\(source):\(line): \(message)" }
    }

    /// The decoder used for each line.
    public let decoder: MentionLineDecoder
    /// Lines skipped as malformed so far.
    public private(set) var skipped = 0
    /// In-band error records of `tongji extract` met so far (not mentions; reported, not counted as malformed).
    public private(set) var extractionIssues = 0
    /// Mentions read so far.
    public private(set) var mentions = 0
    /// Called for each malformed line and each extraction error record (the CLI prints them on stderr).
    public var report: @Sendable (Problem) -> Void
    /// When set, problems are kept in `problems` (up to this many) instead of reported at once.
    var keepProblems: Int?
    /// Problems kept (see `keepProblems`).
    var problems: [Problem] = []

    /// Creates a reader materializing `keep` fields.
    public init(keep: Set<MentionField> = Set(MentionField.allCases), report: @escaping @Sendable (Problem) -> Void = { _ in }) {
        decoder = MentionLineDecoder(keep: keep)
        self.report = report
    }

    /// Reads every record of a file ("-" for standard input), calling `body` for each mention.
    public mutating func read(path: String, _ body: (Mention) -> Void) throws(InputProblem) {
        if path == "-" {
            try read(descriptor: .standardInput, source: "stdin", body)
            return
        }
        let fd = try FileDescriptor.open(path)
        defer { fd.close() }
        try read(descriptor: fd, source: path, body)
    }

    /// Reads every record from a descriptor.
    public mutating func read(descriptor: FileDescriptor, source: String, _ body: (Mention) -> Void) throws(InputProblem) {
        _ = try read(descriptor: descriptor, source: source, from: 0, to: nil, firstLine: 1, body)
    }

    /// Reads the lines that start in the byte range `from..<to` of a descriptor positioned at
    /// `from` (to the end when `to` is nil). When `from > 0` the first, partial line belongs to
    /// the range before and is skipped; the line that starts before `to` is read to its end.
    /// Returns how many lines were read (so line numbers can be continued by the next range).
    mutating func read(descriptor: FileDescriptor, source: String, from: Int, to: Int?, firstLine: Int,
                       _ body: (Mention) -> Void) throws(InputProblem) -> Int {
        var buffer: [UInt8] = []
        buffer.reserveCapacity(4 << 20 + 4096)
        var line = firstLine
        var atEnd = false
        var offset = from            // file offset of buffer[0]
        var skipping = from > 0      // inside the previous range's last line
        var done = false
        while !atEnd && !done {
            let got = try descriptor.read(appendingTo: &buffer, count: 4 << 20)
            if got == 0 { atEnd = true }
            var start = 0
            let count = buffer.count
            while start < count {
                if let to, offset + start >= to, !skipping { done = true; break }
                if !skipping, let (record, nl) = decoder.decodeLine(buffer, from: start, limit: count) {
                    deliver(record, line: line, source: source, body)
                    line += 1
                    start = nl + 1
                    continue
                }
                guard let nl = buffer[start..<count].firstIndex(of: 0x0A) else {
                    if atEnd {
                        if !skipping { handle(buffer, start, count, line: line, source: source, body); line += 1 }
                        start = count
                    }
                    break
                }
                if skipping {
                    skipping = false
                } else {
                    handle(buffer, start, nl, line: line, source: source, body)
                    line += 1
                }
                start = nl + 1
            }
            if start > 0 {
                buffer.removeFirst(start)
                offset += start
            }
        }
        return line - firstLine
    }

    /// Reads records from bytes in memory (tests, small inputs).
    public mutating func read(bytes: [UInt8], source: String, _ body: (Mention) -> Void) {
        var from = 0
        var line = 1
        while from < bytes.count {
            let nl = bytes[from...].firstIndex(of: 0x0A) ?? bytes.count
            handle(bytes, from, nl, line: line, source: source, body)
            line += 1
            from = nl + 1
        }
    }

    private mutating func handle(_ b: [UInt8], _ from: Int, _ to: Int, line: Int, source: String, _ body: (Mention) -> Void) {
        var end = to
        if end > from, b[end - 1] == 0x0D { end -= 1 }
        var k = from
        while k < end, b[k] == 0x20 || b[k] == 0x09 { k += 1 }
        if k == end { return }  // blank line
        do {
            deliver(try decoder.decode(b, from: from, to: end), line: line, source: source, body)
        } catch {
            skipped += 1
            emit(Problem(source: source, line: line, message: "\(error.message); line skipped"))
        }
    }

    private mutating func deliver(_ record: MentionLineDecoder.Record, line: Int, source: String, _ body: (Mention) -> Void) {
        switch record {
        case .mention(let m):
            mentions += 1
            body(m)
        case .extractionIssue(let doc, let message):
            extractionIssues += 1
            emit(Problem(source: source, line: line, message: "extraction error record for \"\(doc)\" skipped: \(message)"))
        }
    }

    private mutating func emit(_ problem: Problem) {
        if let keepProblems {
            if problems.count < keepProblems { problems.append(problem) }
        } else {
            report(problem)
        }
    }

    /// Adds another reader's counts (a parallel range of the same input).
    mutating func absorbCounts(_ other: MentionRecordReader) {
        skipped += other.skipped
        extractionIssues += other.extractionIssues
        mentions += other.mentions
    }
}
