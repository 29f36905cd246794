/// Turns a list of sources into `InputWork`, one piece at a time and in order, holding at most one
/// chunk or line of input: files are opened one after another, text files cut into chunks, JSON
/// Lines input into records, and every problem met becomes a `.problem` in its place.
struct InputStream {
    /// Bytes at the start of a text file searched for a NUL byte: the binary check that `grep` and `git` use.
    static let binaryProbeBytes = 8192

    private var sources: [DocumentSource]
    private var nextSource = 0
    private let options: InputOptions
    private var current: Current?

    private enum Current {
        case text(doc: String, reader: ChunkReader, started: Bool, cutReported: Bool, codePoints: Int, line: Int)
        case lines(name: String, reader: LineReader)
        /// A JSON Lines record too large to extract at once, being cut into chunks like a text file.
        case recordText(name: String, reader: LineReader, doc: String, text: [UInt8], position: Int, line: Int, codePoints: Int)
    }

    private var openDescriptor: FileDescriptor?

    /// Whether the piece `next()` returned last came from standard input.
    private(set) var isReadingStandardInput = false

    /// Whether the next piece is a JSON Lines record already read whole, so that `next()` gives it
    /// without waiting for more input.
    mutating func hasBufferedRecord() -> Bool {
        guard case .lines(let name, var reader) = current else { return false }
        current = nil  // so that the reader's block is uniquely referenced (no copy on write)
        let found = reader.hasBufferedLine()
        current = .lines(name: name, reader: reader)
        return found
    }

    init(sources: [DocumentSource], options: InputOptions) {
        self.sources = sources
        self.options = options
    }

    /// The next piece of work, or nil when every source is done.
    mutating func next() -> InputWork? {
        while true {
            if current == nil {
                guard nextSource < sources.count else { return nil }
                let source = sources[nextSource]
                nextSource += 1
                if let problem = open(source) { return problem }
            }
            if let work = advance() { return work }
        }
    }

    /// Opens a source; returns the problem when it cannot be opened.
    private mutating func open(_ source: DocumentSource) -> InputWork? {
        isReadingStandardInput = source == .standardInput
        let descriptor: FileDescriptor
        switch source {
        case .standardInput:
            descriptor = .standardInput
        case .file(let path):
            if case .directory = SystemFiles.kind(of: path) {
                return .problem(doc: source.name, line: nil, .cannotList(path: path, reason: "not a readable directory"))
            }
            do {
                descriptor = try FileDescriptor.open(path)
            } catch {
                return .problem(doc: source.name, line: nil, error)
            }
            openDescriptor = descriptor
        }
        switch options.format {
        case .text:
            current = .text(doc: source.name, reader: ChunkReader(descriptor: descriptor, chunkBytes: options.chunkBytes), started: false, cutReported: false,
                codePoints: 0, line: 1)
        case .jsonl:
            current = .lines(name: source.name, reader: LineReader(descriptor: descriptor, maxLineBytes: options.maxRecordBytes))
        }
        return nil
    }

    private mutating func finish() {
        openDescriptor?.close()
        openDescriptor = nil
        current = nil
    }

    /// The next work from the open source, or nil when it is finished (and closed).
    private mutating func advance() -> InputWork? {
        switch current {
        case .text(let doc, var reader, let started, let cutReported, let codePoints, let line):
            current = nil  // so that the reader's buffer is uniquely referenced (no copy on write)
            let chunk: ChunkReader.Chunk?
            do {
                chunk = try reader.next()
            } catch {
                finish()
                return .problem(doc: doc, line: nil, error)
            }
            current = .text(doc: doc, reader: reader, started: started, cutReported: cutReported, codePoints: codePoints, line: line)
            guard let chunk else {
                finish()
                return started ? nil : .problem(doc: doc, line: nil, .empty)
            }
            if !started, let nul = ZeroByteSearch.firstZero(in: chunk.bytes, limit: Self.binaryProbeBytes) {
                finish()
                let line = 1 + chunk.bytes[..<nul].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
                return .problem(doc: doc, line: line, .binary(byteOffset: nul))
            }
            // A line without breaks is reported once per document, not once per chunk.
            let report = chunk.cut == .atCharacter && !cutReported
            // The last chunk of a document (the whole of most files) is validated and counted by
            // the worker that extracts it: nothing after it needs its counts, and this thread,
            // the one every chunk passes through, stays free to read.
            var place = ChunkPlace(codePointBase: codePoints, line: line, counts: nil)
            if chunk.cut != nil {
                let (counts, valid) = Self.measure(chunk.bytes)
                place.counts = counts
                place.validUTF8 = valid
            }
            current = .text(
                doc: doc, reader: reader, started: true, cutReported: cutReported || report,
                codePoints: codePoints + (place.counts?.codePoints ?? 0), line: line + (place.counts?.lineBreaks ?? 0))
            return .textChunk(doc: doc, bytes: chunk.bytes, place: place, forcedCut: report ? options.chunkBytes : nil)
        case .lines(let name, var reader):
            current = nil  // so that the reader's block is uniquely referenced (no copy on write)
            while true {
                let line: LineReader.Line?
                do {
                    line = try reader.next()
                } catch {
                    finish()
                    return .problem(doc: name, line: nil, error)
                }
                switch line {
                case nil:
                    finish()
                    return nil
                case .text(let bytes, let number)?:
                    // Blank lines (a trailing newline, a separator) are not records.
                    if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
                    if bytes.count > options.chunkBytes {
                        // Too large to extract at once (its mentions alone could take hundreds
                        // of MB): read its fields here and cut its text into chunks.
                        switch RecordFields.read(bytes, source: name) {
                        case .failure(let failure):
                            current = .lines(name: name, reader: reader)
                            return .problem(doc: failure.doc, line: number, failure.problem)
                        case .success(let fields):
                            current = .recordText(
                                name: name, reader: reader, doc: fields.doc, text: Array(fields.text.utf8), position: 0, line: number, codePoints: 0)
                            if fields.replacements > 0 {
                                return .problem(doc: fields.doc, line: number, .invalidUTF8(count: fields.replacements))
                            }
                            return advance()
                        }
                    }
                    current = .lines(name: name, reader: reader)
                    return .record(source: name, line: number, bytes: bytes)
                case .tooLong(let number, let prefix)?:
                    let doc = Self.leadingID(prefix) ?? name
                    current = .lines(name: name, reader: reader)
                    return .problem(doc: doc, line: number, .recordTooLong(limit: options.maxRecordBytes))
                }
            }
        case .recordText(let name, let reader, let doc, let text, let position, let line, let codePoints):
            current = nil  // so that the text is uniquely referenced
            if position == text.count {
                current = .lines(name: name, reader: reader)
                return advance()
            }
            var end = text.count
            if text.count - position > options.chunkBytes {
                end = position + TextCut.cutPoint(in: text, from: position, limit: options.chunkBytes).offset
            }
            let bytes = Array(text[position..<end])
            let (counts, valid) = Self.measure(bytes)
            current = .recordText(
                name: name, reader: reader, doc: doc, text: text, position: end, line: line,
                codePoints: codePoints + counts.codePoints)
            let place = ChunkPlace(codePointBase: codePoints, line: line, recordLine: line, counts: counts, validUTF8: valid)
            return .textChunk(doc: doc, bytes: bytes, place: place, forcedCut: nil)
        case nil:
            return nil
        }
    }

    /// Code points (as decoded, U+FFFD replacements included) and line feeds in a chunk: counted
    /// word by word for valid UTF-8, by decoding for invalid bytes (rare), so that offsets are
    /// exact before the chunk is extracted.
    static func count(_ bytes: [UInt8]) -> (codePoints: Int, lineBreaks: Int) {
        measure(bytes).counts
    }

    /// `count(bytes)`, and whether the bytes are valid UTF-8 (checked once, here, in the same pass
    /// as the counts).
    static func measure(_ bytes: [UInt8]) -> (counts: (codePoints: Int, lineBreaks: Int), valid: Bool) {
        if let counts = UTF8Validation.countIfValid(bytes) { return (counts, true) }
        let counts = ByteCounts.codePointsAndLineBreaks(bytes)
        return ((String(decoding: bytes, as: UTF8.self).unicodeScalars.count, counts.lineBreaks), false)
    }

    /// The id of a record from its first bytes, when it opens with `{"id": "..."` or `{"id": 123`,
    /// so that a record too long to read is still reported under its id.
    static func leadingID(_ prefix: [UInt8]) -> String? {
        var i = 0
        func skipSpace() { while i < prefix.count, prefix[i] == 0x20 || prefix[i] == 0x09 { i += 1 } }
        func expect(_ text: String) -> Bool {
            for b in text.utf8 {
                guard i < prefix.count, prefix[i] == b else { return false }
                i += 1
            }
            return true
        }
        skipSpace()
        guard expect("{") else { return nil }
        skipSpace()
        guard expect("\"id\"") else { return nil }
        skipSpace()
        guard expect(":") else { return nil }
        skipSpace()
        guard i < prefix.count else { return nil }
        if prefix[i] == UInt8(ascii: "\"") {
            let from = i + 1
            guard let close = prefix[from...].firstIndex(of: UInt8(ascii: "\"")),
                  !prefix[from..<close].contains(UInt8(ascii: "\\")) else { return nil }
            return String(decoding: prefix[from..<close], as: UTF8.self)
        }
        let from = i
        while i < prefix.count, (prefix[i] >= 0x30 && prefix[i] <= 0x39) || prefix[i] == UInt8(ascii: "-") || prefix[i] == UInt8(ascii: ".") { i += 1 }
        return i > from && i < prefix.count ? String(decoding: prefix[from..<i], as: UTF8.self) : nil
    }
}
