/// One unit of work cut from the input by `InputStream`, extracted by `InputWork.process` on any
/// thread, and put back in order by `extractAll`.
enum InputWork: Sendable {
    /// A chunk of a text document, placed in it by the producer: `place` gives where it starts.
    /// `forcedCut` (the chunk limit) when it ends inside a line at a character boundary and that
    /// is to be reported.
    case textChunk(doc: String, bytes: [UInt8], place: ChunkPlace, forcedCut: Int?)
    /// One JSON Lines record: the input's name (for errors before the id is known), line and bytes.
    case record(source: String, line: Int, bytes: [UInt8])
    /// A problem found while reading, at a line when known.
    case problem(doc: String, line: Int?, InputProblem)

    /// Bytes of input this work holds.
    var bytes: Int {
        switch self {
        case .textChunk(_, let bytes, _, _), .record(_, _, let bytes): return bytes.count
        case .problem: return 0
        }
    }
}

/// Where a chunk starts in its document, as counted by the producer (`InputStream`) in input
/// order, so that workers can give final offsets and lines and render their results at once.
struct ChunkPlace: Sendable {
    /// Code points before the chunk in its document.
    var codePointBase: Int
    /// The 1-based line the chunk starts on.
    var line: Int
    /// Set when the document is a JSON Lines record too large to extract at once: every issue
    /// then names the record's line, as for small records.
    var recordLine: Int?
    /// The chunk's own code points and line feeds, as the producer counted them (exact); nil when
    /// the producer left counting (and validating) to the worker, for the last chunk of a document.
    var counts: (codePoints: Int, lineBreaks: Int)?
    /// Whether the producer found the chunk's bytes valid UTF-8 (then they are extracted as they
    /// are, without being validated again into a `String`). Unused when `counts` is nil.
    var validUTF8 = false
}

/// What a worker makes of an `InputWork`: the result, offsets and lines relative to the whole
/// document and input.
struct InputPiece: Sendable {
    var result: DocumentResult
}

extension InputWork {
    /// Decodes and extracts this work. Pure: the same work gives the same piece on any thread.
    func process(with extractor: Extractor) -> InputPiece {
        switch self {
        case .problem(let doc, let line, let problem):
            let issue = ExtractionIssue(doc: doc, line: line, message: problem.description)
            return InputPiece(result: DocumentResult(doc: doc, issues: [issue], inputProblem: problem))
        case .textChunk(let doc, let bytes, let place, let forcedCut):
            return Self.processChunk(doc: doc, bytes: bytes, place: place, forcedCut: forcedCut, extractor: extractor)
        case .record(let source, let line, let bytes):
            return Self.processRecord(source: source, line: line, bytes: bytes, extractor: extractor)
        }
    }

    static func processChunk(doc: String, bytes: [UInt8], place: ChunkPlace, forcedCut: Int?, extractor: Extractor) -> InputPiece {
        var place = place
        if place.counts == nil {
            // The last chunk of its document: nothing needs its counts (no forced cut ends it),
            // so it is only validated, in the pass that lists its triggers for the extractor;
            // invalid bytes are counted by decoding, below.
            if let triggers = TriggerScanner.standard.triggers(in: bytes) {
                return piece(doc: doc, bytes: bytes, found: extractor.extract(validUTF8: bytes, triggers: triggers, doc: doc), place: place,
                             forcedCut: forcedCut, lineBreaks: { lineBreaks(inUTF8: bytes, before: $0) })
            }
            place.validUTF8 = false
        }
        if place.validUTF8 {
            // The usual case: the producer validated the bytes, so they are extracted as they are.
            return piece(doc: doc, bytes: bytes, found: extractor.extract(validUTF8: bytes, doc: doc), place: place, forcedCut: forcedCut,
                         lineBreaks: { lineBreaks(inUTF8: bytes, before: $0) })
        }
        let decoded = DecodedText(bytes, counts: place.counts ?? InputStream.count(bytes))
        var piece = piece(doc: doc, bytes: bytes, found: extractor.extract(decoded.text, doc: doc), place: place,
                          forcedCut: forcedCut, lineBreaks: { lineBreaks(in: decoded.text, before: $0) })
        if let invalidLine = decoded.firstInvalidLine {
            let problem = InputProblem.invalidUTF8(count: decoded.replacements)
            let line = place.recordLine ?? place.line + invalidLine
            piece.result.issues.insert(ExtractionIssue(doc: doc, line: line, message: problem.description), at: 0)
            piece.result.inputProblem = problem
        }
        return piece
    }

    /// A chunk's piece from what the extractor found in it: offsets made relative to the document,
    /// issues placed on their lines (`lineBreaks` gives the line feeds before a code point offset).
    private static func piece(
        doc: String, bytes: [UInt8], found: consuming ExtractionResult, place: ChunkPlace, forcedCut: Int?,
        lineBreaks: (Int) -> Int
    ) -> InputPiece {
        var result = DocumentResult(doc: doc, bytes: bytes.count)
        // The line of something at `relativeLine` line feeds into the chunk.
        func line(_ relativeLine: Int) -> Int { place.recordLine ?? place.line + relativeLine }
        // Moved, not shared, so that shifting the offsets below does not copy every mention.
        result.mentions = found.mentions
        found.mentions = []
        let base = place.codePointBase
        if base != 0 {
            for i in result.mentions.indices {
                result.mentions[i].start += base
                result.mentions[i].end += base
            }
        }
        for var issue in found.issues {
            issue.line = line(issue.offset.map { lineBreaks($0) } ?? 0)
            issue.offset = issue.offset.map { $0 + base }
            result.issues.append(issue)
        }
        if let limit = forcedCut {
            let problem = InputProblem.cutWithoutBreak(limit: limit)
            result.issues.append(ExtractionIssue(
                doc: doc, line: line(place.counts?.lineBreaks ?? 0), offset: base + (place.counts?.codePoints ?? 0),
                message: problem.description))
            result.inputProblem = result.inputProblem ?? problem
        }
        return InputPiece(result: result)
    }

    static func processRecord(source: String, line: Int, bytes: [UInt8], extractor: Extractor) -> InputPiece {
        let fields: RecordFields
        switch RecordFields.read(bytes, source: source) {
        case .failure(let failure):
            return InputWork.problem(doc: failure.doc, line: line, failure.problem).process(with: extractor)
        case .success(let read):
            fields = read
        }
        let doc = fields.doc
        var result = DocumentResult(doc: doc, bytes: bytes.count)
        if fields.replacements > 0 {
            let problem = InputProblem.invalidUTF8(count: fields.replacements)
            result.issues.append(ExtractionIssue(doc: doc, line: line, message: problem.description))
            result.inputProblem = problem
        }
        if fields.text.isEmpty {
            result.issues.append(ExtractionIssue(doc: doc, line: line, message: InputProblem.empty.description))
            result.inputProblem = result.inputProblem ?? .empty
        }
        let found = extractor.extract(fields.text, doc: doc)
        result.mentions = found.mentions
        for var issue in found.issues {
            issue.line = line
            result.issues.append(issue)
        }
        return InputPiece(result: result)
    }

    /// Line feeds in valid UTF-8 `bytes` before code point `offset`.
    static func lineBreaks(inUTF8 bytes: [UInt8], before offset: Int) -> Int {
        var count = 0
        var codePoints = 0
        for b in bytes {
            if b & 0xC0 != 0x80 {
                if codePoints == offset { break }
                codePoints += 1
            }
            if b == 0x0A { count += 1 }
        }
        return count
    }

    /// Line feeds in `text` before code point `offset`.
    static func lineBreaks(in text: String, before offset: Int) -> Int {
        var count = 0
        for scalar in text.unicodeScalars.prefix(offset) where scalar == "\n" { count += 1 }
        return count
    }
}
