import Foundation
import Testing
@testable import TongjiExtract

/// The five seed articles against the hand-made reference, scored by the shared scorer.
@Suite struct SeedsReferenceTests {
    /// Honest floor for the label agreement, a few points under the measured share (95/102 = 0.931).
    static let labelFloor = 0.90

    private func extractSeeds() throws -> [Mention] {
        try Fixtures.seedTexts().flatMap { Extractor().mentions(in: $0.1, doc: $0.0) }
    }

    @Test func scorerAcceptsF1AndLabels() throws {
        let found = try extractSeeds()
        var out: [UInt8] = []
        for m in found { m.appendJSONLine(to: &out) }
        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("tongji-seeds-\(UUID().uuidString).jsonl")
        try Data(out).write(to: tmp)
        defer { try? FileManager.default.removeItem(at: tmp) }
        let (status, output) = try Fixtures.run("python3", [
            Fixtures.scorer.path, Fixtures.gold.path, tmp.path,
            "--min-f1", "0.97", "--min-label", String(Self.labelFloor), "--show", "20",
        ])
        print(output)
        #expect(status == 0, "scorer failed:\n\(output)")
        #expect(output.split(separator: "\n").last?.hasPrefix("F1 ") == true)
    }

    @Test func everyRequiredMoneyMentionIsRight() throws {
        let found = try extractSeeds()
        let lines = try String(contentsOf: Fixtures.gold, encoding: .utf8).split(separator: "\n")
        var required = 0
        for line in lines {
            let o = try FlatJSONObject(parsing: String(line))
            guard o["dimension"]?.stringValue == "money", o["optional"] != .bool(true) else { continue }
            required += 1
            let doc = o["doc"]?.stringValue ?? ""
            let start = o["start"]?.intValue ?? -1
            let end = o["end"]?.intValue ?? -1
            let value = o["value"]?.doubleValue ?? .nan
            let hit = found.first {
                $0.doc == doc && $0.start == start && $0.end == end && $0.dimension == .money
                    && close($0.value, value) && $0.unit == o["unit"]?.stringValue
                    && $0.qualifier.rawValue == o["qualifier"]?.stringValue
                    && $0.surfaceUnit == o["surface_unit"]?.stringValue
            }
            #expect(hit != nil, "money reference not found exactly: \(line)")
            // Money values are exact decimals: the JSON text carries every digit.
            #expect(hit?.exactValue != nil, "no exact value for \(line)")
        }
        #expect(required == 22)
    }
}
