import Testing
@testable import TongjiExtract

/// What a test expects of one mention. Values are compared with a relative tolerance of 1e-9,
/// never with == on normalized Doubles.
struct Expected {
    var dimension: Dimension
    var value: Double
    var unit: String
    var qualifier: Qualifier = .exact
    var valueMax: Double? = nil
    var surfaceUnit: String? = nil
}

func close(_ a: Double, _ b: Double) -> Bool {
    abs(a - b) <= 1e-9 * max(1, abs(a), abs(b))
}

/// Extracts from the marked text and expects a mention exactly between markers 1 and 2 (and, when
/// given, a second between 3 and 4) with the expected fields.
func expectMention(_ marked: String, _ expected: Expected, second: Expected? = nil,
                   sourceLocation: SourceLocation = #_sourceLocation) {
    let m = MarkedText(marked)
    let found = Extractor().mentions(in: m.text, doc: "t")
    for (pair, exp) in [((1, 2), Optional(expected)), ((3, 4), second)] {
        guard let exp else { continue }
        guard let span = m.span(pair.0, pair.1) else {
            Issue.record("markers \(pair) missing in \(marked)", sourceLocation: sourceLocation)
            return
        }
        guard let hit = found.first(where: { $0.start == span.lowerBound && $0.end == span.upperBound }) else {
            Issue.record("no mention at \(span) in \"\(m.text)\"; found \(found.map { "\($0.text)@\($0.start)..<\($0.end)" })",
                         sourceLocation: sourceLocation)
            continue
        }
        #expect(hit.dimension == exp.dimension, "\(marked)", sourceLocation: sourceLocation)
        #expect(close(hit.value, exp.value), "\(marked): value \(hit.value) != \(exp.value)", sourceLocation: sourceLocation)
        #expect(hit.unit == exp.unit, "\(marked)", sourceLocation: sourceLocation)
        #expect(hit.qualifier == exp.qualifier, "\(marked)", sourceLocation: sourceLocation)
        if let vm = exp.valueMax {
            #expect(hit.valueMax.map { close($0, vm) } == true, "\(marked): value_max \(String(describing: hit.valueMax))", sourceLocation: sourceLocation)
        } else {
            #expect(hit.valueMax == nil, "\(marked)", sourceLocation: sourceLocation)
        }
        if let su = exp.surfaceUnit {
            #expect(hit.surfaceUnit == su, "\(marked)", sourceLocation: sourceLocation)
        }
        // The record's text is exactly the source's code points start..<end.
        let scalars = Array(m.text.unicodeScalars)
        #expect(hit.text == String(String.UnicodeScalarView(scalars[hit.start..<hit.end])), sourceLocation: sourceLocation)
    }
}

/// Expects no mention at all in the text (a year, a date, an ordinal, an idiom ...).
func expectNothing(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let found = Extractor().mentions(in: text, doc: "t")
    #expect(found.isEmpty, "\(text): found \(found.map { "\($0.text) \($0.value) \($0.unit)" })", sourceLocation: sourceLocation)
}

/// Shorthands for the common dimensions.
func money(_ v: Double, _ unit: String = "CNY", _ q: Qualifier = .exact, max: Double? = nil, surface: String? = nil) -> Expected {
    Expected(dimension: .money, value: v, unit: unit, qualifier: q, valueMax: max, surfaceUnit: surface)
}
func count(_ v: Double, _ unit: String, _ q: Qualifier = .exact, surface: String? = nil) -> Expected {
    Expected(dimension: .count, value: v, unit: unit, qualifier: q, surfaceUnit: surface)
}
func duration(_ v: Double, _ unit: String, _ q: Qualifier = .exact, surface: String? = nil) -> Expected {
    Expected(dimension: .duration, value: v, unit: unit, qualifier: q, surfaceUnit: surface)
}
func money(_ v: Double, _ q: Qualifier, surface: String? = nil) -> Expected {
    Expected(dimension: .money, value: v, unit: "CNY", qualifier: q, surfaceUnit: surface)
}
