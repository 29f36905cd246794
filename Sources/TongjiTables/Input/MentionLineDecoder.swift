import TongjiExtract

/// Reads one JSON Lines mention record, fast when it can and exactly like the general reader
/// (`FlatJSONObject` + `Mention(json:)`) always.
///
/// `tongji table` reads millions of records. The general reader builds every key and value as a
/// `String` and an array of members; this one walks the bytes once, recognizes the record's
/// keys in place, and materializes only the fields the table needs (`keep`; the others are left
/// empty). Any line it is not sure about (escapes in strings, nested values, a missing field)
/// goes to the general reader, which also words the error. Tests check both agree.
public struct MentionLineDecoder: Sendable {
    /// What one line held.
    public enum Record: Sendable {
        /// A mention.
        case mention(Mention)
        /// An in-band error record of `tongji extract` (`{"doc":…,"error":…}`): not a mention.
        case extractionIssue(doc: String, message: String)
    }

    /// The text fields to materialize; the rest stay "" (or nil). Numbers and enums are always read.
    public let keep: Set<MentionField>
    private let keepDoc, keepText, keepLabel, keepKeyword, keepSentence, keepSurface: Bool

    /// Creates a decoder keeping `keep` (all fields by default).
    public init(keep: Set<MentionField> = Set(MentionField.allCases)) {
        self.keep = keep
        keepDoc = keep.contains(.doc)
        keepText = keep.contains(.text)
        keepLabel = keep.contains(.label)
        keepKeyword = keep.contains(.keyword)
        keepSentence = keep.contains(.sentence)
        keepSurface = keep.contains(.surfaceUnit)
    }

    /// Reads one line (without its line feed). Throws the general reader's message for a line
    /// that is not a mention record.
    public func decode(_ bytes: [UInt8], from start: Int, to end: Int) throws(MentionLineError) -> Record {
        if let fast = fastDecode(bytes, start, end, lineMode: false) { return fast.record }
        return try Self.generalDecode(bytes[start..<end])
    }

    /// The general reader: `FlatJSONObject` then `Mention(json:)`.
    public static func generalDecode(_ line: ArraySlice<UInt8>) throws(MentionLineError) -> Record {
        let object: FlatJSONObject
        do {
            object = try FlatJSONObject(parsing: line)
        } catch {
            throw MentionLineError(message: error.description)
        }
        if let message = object["error"]?.stringValue {
            return .extractionIssue(doc: object["doc"]?.stringValue ?? "", message: message)
        }
        do {
            return .mention(try Mention(json: object))
        } catch {
            throw MentionLineError(message: error.description)
        }
    }

    private enum Key {
        case doc, start, end, text, value, valueMax, unit, dimension, qualifier, surfaceUnit, label, keyword, sentence, error, other
    }

    private static let names: [(Key, [UInt8])] = [
        (.doc, Array("doc".utf8)), (.start, Array("start".utf8)), (.end, Array("end".utf8)),
        (.text, Array("text".utf8)), (.value, Array("value".utf8)), (.valueMax, Array("value_max".utf8)),
        (.unit, Array("unit".utf8)), (.dimension, Array("dimension".utf8)), (.qualifier, Array("qualifier".utf8)),
        (.surfaceUnit, Array("surface_unit".utf8)), (.label, Array("label".utf8)), (.keyword, Array("keyword".utf8)),
        (.sentence, Array("sentence".utf8)), (.error, Array("error".utf8)),
    ]

    /// The index of the quote closing a string that starts at `from`, or nil when the string has
    /// an escape or a control character (the general reader handles those) or is not closed.
    /// A well-formed three-byte UTF-8 sequence (every CJK character) is stepped over at once: none
    /// of its bytes can be a quote or a backslash.
    @inline(__always)
    private static func closingQuote(_ b: [UInt8], _ from: Int, _ end: Int) -> Int? {
        var i = from
        while i < end {
            let c = b[i]
            if c >= 0xE0, c < 0xF0, i + 2 < end, b[i + 1] & 0xC0 == 0x80, b[i + 2] & 0xC0 == 0x80 {
                i += 3
                continue
            }
            if c == UInt8(ascii: "\"") { return i }
            if c == UInt8(ascii: "\\") || c < 0x20 { return nil }
            i += 1
        }
        return nil
    }

    private static func bitIndex(_ key: Key) -> Int {
        switch key {
        case .doc: 0
        case .start: 1
        case .end: 2
        case .text: 3
        case .value: 4
        case .valueMax: 5
        case .unit: 6
        case .dimension: 7
        case .qualifier: 8
        case .surfaceUnit: 9
        case .label: 10
        case .keyword: 11
        case .sentence: 12
        case .error: 13
        case .other: 14
        }
    }

    private static let dimensions: [(Dimension, [UInt8])] = Dimension.allCases.map { ($0, Array($0.rawValue.utf8)) }
    private static let qualifiers: [(Qualifier, [UInt8])] = Qualifier.allCases.map { ($0, Array($0.rawValue.utf8)) }

    /// The value whose raw text equals the bytes, compared in place (no String made).
    private static func match<T>(_ table: [(T, [UInt8])], _ b: [UInt8], _ from: Int, _ to: Int) -> T? {
        let n = to - from
        for (value, name) in table where name.count == n && name[0] == b[from] {
            var k = 1
            while k < n, name[k] == b[from + k] { k += 1 }
            if k == n { return value }
        }
        return nil
    }

    /// The key whose name equals the bytes; tries `names[hint]` first (records of `tongji extract`
    /// always list their keys in the same order) and moves `hint` past the match.
    private static func key(_ b: [UInt8], _ from: Int, _ to: Int, hint: inout Int) -> Key {
        let n = to - from
        if hint < names.count {
            let (key, name) = names[hint]
            if name.count == n {
                var k = 0
                while k < n, name[k] == b[from + k] { k += 1 }
                if k == n { hint += 1; return key }
            }
        }
        for (i, (key, name)) in names.enumerated() where name.count == n && name[0] == b[from] {
            var k = 1
            while k < n, name[k] == b[from + k] { k += 1 }
            if k == n { hint = i + 1; return key }
        }
        return .other
    }

    /// Powers of ten that are exact doubles.
    private static let exactPowers: [Double] = (0...22).map { p in (0..<p).reduce(1.0) { r, _ in r * 10 } }

    /// The double `Double(text)` would give, from the exact decimal when that is one correctly
    /// rounded operation, else by parsing the text.
    private static func double(_ exact: ExactDecimal?, _ b: [UInt8], _ from: Int, _ to: Int) -> Double? {
        if let exact, exact.significand.magnitude < (1 << 53), exact.exponent >= -22, exact.exponent <= 22 {
            let s = Double(exact.significand)
            return exact.exponent >= 0 ? s * exactPowers[exact.exponent] : s / exactPowers[-exact.exponent]
        }
        return Double(String(decoding: b[from..<to], as: UTF8.self))
    }

    /// Reads the line starting at `start` in `bytes[..<limit]` in one pass, finding its line feed
    /// on the way: the record and the index of the line feed, or nil when the fast path cannot
    /// decide (the caller then finds the line end itself and uses `decode`).
    public func decodeLine(_ bytes: [UInt8], from start: Int, limit: Int) -> (record: Record, lineFeed: Int)? {
        fastDecode(bytes, start, limit, lineMode: true)
    }

    private func fastDecode(_ b: [UInt8], _ start: Int, _ end: Int, lineMode: Bool) -> (record: Record, lineFeed: Int)? {
        var i = start
        @inline(__always) func skip() { while i < end, b[i] == 0x20 || b[i] == 0x09 || b[i] == 0x0D { i += 1 } }
        skip()
        guard i < end, b[i] == UInt8(ascii: "{") else { return nil }
        i += 1
        var doc: String?, text = "", unit: String?, surface = ""
        var label: String?, keyword: String?, sentence: String?
        var startValue: Int?, endValue: Int?
        var value: Double?, exact: ExactDecimal?, valueMax: Double?, exactMax: ExactDecimal?
        var dimension: Dimension?, qualifier = Qualifier.exact
        var sawValueMax = false
        var error: String?
        var hint = 0
        var seen: UInt32 = 0
        func string(_ from: Int, _ to: Int) -> String { String(decoding: b[from..<to], as: UTF8.self) }
        skip()
        if i < end, b[i] == UInt8(ascii: "}") { return nil }
        while true {
            skip()
            guard i < end, b[i] == UInt8(ascii: "\"") else { return nil }
            i += 1
            let keyFrom = i
            while i < end, b[i] != UInt8(ascii: "\"") {
                if b[i] == UInt8(ascii: "\\") || b[i] < 0x20 { return nil }
                i += 1
            }
            guard i < end else { return nil }
            let key = Self.key(b, keyFrom, i, hint: &hint)
            // A repeated key: the general reader's rule (first one wins) decides.
            if key != .other {
                let bit: UInt32 = 1 << UInt32(Self.bitIndex(key))
                if seen & bit != 0 { return nil }
                seen |= bit
            }
            i += 1
            skip()
            guard i < end, b[i] == UInt8(ascii: ":") else { return nil }
            i += 1
            skip()
            guard i < end else { return nil }
            let c = b[i]
            if c == UInt8(ascii: "\"") {
                i += 1
                let from = i
                guard let close = Self.closingQuote(b, from, end) else { return nil }
                i = close
                let to = i
                i += 1
                switch key {
                case .doc: doc = keepDoc ? string(from, to) : ""
                case .text: if keepText { text = string(from, to) }
                case .unit: unit = string(from, to)
                case .surfaceUnit: if keepSurface { surface = string(from, to) }
                case .label: if keepLabel { label = string(from, to) }
                case .keyword: if keepKeyword { keyword = string(from, to) }
                case .sentence: if keepSentence { sentence = string(from, to) }
                case .dimension:
                    guard let d = Self.match(Self.dimensions, b, from, to) else { return nil }
                    dimension = d
                case .qualifier:
                    guard let q = Self.match(Self.qualifiers, b, from, to) else { return nil }
                    qualifier = q
                case .error: error = string(from, to)
                case .start, .end, .value, .valueMax: return nil
                case .other: break
                }
            } else if c == UInt8(ascii: "-") || (c >= 0x30 && c <= 0x39) {
                let from = i
                i += 1
                while i < end {
                    let d = b[i]
                    if (d >= 0x30 && d <= 0x39) || d == UInt8(ascii: ".") || d == UInt8(ascii: "e") || d == UInt8(ascii: "E")
                        || d == UInt8(ascii: "+") || d == UInt8(ascii: "-") { i += 1 } else { break }
                }
                switch key {
                case .start, .end:
                    var n = 0
                    var k = from
                    guard i - from <= 18 else { return nil }
                    while k < i {
                        let d = b[k]
                        guard d >= 0x30, d <= 0x39 else { return nil }
                        n = n * 10 + Int(d - 0x30)
                        k += 1
                    }
                    if key == .start { startValue = n } else { endValue = n }
                case .value:
                    exact = Self.exactAsGeneral(b, from, i)
                    guard let v = Self.double(exact, b, from, i) else { return nil }
                    value = v
                case .valueMax:
                    sawValueMax = true
                    exactMax = Self.exactAsGeneral(b, from, i)
                    guard let v = Self.double(exactMax, b, from, i) else { return nil }
                    valueMax = v
                case .other: break
                default: return nil
                }
            } else if c == UInt8(ascii: "n") {
                guard i + 4 <= end, b[i + 1] == UInt8(ascii: "u"), b[i + 2] == UInt8(ascii: "l"), b[i + 3] == UInt8(ascii: "l") else { return nil }
                i += 4
                switch key {
                case .valueMax: sawValueMax = true
                case .label, .keyword, .sentence, .other: break
                default: return nil
                }
            } else {
                return nil
            }
            skip()
            guard i < end else { return nil }
            if b[i] == UInt8(ascii: ",") { i += 1; continue }
            if b[i] == UInt8(ascii: "}") { i += 1; break }
            return nil
        }
        skip()
        let lineFeed: Int
        if lineMode {
            guard i < end, b[i] == 0x0A else { return nil }
            lineFeed = i
        } else {
            guard i == end else { return nil }
            lineFeed = end
        }
        if let error { return (.extractionIssue(doc: doc ?? "", message: error), lineFeed) }
        _ = sawValueMax
        guard let doc, let startValue, let endValue, let value, let unit, let dimension else { return nil }
        return (.mention(Mention(
            doc: doc, start: startValue, end: endValue, text: text, value: value, valueMax: valueMax,
            unit: unit, dimension: dimension, qualifier: qualifier, surfaceUnit: surface,
            label: label, keyword: keyword, sentence: sentence, exactValue: exact, exactValueMax: exactMax)), lineFeed)
    }

    /// The exact decimal the general reader keeps (`ExactDecimal(text)`): only for plain decimals
    /// (no exponent) with at most 18 digits from the first non-zero one.
    private static func exactAsGeneral(_ b: [UInt8], _ from: Int, _ to: Int) -> ExactDecimal? {
        var counted = 0
        var started = false
        for k in from..<to {
            let d = b[k]
            if d == UInt8(ascii: "e") || d == UInt8(ascii: "E") { return nil }
            if d >= 0x31, d <= 0x39 { started = true }
            if started, d >= 0x30, d <= 0x39 { counted += 1 }
        }
        guard counted <= 18 else { return nil }
        return DecimalText.parse(bytes: b[from..<to])
    }
}

/// A line of JSON Lines that is not a mention record.
public struct MentionLineError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong (the JSON reader's or the mention reader's words).
    public var message: String

    /// Creates an error.
    public init(message: String) { self.message = message }

    /// The message.
    public var description: String { message }
}
