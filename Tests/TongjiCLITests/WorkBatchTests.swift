import Foundation
import Testing
@testable import TongjiExtract

/// How `extractAll` groups input for its threads (`WorkBatch`): small files travel together so
/// that threads are woken less often, text dense with numbers travels in small batches so that
/// few results wait in memory, and one thread takes pieces one by one.
@Suite struct WorkBatchTests {
    /// `count` files of exactly `bytes` bytes each.
    private func files(_ count: Int, bytes: Int, in dir: TemporaryDirectory) throws -> [DocumentSource] {
        try (0..<count).map { i in
            let text = String(repeating: "文", count: (bytes - 1) / 3) + String(repeating: "\n", count: bytes - 3 * ((bytes - 1) / 3))
            return .file(path: try dir.write(String(format: "f%03d.txt", i), text: text))
        }
    }

    /// The number of pieces in each batch, `seen` having been observed before the first.
    private func batchSizes(_ sources: [DocumentSource], jobs: Int, chunkBytes: Int,
                            seen: (bytes: Int, mentions: Int)?) -> [Int] {
        let options = InputOptions(jobs: jobs, chunkBytes: chunkBytes)
        var stream = InputStream(sources: sources, options: options)
        var batch = WorkBatch(jobs: jobs, chunkBytes: chunkBytes)
        if let seen { batch.observe(bytes: seen.bytes, mentions: seen.mentions) }
        var sizes: [Int] = []
        while let works = batch.next(from: &stream) { sizes.append(works.count) }
        return sizes
    }

    @Test func oneThreadTakesOnePieceAtATime() throws {
        let dir = try TemporaryDirectory()
        let sources = try files(10, bytes: 1_000, in: dir)
        #expect(batchSizes(sources, jobs: 1, chunkBytes: 4_096, seen: (10_000, 10)) == Array(repeating: 1, count: 10))
    }

    @Test func untilResultsAreBackEachBatchIsOnePiece() throws {
        let dir = try TemporaryDirectory()
        let sources = try files(10, bytes: 1_000, in: dir)
        #expect(batchSizes(sources, jobs: 2, chunkBytes: 4_096, seen: nil) == Array(repeating: 1, count: 10))
    }

    @Test func smallFilesTravelTogetherUpToFourChunksOfBytes() throws {
        let dir = try TemporaryDirectory()
        let sources = try files(40, bytes: 1_000, in: dir)
        // Four chunks of 4,096 bytes: a batch closes at the 17th file (17,000 bytes ≥ 16,384).
        let sizes = batchSizes(sources, jobs: 2, chunkBytes: 4_096, seen: (100_000, 100))
        #expect(sizes == [17, 17, 6])
    }

    @Test func manyTinyFilesTravelAtMost64ToABatch() throws {
        let dir = try TemporaryDirectory()
        let sources = try files(150, bytes: 100, in: dir)
        #expect(batchSizes(sources, jobs: 2, chunkBytes: 65_536, seen: (100_000, 100)) == [64, 64, 22])
    }

    @Test func textDenseWithNumbersTravelsInSmallerBatches() throws {
        let dir = try TemporaryDirectory()
        let sources = try files(100, bytes: 1_000, in: dir)
        // One mention per 10 bytes so far: 2,000 mentions' worth is 20,000 bytes, well under the
        // 256 KB that four 64 KB chunks would allow.
        #expect(batchSizes(sources, jobs: 2, chunkBytes: 65_536, seen: (10_000, 1_000)) == [20, 20, 20, 20, 20])
        // However dense, a batch holds at least one piece: at a mention per byte, 2,000 mentions'
        // worth is less than one of these 5,000-byte files.
        let other = try TemporaryDirectory()
        let larger = try files(10, bytes: 5_000, in: other)
        #expect(batchSizes(larger, jobs: 2, chunkBytes: 65_536, seen: (1_000, 1_000)) == Array(repeating: 1, count: 10))
    }

    @Test func chunksOfOneLargeFileAreBatchedLikeFiles() throws {
        let dir = try TemporaryDirectory()
        var text = ""
        for i in 0..<2_000 { text += "第\(i)段文字。\n" }   // ~36 KB, cut into chunks of about 1 KB
        let path = try dir.write("large.txt", text: text)
        let sizes = batchSizes([.file(path: path)], jobs: 2, chunkBytes: 1_024, seen: (100_000, 100))
        #expect(sizes.count > 5)
        #expect(sizes.dropLast().allSatisfy { $0 == 4 || $0 == 5 }, "four chunks' worth of bytes: \(sizes)")
    }

    @Test func onAPipeOnlyRecordsAlreadyWholeAreTakenWithoutWaiting() throws {
        // A batch from standard input stops at the first record that has not fully arrived: the
        // reader must tell, without reading (a read would wait on the writer).
        let pipe = Pipe()
        pipe.fileHandleForWriting.write(Data("{\"id\": 1, \"text\": \"甲\"}\n{\"id\": 2, \"text\": \"乙\"}\n{\"id\": 3, \"te".utf8))
        var reader = LineReader(descriptor: FileDescriptor(rawValue: pipe.fileHandleForReading.fileDescriptor), maxLineBytes: 1 << 20)
        guard case .text(let first, 1)? = try reader.next() else { Issue.record("no first line"); return }
        #expect(String(decoding: first, as: UTF8.self) == "{\"id\": 1, \"text\": \"甲\"}")
        let secondArrived = reader.hasBufferedLine()
        let askedAgain = reader.hasBufferedLine()
        #expect(secondArrived && askedAgain, "asking twice changes nothing")
        guard case .text(let second, 2)? = try reader.next() else { Issue.record("no second line"); return }
        #expect(String(decoding: second, as: UTF8.self) == "{\"id\": 2, \"text\": \"乙\"}")
        let thirdArrived = reader.hasBufferedLine()
        #expect(!thirdArrived, "the third record is not whole yet, and asking does not wait for it")
        pipe.fileHandleForWriting.write(Data("xt\": \"丙\"}\n".utf8))
        try pipe.fileHandleForWriting.close()
        guard case .text(let third, 3)? = try reader.next() else { Issue.record("no third line"); return }
        #expect(String(decoding: third, as: UTF8.self) == "{\"id\": 3, \"text\": \"丙\"}")
        let end = try reader.next()
        #expect(end == nil, "the end of the input")
    }

    @Test func extractionGivesTheSameResultsBatchedOrNot() throws {
        let dir = try TemporaryDirectory()
        var paths: [String] = []
        for i in 0..<60 {
            var text = ""
            for j in 0..<(i % 7 + 1) * 20 { text += "第\(j)个项目总投资\(i + j).5亿元，新建道路\(j + 2)公里。\n" }
            paths.append(try dir.write(String(format: "g%02d.txt", i), text: text))
        }
        func run(_ jobs: Int) -> [DocumentResult] {
            var results: [DocumentResult] = []
            extractAll(paths: paths, options: InputOptions(jobs: jobs, chunkBytes: 2_048)) { results.append($0) }
            return results
        }
        let serial = run(1)
        #expect(serial.flatMap(\.mentions).count > 5_000)
        for jobs in [2, 3] {
            let parallel = run(jobs)
            #expect(parallel.map(\.doc) == serial.map(\.doc))
            #expect(parallel.flatMap(\.mentions) == serial.flatMap(\.mentions))
        }
    }
}
