/// A problem with the input, reported beside the mentions rather than stopping the run.
///
/// Written in-band in JSON Lines as `{"doc": ..., "error": ..., "line": ...}` (plus `offset`
/// when known) and on stderr as `doc:line: message`, so one bad file or record never loses the rest.
public struct ExtractionIssue: Error, Sendable, Hashable, CustomStringConvertible {
    /// The source's id (file base name or record id).
    public var doc: String
    /// 1-based line in the file (or JSON Lines input) where the problem is, when known.
    public var line: Int?
    /// Code point offset into the document's text, when the problem is inside the text.
    public var offset: Int?
    /// What is wrong and what to do, lowercase, quoting the input.
    public var message: String

    /// Creates an issue.
    public init(doc: String, line: Int? = nil, offset: Int? = nil, message: String) {
        self.doc = doc
        self.line = line
        self.offset = offset
        self.message = message
    }

    /// "a.txt:3: invalid UTF-8 (2 bytes replaced by U+FFFD)"
    public var description: String {
        var out = doc
        if let line { out += ":\(line)" }
        return out + ": " + message
    }

    /// Appends this issue as one JSON object and a line feed: `{"doc":…,"error":…,"line":…,"offset":…}`.
    public func appendJSONLine(to out: inout [UInt8]) {
        out.append(UInt8(ascii: "{"))
        JSONWriter.appendKey("doc", to: &out); JSONWriter.appendString(doc, to: &out)
        out.append(UInt8(ascii: ","))
        JSONWriter.appendKey("error", to: &out); JSONWriter.appendString(message, to: &out)
        out.append(UInt8(ascii: ","))
        JSONWriter.appendKey("line", to: &out)
        if let line { out.append(contentsOf: String(line).utf8) } else { out.append(contentsOf: "null".utf8) }
        if let offset {
            out.append(UInt8(ascii: ","))
            JSONWriter.appendKey("offset", to: &out); out.append(contentsOf: String(offset).utf8)
        }
        out.append(UInt8(ascii: "}"))
        out.append(0x0A)
    }
}
