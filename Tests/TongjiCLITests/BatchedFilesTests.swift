import Foundation
import Testing
@testable import TongjiExtract

/// Files good and bad, small enough to travel many to a batch, give the same results on any
/// number of threads: mentions, problems, lines and the count of lost input.
@Suite struct BatchedFilesTests {
    /// What a run gives, in a form that compares whole.
    private func summary(_ paths: [String], jobs: Int, chunkBytes: Int = 64 << 10) -> [String] {
        var lines: [String] = []
        let totals = extractAll(paths: paths, options: InputOptions(jobs: jobs, chunkBytes: chunkBytes)) { result in
            lines.append("\(result.doc) bytes=\(result.bytes) lost=\(result.lostInput)")
            for m in result.mentions { lines.append("  \(m.start)-\(m.end) \(m.text) \(m.value)") }
            for issue in result.issues { lines.append("  ! \(issue.description)") }
        }
        lines.append("total bytes=\(totals.bytes) mentions=\(totals.mentions) issues=\(totals.issues) lost=\(totals.lostInputs)")
        return lines
    }

    @Test func goodAndBadSmallFilesGiveTheSameResultsOnAnyThread() throws {
        let dir = try TemporaryDirectory()
        var paths: [String] = []
        // Twenty rounds of seven files, so that after the first results the batches hold many.
        for round in 0..<20 {
            let r = String(format: "%02d", round)
            paths.append(try dir.write("\(r)a-good.txt", text: "总投资3.25亿元的热电联产长输管道。\n新建改造城区公路\(round).2公里。\n"))
            paths.append(try dir.write("\(r)b-empty.txt", Data()))
            paths.append(try dir.write("\(r)c-binary.txt", Data("第一行\n第二行".utf8) + Data([0, 1, 2])))
            var invalid = Data("第一段。\n".utf8)
            invalid.append(contentsOf: [0xFF, 0xFE])
            invalid.append(Data("\n共有\(round + 40)个项目。\n".utf8))
            paths.append(try dir.write("\(r)d-invalid.txt", invalid))
            paths.append(dir.url.appendingPathComponent("\(r)e-missing.txt").path)
            paths.append(try dir.write("\(r)f-huge.txt", text: "金额9999999999999999999999999亿元。\n"))
            paths.append(try dir.write("\(r)g-good.txt", text: "增长12.5%，达到130.41亿元。"))
        }
        let serial = summary(paths, jobs: 1)
        #expect(serial.contains { $0.contains("b-empty.txt") && $0.contains("empty") })
        #expect(serial.contains { $0.contains("c-binary.txt") && $0.contains("binary") })
        #expect(serial.contains { $0.contains("d-invalid.txt") && $0.contains("invalid UTF-8") })
        #expect(serial.contains { $0.contains("e-missing.txt") })
        #expect(serial.last?.hasSuffix("lost=60") == true, "\(serial.last ?? "")")
        for jobs in [2, 3] {
            // Chunks of 256 bytes: a batch closes at 1 KB, which is several of these files.
            #expect(summary(paths, jobs: jobs, chunkBytes: 256) == summary(paths, jobs: 1, chunkBytes: 256))
            #expect(summary(paths, jobs: jobs) == serial)
        }
    }
}
