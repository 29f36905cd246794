import Foundation
import Testing
@testable import TongjiExtract

/// The probe's 165 sentences (eight genres) against their reference, scored by the shared scorer.
@Suite struct ProbeReferenceTests {
    /// Floor for F1, a little under the measured 0.9942 (P 0.9971, R 0.9913).
    static let f1Floor = 0.985

    @Test func scorerAcceptsF1() throws {
        let found = try Fixtures.probeTexts().flatMap { Extractor().mentions(in: $0.1, doc: $0.0) }
        var out: [UInt8] = []
        for m in found { m.appendJSONLine(to: &out) }
        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("tongji-probe-\(UUID().uuidString).jsonl")
        try Data(out).write(to: tmp)
        defer { try? FileManager.default.removeItem(at: tmp) }
        let (status, output) = try Fixtures.run("python3", [
            Fixtures.scorer.path, Fixtures.probeGold.path, tmp.path, "--min-f1", String(Self.f1Floor), "--show", "20",
        ])
        print(output)
        #expect(status == 0, "scorer failed:\n\(output)")
        #expect(output.split(separator: "\n").last?.hasPrefix("F1 ") == true)
    }
}
