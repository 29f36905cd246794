/// The fields Tongji reads from a JSON Lines input record: the document id and its text.
///
/// `{"id": "新闻-1", "text": "..."}`: the id may be a string or a number (42 becomes "42"); other
/// fields are ignored. The bytes are checked for invalid UTF-8 first, since the JSON reader
/// replaces it silently.
struct RecordFields: Sendable {
    /// The record's id, as text.
    var doc: String
    /// The record's text.
    var text: String
    /// U+FFFD replacements made while reading (invalid UTF-8 in the record).
    var replacements: Int

    /// Why a record could not be used, and the doc to report it under (its id when known).
    struct Failure: Error {
        var doc: String
        var problem: InputProblem
    }

    /// Reads a record's fields, or why it cannot be used; `source` names the input for errors
    /// met before the id is known (a malformed record is named by its id when it can still be read).
    static func read(_ bytes: [UInt8], source: String) -> Result<RecordFields, Failure> {
        let replacements = DecodedText.isValidUTF8(bytes) ? 0 : DecodedText.scanInvalid(bytes[...]).count
        let object: FlatJSONObject
        do {
            object = try FlatJSONObject(parsing: bytes)
        } catch {
            // Named by its id when that much of the record can be read, else by the input.
            return .failure(Failure(doc: RecordIDSalvage.id(in: bytes) ?? source, problem: .malformedRecord(error)))
        }
        let doc: String
        switch object["id"] {
        case .string(let id)?: doc = id
        case .number(let id)?: doc = id
        default: return .failure(Failure(doc: source, problem: .missingID))
        }
        guard let text = object["text"]?.stringValue else { return .failure(Failure(doc: doc, problem: .missingText)) }
        return .success(RecordFields(doc: doc, text: text, replacements: replacements))
    }
}
