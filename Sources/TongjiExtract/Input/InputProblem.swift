/// Something wrong with the input rather than with a quantity in it: a file that cannot be read,
/// bytes that are not UTF-8 text, a JSON Lines record that cannot be used.
///
/// Each problem becomes an `ExtractionIssue` (in-band `{"doc":…,"error":…,"line":…}` and
/// `doc:line: message` on stderr) and processing goes on with the rest of the input. The messages
/// are lowercase, quote the input and say what to do; tests pin them.
public enum InputProblem: Error, Sendable, Hashable, CustomStringConvertible {
    /// A path that cannot be opened: missing, not permitted, ...
    case cannotOpen(path: String, reason: String)
    /// A directory that cannot be listed.
    case cannotList(path: String, reason: String)
    /// A read that failed part way.
    case readFailed(reason: String)
    /// A NUL byte near the start: not text. The whole file is skipped.
    case binary(byteOffset: Int)
    /// A file or record with no text at all.
    case empty
    /// Bytes that are not UTF-8, replaced by U+FFFD; `count` replacements in this line or chunk.
    case invalidUTF8(count: Int)
    /// A text stretch of `limit` bytes without a sentence end or line break, cut at a character boundary.
    case cutWithoutBreak(limit: Int)
    /// A JSON Lines record longer than the limit: skipped.
    case recordTooLong(limit: Int)
    /// A JSON Lines line that is not a JSON object.
    case malformedRecord(JSONLineError)
    /// A JSON Lines record without a string or number "id".
    case missingID
    /// A JSON Lines record without a string "text".
    case missingText

    /// True when input was lost (not read, or read with replacements), which makes the file mode
    /// exit with status 1; false for notes that lose nothing (an empty file, a forced cut).
    public var losesInput: Bool {
        switch self {
        case .empty, .cutWithoutBreak: return false
        default: return true
        }
    }

    /// True when a whole source failed (cannot be opened, listed or read), as opposed to one
    /// record or stretch of it: even JSON Lines mode exits with status 1 then.
    public var failsSource: Bool {
        switch self {
        case .cannotOpen, .cannotList, .readFailed: return true
        default: return false
        }
    }

    /// The message for the user: what is wrong and what to do.
    public var description: String {
        switch self {
        case .cannotOpen(let path, let reason):
            return "cannot read \"\(path)\": \(reason); check the path and its permissions"
        case .cannotList(let path, let reason):
            return "cannot list directory \"\(path)\": \(reason); check its permissions"
        case .readFailed(let reason):
            return "read failed: \(reason); the rest of this input is skipped"
        case .binary(let offset):
            return "binary file (NUL byte at byte \(offset)): skipped; give tongji UTF-8 text"
        case .empty:
            return "empty input: nothing to extract"
        case .invalidUTF8(let count):
            return "invalid UTF-8: \(count) byte sequence\(count == 1 ? "" : "s") replaced by U+FFFD;"
                + " convert the input to UTF-8 (e.g. iconv -f GBK -t UTF-8)"
        case .cutWithoutBreak(let limit):
            return "no sentence end or line break in \(Self.size(limit)): cut at character boundaries from here on,"
                + " a quantity across a cut may be missed; add line breaks"
        case .recordTooLong(let limit):
            return "record longer than \(Self.size(limit)): skipped; split its text into several records"
        case .malformedRecord(let error):
            return "malformed JSON Lines record (\(error.reason) at byte \(error.byteOffset)): skipped;"
                + " write one {\"id\": ..., \"text\": ...} object per line"
        case .missingID:
            return "record has no \"id\": skipped; give every record a string or number \"id\""
        case .missingText:
            return "record has no \"text\" string: skipped; give every record a \"text\" field"
        }
    }

    static func size(_ bytes: Int) -> String {
        if bytes % (1 << 20) == 0 { return "\(bytes >> 20) MB" }
        if bytes % (1 << 10) == 0 { return "\(bytes >> 10) KB" }
        return "\(bytes) bytes"
    }
}
