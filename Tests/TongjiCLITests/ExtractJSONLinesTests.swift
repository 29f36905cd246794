import Foundation
import Testing

/// The streaming contract of `--input jsonl` (issue 6): records in, mention records out, every
/// problem an in-band error record under the record's id, exit status 0, no dependence on how
/// the input is split.
@Suite struct ExtractJSONLinesTests {
    private func record(_ id: Any, _ text: String) throws -> Data {
        var line = try JSONSerialization.data(withJSONObject: ["id": id, "text": text])
        line.append(0x0A)
        return line
    }

    @Test func mentionsCarryTheRecordIdAndNumericIdsBecomeText() throws {
        var input = try record("新闻-1", "总投资3.25亿元。")
        input += try record(42, "新建公路63.2公里。")
        let run = try Tongji.run(["extract", "--input", "jsonl"], stdin: input)
        #expect(run.status == 0)
        #expect(run.mentions.map { $0["doc"] as? String } == ["新闻-1", "42"])
        #expect(run.mentions.first?["start"] as? Int == 3)
    }

    @Test func everyBadRecordIsAnInBandErrorAndTheExitStatusStaysZero() throws {
        var input = try record("ok-1", "总投资3亿元。")
        input += Data("{\"id\": \"broken\", \"text\": \n".utf8)                          // line 2: malformed
        input += Data("{\"id\": \"no-text\"}\n".utf8)                                      // line 3: no text
        input += Data("{\"id\": \"bad-utf8\", \"text\": \"总投资".utf8) + Data([0xFF]) + Data("5亿元\"}\n".utf8)  // line 4
        input += try record("empty", "")                                                    // line 5: empty text
        input += Data("{\"text\": \"总投资7亿元\"}\n".utf8)                                   // line 6: no id
        input += Data("\n".utf8)                                                            // line 7: blank, not a record
        input += try record("ok-2", "总投资9亿元。")                                          // line 8
        input += Data("{broken\n".utf8)                                                      // line 9: no id to read
        let run = try Tongji.run(["extract", "--input", "jsonl"], stdin: input)
        #expect(run.status == 0)
        let errors = run.errors.map { "\($0["doc"] as? String ?? "?")@\($0["line"] as? Int ?? -1): \($0["error"] as? String ?? "")" }
        #expect(errors == [
            // Malformed, but its id can still be read: named by it (line numbers mean nothing in a Spark partition).
            "broken@2: malformed JSON Lines record (expected a value at byte 25): skipped; write one {\"id\": ..., \"text\": ...} object per line",
            "no-text@3: record has no \"text\" string: skipped; give every record a \"text\" field",
            "bad-utf8@4: invalid UTF-8: 1 byte sequence replaced by U+FFFD; convert the input to UTF-8 (e.g. iconv -f GBK -t UTF-8)",
            "empty@5: empty input: nothing to extract",
            "stdin@6: record has no \"id\": skipped; give every record a string or number \"id\"",
            "stdin@9: malformed JSON Lines record (expected a key in quotes at byte 1): skipped; write one {\"id\": ..., \"text\": ...} object per line",
        ])
        #expect(run.stderr.contains("no-text:3: record has no \"text\" string"))
        // Good records before and after the bad ones, and the text around bad bytes, are extracted.
        #expect(Set(run.mentions.compactMap { $0["doc"] as? String }) == ["ok-1", "bad-utf8", "ok-2"])
    }

    @Test func aRecordOverTheLimitIsReportedUnderItsIdAndSkipped() throws {
        var input = try record("before", "总投资3亿元。")
        var huge = Data("{\"id\": \"huge-1\", \"text\": \"".utf8)
        huge.append(Data(String(repeating: "统", count: 6 << 20).utf8))   // 18 MB of text
        huge.append(Data("\"}\n".utf8))
        input += huge
        input += try record("after", "总投资5亿元。")
        let run = try Tongji.run(["extract", "--input", "jsonl"], stdin: input)
        #expect(run.status == 0)
        #expect(run.errors.count == 1)
        #expect(run.errors.first?["doc"] as? String == "huge-1")
        #expect(run.errors.first?["line"] as? Int == 2)
        #expect(run.errors.first?["error"] as? String == "record longer than 16 MB: skipped; split its text into several records")
        #expect(run.mentions.map { $0["doc"] as? String } == ["before", "after"])
    }

    @Test func aLargeRecordUnderTheLimitIsExtracted() throws {
        let text = String(repeating: "各地区认真贯彻落实。", count: 400_000) + "总投资3.25亿元。"  // ~12 MB
        let run = try Tongji.run(["extract", "--input", "jsonl"], stdin: try record("big", text))
        #expect(run.status == 0)
        #expect(run.errors.isEmpty)
        #expect(run.mentions.first?["start"] as? Int == 4_000_000 + 3)
    }

    @Test func onErrorFailStopsAtTheFirstBadRecord() throws {
        var input = try record("a", "总投资3亿元。")
        input += Data("not json\n".utf8)
        input += try record("c", "总投资5亿元。")
        let run = try Tongji.run(["extract", "--input", "jsonl", "--on-error", "fail"], stdin: input)
        #expect(run.status == 1)
        #expect(run.errors.count == 1)
        #expect(run.errors.first?["line"] as? Int == 2)
        #expect(!run.output.contains("\"c\""))
    }

    @Test func outputDoesNotDependOnHowTheInputIsSplit() throws {
        var records: [Data] = []
        for i in 0..<40 { records.append(try record("r\(i)", "第\(i)段：总投资\(i + 1).5亿元，新建道路\(i)公里。")) }
        let whole = try Tongji.run(["extract", "--input", "jsonl"], stdin: records.reduce(Data(), +))
        var parts = Data()
        for chunk in stride(from: 0, to: records.count, by: 7) {
            let part = try Tongji.run(["extract", "--input", "jsonl", "--jobs", "1"], stdin: records[chunk..<min(chunk + 7, records.count)].reduce(Data(), +))
            parts += part.stdout
        }
        #expect(whole.stdout == parts)
        #expect(whole.mentions.count >= 40)
    }

    @Test func aMissingInputFileFailsEvenInJSONLinesMode() throws {
        let dir = try TemporaryDirectory()
        let run = try Tongji.run(["extract", "--input", "jsonl", dir.url.appendingPathComponent("part-0.jsonl").path])
        #expect(run.status == 1)
        #expect(run.errors.first?["doc"] as? String == "part-0.jsonl")
    }
}
