/// A stretch of input bytes decoded as UTF-8, with what the input layer needs to place it in its
/// document: how many code points and line breaks it holds, and where invalid bytes were.
///
/// Invalid sequences are replaced by U+FFFD, one per maximal invalid subpart (the Unicode
/// recommendation, which Swift's `String(decoding:as:)` and Python's `errors="replace"` follow).
struct DecodedText: Sendable {
    /// The text.
    var text: String
    /// Code points in `text` (U+FFFD replacements included).
    var codePoints: Int
    /// Line feeds in the bytes.
    var lineBreaks: Int
    /// How many U+FFFD replacements were made.
    var replacements: Int
    /// Line feeds before the first invalid byte (0-based line of the first problem), when there is one.
    var firstInvalidLine: Int?

    /// Decodes `bytes`; valid UTF-8 (the usual case) costs one validation and one counting pass.
    init(_ bytes: [UInt8]) {
        self.init(bytes, counts: InputStream.count(bytes))
    }

    /// Decodes `bytes` whose code points (as decoded) and line feeds were counted already.
    init(_ bytes: [UInt8], counts: (codePoints: Int, lineBreaks: Int)) {
        let (codePoints, lineBreaks) = counts
        self.lineBreaks = lineBreaks
        if let valid = String(validating: bytes, as: UTF8.self) {
            text = valid
            self.codePoints = codePoints
            replacements = 0
            firstInvalidLine = nil
            return
        }
        text = String(decoding: bytes, as: UTF8.self)
        self.codePoints = codePoints
        let scan = Self.scanInvalid(bytes[...])
        replacements = scan.count
        firstInvalidLine = bytes[..<scan.first].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
    }

    /// Whether `bytes` are valid UTF-8, checked in place (no copy, unlike `String(validating:)`).
    static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        UTF8Validation.isValid(bytes)
    }

    /// Counts maximal invalid subparts and finds the first one (slow path, invalid input only).
    static func scanInvalid(_ bytes: ArraySlice<UInt8>) -> (count: Int, first: Int) {
        var i = bytes.startIndex
        let end = bytes.endIndex
        var count = 0
        var first = end
        while i < end {
            let lead = bytes[i]
            if lead < 0x80 { i += 1; continue }
            // Expected length and the allowed range of the second byte (Unicode Table 3-7).
            var length = 0
            var low: UInt8 = 0x80
            var high: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: length = 0
            }
            var valid = 1  // bytes of the sequence that are well-formed so far
            if length > 0 {
                while valid < length, i + valid < end {
                    let b = bytes[i + valid]
                    let lo: UInt8 = valid == 1 ? low : 0x80
                    let hi: UInt8 = valid == 1 ? high : 0xBF
                    if b < lo || b > hi { break }
                    valid += 1
                }
                if valid == length { i += length; continue }
            }
            if first == end { first = i }
            count += 1
            i += valid
        }
        return (count, first)
    }
}
