import Foundation
import Testing

/// Bad input: each problem is a clear error naming the file and line, in-band in JSON Lines and on
/// stderr as `doc:line: message`, and the rest of the input is still processed.
@Suite struct ExtractBadInputTests {
    /// A good file placed after each bad one: its mention proves processing went on.
    static let goodText = "项目总投资3.25亿元。"

    private func runWithGoodFileAfter(_ dir: TemporaryDirectory, _ bad: String, _ extra: [String] = []) throws -> TongjiRun {
        let good = try dir.write("zz-good.txt", text: Self.goodText)
        return try Tongji.run(["extract"] + extra + [bad, good])
    }

    private func expectGoodFileStillExtracted(_ run: TongjiRun) {
        #expect(run.mentions.contains { $0["doc"] as? String == "zz-good.txt" && $0["dimension"] as? String == "money" },
                "the file after the bad one is still extracted")
    }

    @Test func missingFile() throws {
        let dir = try TemporaryDirectory()
        let path = dir.url.appendingPathComponent("missing.txt").path
        let run = try runWithGoodFileAfter(dir, path)
        #expect(run.status == 1)
        let message = "cannot read \"\(path)\": no such file or directory; check the path and its permissions"
        #expect(run.errors.first?["doc"] as? String == "missing.txt")
        #expect(run.errors.first?["error"] as? String == message)
        #expect(run.errors.first?["line"] is NSNull)
        #expect(run.stderr.contains("missing.txt: \(message)\n"))
        expectGoodFileStillExtracted(run)
    }

    @Test func unreadableFile() throws {
        let dir = try TemporaryDirectory()
        let file = try dir.write("plain.txt", text: "x")
        let path = file + "/inside.txt"  // a path through a file cannot be opened, even as root
        let run = try runWithGoodFileAfter(dir, path)
        #expect(run.status == 1)
        #expect(run.errors.first?["error"] as? String == "cannot read \"\(path)\": not a directory; check the path and its permissions")
        expectGoodFileStillExtracted(run)
    }

    @Test func binaryFileIsSkipped() throws {
        let dir = try TemporaryDirectory()
        let path = try dir.write("image.txt", Data([0x89, 0x50, 0x4E, 0x47, 0x0A, 0x00, 0x01]) + Data("总投资3亿元".utf8))
        let run = try runWithGoodFileAfter(dir, path)
        #expect(run.status == 1)
        let message = "binary file (NUL byte at byte 5): skipped; give tongji UTF-8 text"
        #expect(run.errors.count == 1)
        #expect(run.errors.first?["error"] as? String == message)
        #expect(run.errors.first?["line"] as? Int == 2)
        #expect(run.stderr.contains("image.txt:2: \(message)"))
        #expect(!run.mentions.contains { $0["doc"] as? String == "image.txt" })
        expectGoodFileStillExtracted(run)
    }

    @Test func emptyFileIsReportedButDoesNotFail() throws {
        let dir = try TemporaryDirectory()
        let path = try dir.write("empty.txt", Data())
        let run = try runWithGoodFileAfter(dir, path)
        #expect(run.status == 0)
        #expect(run.errors.first?["error"] as? String == "empty input: nothing to extract")
        #expect(run.stderr.contains("empty.txt: empty input: nothing to extract"))
        expectGoodFileStillExtracted(run)
    }

    @Test func invalidUTF8IsReplacedAndReportedWithItsLine() throws {
        let dir = try TemporaryDirectory()
        var bytes = Data("第一行\n第二行\n".utf8)
        bytes.append(contentsOf: [0xFF, 0xFE])              // two invalid bytes: two replacements
        bytes.append(Data("总投资3.25亿元，".utf8))
        bytes.append(contentsOf: [0xE4, 0xB8])              // a truncated character: one replacement
        bytes.append(Data("。\n".utf8))
        let path = try dir.write("gbk.txt", bytes)
        let run = try runWithGoodFileAfter(dir, path)
        #expect(run.status == 1)
        let message = "invalid UTF-8: 3 byte sequences replaced by U+FFFD; convert the input to UTF-8 (e.g. iconv -f GBK -t UTF-8)"
        #expect(run.errors.count == 1)
        #expect(run.errors.first?["error"] as? String == message)
        #expect(run.errors.first?["line"] as? Int == 3)
        #expect(run.stderr.contains("gbk.txt:3: \(message)"))
        // The text around the bad bytes is still extracted, at code point offsets counting each U+FFFD as one.
        let money = run.mentions.first { $0["doc"] as? String == "gbk.txt" }
        #expect(money?["start"] as? Int == 8 + 2 + 3)
        expectGoodFileStillExtracted(run)
    }

    @Test func fiftyMegabyteSingleLineStreamsWithExactOffsets() throws {
        let dir = try TemporaryDirectory()
        // 50 MB of one line without a sentence end, then a quantity at its end.
        let filler = String(repeating: "各地区各部门认真贯彻落实有关部署", count: 50 * 1024 * 1024 / 48)
        let text = filler + "，总投资3.25亿元"
        let path = try dir.write("one-line.txt", text: text)
        let run = try runWithGoodFileAfter(dir, path)
        #expect(run.status == 0)
        let notes = run.errors.filter { $0["doc"] as? String == "one-line.txt" }
        #expect(notes.count == 1)
        #expect(notes.first?["error"] as? String == "no sentence end or line break in 64 KB: cut at character boundaries from here on,"
                + " a quantity across a cut may be missed; add line breaks")
        #expect(notes.first?["line"] as? Int == 1)
        let money = run.mentions.first { $0["doc"] as? String == "one-line.txt" }
        #expect(money?["start"] as? Int == filler.unicodeScalars.count + 4)
        expectGoodFileStillExtracted(run)
    }

    @Test func numbersTooLargeAreErrorRecordsWithTheirLine() throws {
        let dir = try TemporaryDirectory()
        let digits400 = String(repeating: "9", count: 400)
        let path = try dir.write("huge.txt", text: "第一行。\n合计\(digits400)元。\n另有9999999999999999999999999亿元。\n总投资3亿元。\n")
        let run = try runWithGoodFileAfter(dir, path)
        #expect(!run.output.contains("inf"))
        #expect(!run.output.lowercased().contains("nan"))
        let issues = run.errors.filter { $0["doc"] as? String == "huge.txt" }
        #expect(issues.map { $0["line"] as? Int } == [2, 3], "\(run.output)")
        #expect(run.stderr.contains("huge.txt:2: "))
        #expect(run.stderr.contains("huge.txt:3: "))
        #expect(run.mentions.contains { $0["doc"] as? String == "huge.txt" && ($0["value"] as? NSNumber)?.int64Value == 300_000_000 })
        expectGoodFileStillExtracted(run)
    }

    @Test func csvAndTableSendErrorsToStandardErrorOnly() throws {
        let dir = try TemporaryDirectory()
        let path = dir.url.appendingPathComponent("missing.txt").path
        for format in ["csv", "table"] {
            let run = try Tongji.run(["extract", "--format", format, path])
            #expect(run.status == 1)
            #expect(!run.output.contains("cannot read"))
            #expect(run.stderr.contains("missing.txt: cannot read"))
        }
    }

    @Test func onErrorFailStopsAtTheFirstProblem() throws {
        let dir = try TemporaryDirectory()
        let first = try dir.write("a.txt", text: "总投资3亿元。")
        let bad = try dir.write("b.txt", Data([0x00, 0x01]))
        let last = try dir.write("c.txt", text: "总投资5亿元。")
        let run = try Tongji.run(["extract", "--on-error", "fail", "--jobs", "2", first, bad, last])
        #expect(run.status == 1)
        #expect(run.errors.count == 1)
        #expect(run.errors.first?["doc"] as? String == "b.txt")
        #expect(!run.output.contains("\"c.txt\""))
        #expect(run.mentions.contains { $0["doc"] as? String == "a.txt" })
    }
}
