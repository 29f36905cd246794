/// Mentions as JSON Lines records, in the field order of the spec (`doc`, `start`, `end`, `text`,
/// `value`, `value_max`, `unit`, `dimension`, `qualifier`, `surface_unit`), followed by `label`,
/// `keyword` and `sentence` when known.
extension Mention {
    /// Appends this mention as one JSON object and a line feed.
    public func appendJSONLine(to out: inout [UInt8]) {
        var writer = MentionRecordWriter()
        writer.append(self, to: &out)
    }

    /// This mention as one line of JSON, without the line feed.
    public var jsonLine: String {
        var out: [UInt8] = []
        appendJSONLine(to: &out)
        out.removeLast()
        return String(decoding: out, as: UTF8.self)
    }

    /// Reads a mention back from a JSON object, or explains which field is missing or wrong.
    ///
    /// Values keep their exact decimal text when they have one, so totals read back are exact.
    public init(json object: FlatJSONObject) throws(MentionRecordError) {
        func string(_ key: String) throws(MentionRecordError) -> String {
            guard let v = object[key]?.stringValue else { throw MentionRecordError(field: key, problem: "missing or not a string") }
            return v
        }
        func int(_ key: String) throws(MentionRecordError) -> Int {
            guard let v = object[key]?.intValue else { throw MentionRecordError(field: key, problem: "missing or not an integer") }
            return v
        }
        guard let valueField = object["value"], let value = valueField.doubleValue else {
            throw MentionRecordError(field: "value", problem: "missing or not a number")
        }
        let dimensionText = try string("dimension")
        guard let dimension = Dimension(rawValue: dimensionText) else {
            throw MentionRecordError(field: "dimension", problem: "unknown dimension \"\(dimensionText)\"")
        }
        let qualifierText = object["qualifier"]?.stringValue ?? "exact"
        guard let qualifier = Qualifier(rawValue: qualifierText) else {
            throw MentionRecordError(field: "qualifier", problem: "unknown qualifier \"\(qualifierText)\"")
        }
        let valueMaxField = object["value_max"]
        self.init(
            doc: try string("doc"),
            start: try int("start"),
            end: try int("end"),
            text: object["text"]?.stringValue ?? "",
            value: value,
            valueMax: valueMaxField?.doubleValue,
            unit: try string("unit"),
            dimension: dimension,
            qualifier: qualifier,
            surfaceUnit: object["surface_unit"]?.stringValue ?? "",
            label: object["label"]?.stringValue,
            keyword: object["keyword"]?.stringValue,
            sentence: object["sentence"]?.stringValue,
            exactValue: valueField.exactValue,
            exactValueMax: valueMaxField?.exactValue
        )
    }
}

/// A JSON object that is not a valid mention record, naming the field at fault.
public struct MentionRecordError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The record field that is missing or wrong.
    public var field: String
    /// What is wrong with it.
    public var problem: String

    /// Creates an error for a field.
    public init(field: String, problem: String) {
        self.field = field
        self.problem = problem
    }

    /// "not a mention record: field \"value\" is missing or not a number"
    public var description: String { "not a mention record: field \"\(field)\" is \(problem)" }
}
