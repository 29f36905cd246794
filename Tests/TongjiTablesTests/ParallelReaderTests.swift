import Foundation
import Synchronization
import Testing
import TongjiExtract
import TongjiTables

@Suite("Reading one file on several threads")
struct ParallelReaderTests {
    @Test("any --jobs gives the same table and the same reported lines", arguments: [2, 3, 7])
    func sameTableAnyJobs(jobs: Int) throws {
        let dir = try temporaryDirectory("parallel")
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("m.jsonl")
        var bytes: [UInt8] = []
        for (i, m) in MergeTests.mentions.enumerated() {
            m.appendJSONLine(to: &bytes)
            if i % 97 == 5 { bytes += Array("{\"broken\": \n".utf8) }   // malformed lines among them
        }
        try Data(bytes).write(to: file)
        let query = TableQuery(by: [.label], aggregates: [.count, .sum, .mean, .min, .max])

        func read(_ jobs: Int) throws -> (Table, Int, [Int]) {
            let lines = Mutex<[Int]>([])
            let outcome = try ParallelMentionReader.read(path: file.path, jobs: jobs, engine: TableEngine(query: query),
                                                         minimumBytes: 1) { p in lines.withLock { $0.append(p.line) } }
            return (try outcome.engine.table(), outcome.skipped, lines.withLock { $0 })
        }
        let (one, skippedOne, linesOne) = try read(1)
        let (many, skippedMany, linesMany) = try read(jobs)
        #expect(skippedOne == 7 && skippedMany == 7)
        #expect(linesMany == linesOne)          // true line numbers, in file order
        #expect(linesOne.first == 7)            // after mention 5 (line 6) comes the broken line 7
        #expect(many == one)
        #expect(TableFormat.csv.render(many) == TableFormat.csv.render(one))
        #expect(one.rows.map { Int($0[2].plainText) ?? 0 }.reduce(0, +) == MergeTests.mentions.count)
    }
}
