import Foundation
import Testing
@testable import TongjiExtract

/// The library side of the input: `extractAll`, chunking, decoding, ordering. These run in the
/// test process (no subprocess), with small chunks so that every path is crossed.
@Suite struct InputLayerTests {
    private func collect(_ paths: [String], _ options: InputOptions) -> [DocumentResult] {
        var results: [DocumentResult] = []
        extractAll(paths: paths, options: options) { results.append($0) }
        return results
    }

    @Test func chunkedExtractionGivesTheSameMentionsAsTheWholeText() throws {
        let dir = try TemporaryDirectory()
        var text = ""
        for i in 0..<300 { text += "第\(i)个项目总投资\(i + 1).25亿元，新建道路\(i + 2)公里。\n" }
        let path = try dir.write("many.txt", text: text)
        let whole = Extractor().extract(text, doc: "many.txt").mentions
        #expect(whole.count >= 300)
        for jobs in [1, 2, 3] {
            let results = collect([path], InputOptions(jobs: jobs, chunkBytes: 1000))
            #expect(results.count > 10, "the file is cut into many chunks")
            #expect(results.flatMap(\.mentions) == whole)
        }
    }

    @Test func issueLinesCountFromTheStartOfTheFileAcrossChunks() throws {
        let dir = try TemporaryDirectory()
        var bytes = Data()
        for i in 1...499 { bytes.append(Data("第\(i)行没有数字的文字。\n".utf8)) }
        bytes.append(contentsOf: [0xC0, 0xAF])   // line 500: an overlong encoding, two replacements
        bytes.append(Data("\n最后一行。\n".utf8))
        let path = try dir.write("lines.txt", bytes)
        for jobs in [1, 2] {
            let results = collect([path], InputOptions(jobs: jobs, chunkBytes: 256))
            let issues = results.flatMap(\.issues)
            #expect(issues.count == 1)
            #expect(issues.first?.line == 500)
            #expect(issues.first?.doc == "lines.txt")
            #expect(issues.first?.message.hasPrefix("invalid UTF-8: 2 byte sequences replaced by U+FFFD") == true)
            #expect(results.filter(\.lostInput).count == 1)
            #expect(results.map(\.bytes).reduce(0, +) == bytes.count)
        }
    }

    @Test func offsetsAfterInvalidUTF8InAnEarlierChunkCountEachReplacementOnce() throws {
        let dir = try TemporaryDirectory()
        var bytes = Data("第一段。\n".utf8)
        bytes.append(contentsOf: [0xFF, 0xE4, 0xB8, 0x80, 0x80])  // a bad lead byte, 一, a stray continuation byte: 2 replacements, one more code point than lead bytes
        bytes.append(Data("\n".utf8))
        for i in 0..<200 { bytes.append(Data("第\(i)个项目总投资3.25亿元。\n".utf8)) }
        let path = try dir.write("mixed.txt", bytes)
        let whole = String(decoding: bytes, as: UTF8.self)
        let expected = Extractor().extract(whole, doc: "mixed.txt").mentions.map { [$0.start, $0.end] }
        #expect(expected.count >= 200)
        for jobs in [1, 2] {
            let results = collect([path], InputOptions(jobs: jobs, chunkBytes: 300))
            #expect(results.count > 10)
            #expect(results.flatMap(\.mentions).map { [$0.start, $0.end] } == expected)
            #expect(results.flatMap(\.issues).map(\.line) == [2])
        }
    }

    @Test func resultsArriveInInputOrderWhateverTheJobs() throws {
        let dir = try TemporaryDirectory()
        var paths: [String] = []
        for i in 0..<50 {
            // Sizes vary so that later files often finish before earlier ones.
            paths.append(try dir.write(String(format: "f%02d.txt", i), text: String(repeating: "文字。", count: (50 - i) * 2000)))
        }
        let parallel = collect(paths, InputOptions(jobs: 4, chunkBytes: 64 * 1024))
        let serial = collect(paths, InputOptions(jobs: 1, chunkBytes: 64 * 1024))
        #expect(parallel.map(\.doc) == serial.map(\.doc))
        #expect(parallel.map(\.bytes) == serial.map(\.bytes))
        var firstSeen: [String] = []
        for doc in parallel.map(\.doc) where firstSeen.last != doc { firstSeen.append(doc) }
        #expect(firstSeen == (0..<50).map { String(format: "f%02d.txt", $0) }, "each file's chunks together, files in order")
        #expect(parallel.count > 50, "large files come in several chunks")
    }

    @Test func stoppingEarlyRethrowsAndStopsTheWorkers() throws {
        struct Stop: Error {}
        let dir = try TemporaryDirectory()
        let path = try dir.write("a.txt", text: String(repeating: "文字。", count: 100_000))
        var seen = 0
        #expect(throws: Stop.self) {
            try extractAll(paths: [path], options: InputOptions(jobs: 2, chunkBytes: 4096)) { _ in
                seen += 1
                if seen == 3 { throw Stop() }
            }
        }
        #expect(seen == 3)
    }

    @Test func cutsPreferSentenceEndsThenLineBreaksThenCharacterBoundaries() {
        let sentence = Array("甲乙。丙丁\n戊己".utf8)
        // Limit inside 戊: the sentence end is preferred to the later line break within the window.
        #expect(TextCut.cutPoint(in: sentence, limit: sentence.count - 2).offset == Array("甲乙。".utf8).count)
        let lines = Array("甲乙\n丙丁戊".utf8)
        #expect(TextCut.cutPoint(in: lines, limit: lines.count - 1) == (Array("甲乙\n".utf8).count, .atBreak))
        let none = Array("甲乙丙丁".utf8)
        let cut = TextCut.cutPoint(in: none, limit: 7)   // inside 丙: back to its first byte
        #expect(cut.offset == 6)
        #expect(cut.kind == .atCharacter)
        let withNewline = Array("甲。\n乙丙".utf8)
        #expect(TextCut.cutPoint(in: withNewline, limit: withNewline.count - 1).offset == Array("甲。\n".utf8).count,
                "the line break after a sentence end stays with the sentence")
    }

    @Test func decodingCountsReplacementsLikePython() {
        // Python: b"\xe4\xb8\x41\xff\xf0\x9f\x98".decode("utf-8", "replace") == "\ufffdA\ufffd\ufffd"
        let decoded = DecodedText([0xE4, 0xB8, 0x41, 0xFF, 0xF0, 0x9F, 0x98])
        #expect(decoded.text == "\u{FFFD}A\u{FFFD}\u{FFFD}")
        #expect(decoded.replacements == 3)
        #expect(decoded.codePoints == 4)
        #expect(decoded.firstInvalidLine == 0)
        let valid = DecodedText(Array("总投资\n3.25亿元".utf8))
        #expect(valid.replacements == 0)
        #expect(valid.codePoints == 10)
        #expect(valid.lineBreaks == 1)
        #expect(valid.firstInvalidLine == nil)
    }

    @Test func wordAtATimeCountsMatchByteAtATimeCounts() {
        var generator = SystemRandomNumberGenerator()
        let alphabet: [UInt8] = [0x0A, 0x41, 0x80, 0xBF, 0xC0, 0xE4, 0xB8, 0x0B, 0x8A, 0x00, 0xFF]
        for length in [0, 1, 7, 8, 9, 63, 64, 65, 1000] {
            let bytes = (0..<length).map { _ in alphabet.randomElement(using: &generator)! }
            let counts = ByteCounts.codePointsAndLineBreaks(bytes)
            #expect(counts.codePoints == bytes.filter { $0 & 0xC0 != 0x80 }.count)
            #expect(counts.lineBreaks == bytes.filter { $0 == 0x0A }.count)
        }
    }

    @Test func directoriesExpandToSortedTextFiles() throws {
        let dir = try TemporaryDirectory()
        try dir.write("b.txt", text: "x")
        try dir.write("a/z.txt", text: "x")
        try dir.write("a/y.jsonl", text: "{}")
        try dir.write(".hidden.txt", text: "x")
        let base = dir.url.path
        #expect(DocumentSource.sources(for: [base]) == [.file(path: base + "/a/z.txt"), .file(path: base + "/b.txt")])
        #expect(DocumentSource.sources(for: [base], format: .jsonl) == [.file(path: base + "/a/y.jsonl")])
        #expect(DocumentSource.sources(for: []) == [.standardInput])
        #expect(DocumentSource.file(path: "/x/seeds/a.txt").name == "a.txt")
    }

    @Test func leadingIDIsReadFromARecordTooLongToParse() {
        #expect(InputStream.leadingID(Array(#"{"id": "huge-1", "text": "..."#.utf8)) == "huge-1")
        #expect(InputStream.leadingID(Array(#"{ "id" : 42, "text"#.utf8)) == "42")
        #expect(InputStream.leadingID(Array(#"{"text": "...", "id": 1"#.utf8)) == nil)
    }

    @Test func problemMessagesSayWhatToDo() {
        #expect(InputProblem.binary(byteOffset: 5).description == "binary file (NUL byte at byte 5): skipped; give tongji UTF-8 text")
        #expect(InputProblem.recordTooLong(limit: 16 << 20).description
                == "record longer than 16 MB: skipped; split its text into several records")
        #expect(InputProblem.invalidUTF8(count: 1).description
                == "invalid UTF-8: 1 byte sequence replaced by U+FFFD; convert the input to UTF-8 (e.g. iconv -f GBK -t UTF-8)")
        #expect(InputProblem.cannotOpen(path: "a.txt", reason: "permission denied").description
                == "cannot read \"a.txt\": permission denied; check the path and its permissions")
        #expect(InputProblem.malformedRecord(JSONLineError(byteOffset: 3, reason: "expected ':' after a key")).description
                == "malformed JSON Lines record (expected ':' after a key at byte 3): skipped; write one {\"id\": ..., \"text\": ...} object per line")
        #expect(InputProblem.missingText.losesInput && !InputProblem.empty.losesInput)
        #expect(InputProblem.cannotOpen(path: "a", reason: "b").failsSource && !InputProblem.missingText.failsSource)
    }
}
