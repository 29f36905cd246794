import Foundation
import Testing

/// `tongji extract` end to end: the real binary on real files, checked by content.
@Suite struct ExtractCommandTests {
    @Test func seedsMeetTheReferenceF1() throws {
        let run = try Tongji.run(["extract", "seeds"])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let scratch = try TemporaryDirectory()
        let found = try scratch.write("found.jsonl", run.stdout)
        let score = try Tongji.runProgram("python3", [
            "Tests/Fixtures/tools/score_mentions.py", "Tests/Fixtures/gold/seeds.gold.jsonl", found, "--min-f1", "0.97", "--show", "0",
        ])
        #expect(score.status == 0, "\(score.output)")
    }

    @Test func oneMoneyMentionFromStandardInput() throws {
        let run = try Tongji.run(["extract"], stdin: Data("总投资3.25亿元".utf8))
        #expect(run.status == 0)
        let mentions = run.mentions
        try #require(mentions.count == 1, "\(run.output)")
        let m = mentions[0]
        #expect(m["doc"] as? String == "stdin")
        #expect(m["dimension"] as? String == "money")
        #expect(m["unit"] as? String == "CNY")
        #expect((m["value"] as? NSNumber)?.int64Value == 325_000_000)
        #expect(m["start"] as? Int == 3)
        #expect(m["end"] as? Int == 9)
        #expect(m["text"] as? String == "3.25亿元")
    }

    @Test func directoriesGiveEveryTextFileInSortedOrderNamedByBaseName() throws {
        let dir = try TemporaryDirectory()
        try dir.write("b/2.txt", text: "项目总投资5亿元。")
        try dir.write("a.txt", text: "总投资3.25亿元。")
        try dir.write("b/notes.md", text: "总投资9亿元。")
        let run = try Tongji.run(["extract", dir.url.path])
        #expect(run.status == 0)
        #expect(run.mentions.map { $0["doc"] as? String } == ["a.txt", "2.txt"])
        #expect(run.mentions.map { ($0["value"] as? NSNumber)?.int64Value } == [325_000_000, 500_000_000])
    }

    @Test func jobsOneAndTwoGiveByteIdenticalOutput() throws {
        let dir = try TemporaryDirectory()
        // Seeds, a 3 MB file that is cut into several chunks, and some bad input among them.
        let seeds = try FileManager.default.contentsOfDirectory(atPath: Tongji.root.appendingPathComponent("seeds").path).sorted()
        var big = Data()
        for name in seeds {
            let text = try Data(contentsOf: Tongji.root.appendingPathComponent("seeds").appendingPathComponent(name))
            try dir.write(name, text)
            big.append(text)
        }
        var large = Data()
        while large.count < 3 << 20 { large.append(big) }
        try dir.write("zz-large.txt", large)
        try dir.write("bad-utf8.txt", Data([0xE6, 0x80, 0x25, 0x0A, 0xFF]))
        try dir.write("empty.txt", Data())
        let one = try Tongji.run(["extract", "--jobs", "1", dir.url.path])
        let two = try Tongji.run(["extract", "--jobs", "2", dir.url.path])
        #expect(one.stdout == two.stdout)
        #expect(one.stderr == two.stderr)
        #expect(one.status == two.status)
        #expect(one.errors.count == 2)
        #expect(one.mentions.count > 1000, "the seeds hold hundreds of quantities")

        // The same through JSON Lines records.
        var jsonl = Data()
        for (i, name) in seeds.enumerated() {
            let text = String(decoding: try Data(contentsOf: Tongji.root.appendingPathComponent("seeds/\(name)")), as: UTF8.self)
            let record = try JSONSerialization.data(withJSONObject: ["id": "doc\(i)", "text": text])
            jsonl.append(record)
            jsonl.append(0x0A)
            if i == 3 { jsonl.append(Data("{broken\n".utf8)) }
        }
        let j1 = try Tongji.run(["extract", "--input", "jsonl", "--jobs", "1"], stdin: jsonl)
        let j2 = try Tongji.run(["extract", "--input", "jsonl", "--jobs", "2"], stdin: jsonl)
        #expect(j1.stdout == j2.stdout)
        #expect(j1.errors.count == 1)
        #expect(j1.mentions.count > 100)
    }

    @Test func exitStatusIsZeroOneOrTwo() throws {
        let dir = try TemporaryDirectory()
        let good = try dir.write("good.txt", text: "总投资3.25亿元。")
        #expect(try Tongji.run(["extract", good]).status == 0)
        #expect(try Tongji.run(["extract", good, dir.url.appendingPathComponent("missing.txt").path]).status == 1)
        let usage = try Tongji.run(["extract", "--jobs", "0", good])
        #expect(usage.status == 2)
        #expect(usage.stderr.contains("--jobs must be at least 1, got 0; give a thread count such as --jobs 2"))
        #expect(try Tongji.run(["extract", "--format", "xml", good]).status == 2)
        #expect(try Tongji.run(["extract", "--no-such-option"]).status == 2)
        #expect(try Tongji.run(["extract", "--on-error", "ignore"]).status == 2)
        #expect(try Tongji.run(["extract", "--help"]).status == 0)
    }

    @Test func filesFromReadsOnePathPerLineAfterTheArguments() throws {
        let dir = try TemporaryDirectory()
        let a = try dir.write("a.txt", text: "总投资3.25亿元。")
        let b = try dir.write("sub/b.txt", text: "新建道路63.2公里。")
        let c = try dir.write("c.txt", text: "签约项目43个。")
        // Windows line ends and blank lines are allowed; the listed paths come after the argument.
        let list = try dir.write("list.txt", text: "\(b)\r\n\n  \n\(c)\n")
        let run = try Tongji.run(["extract", a, "--files-from", list])
        #expect(run.status == 0)
        #expect(run.mentions.map { $0["doc"] as? String } == ["a.txt", "b.txt", "c.txt"])
        #expect(run.mentions.map { $0["text"] as? String } == ["3.25亿元", "63.2公里", "43个"])
        // The same records as naming the files one by one.
        #expect(run.stdout == (try Tongji.run(["extract", a, b, c])).stdout)

        let missing = try Tongji.run(["extract", "--files-from", dir.url.appendingPathComponent("nope.txt").path])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("--files-from: cannot read"))
        #expect(missing.stderr.contains("nope.txt\": no such file or directory; check the path and its permissions"))
        let empty = try Tongji.run(["extract", "--files-from", try dir.write("empty.txt", text: "\n")])
        #expect(empty.status == 2)
        #expect(empty.stderr.contains("lists no paths; give a file that lists one path per line"))
        #expect(empty.stdout.isEmpty)
    }

    @Test func helpDocumentsBothErrorModes() throws {
        let help = try Tongji.run(["extract", "--help"]).output
        #expect(help.contains("--on-error"))
        #expect(help.contains("report"))
        #expect(help.contains("fail"))
        #expect(help.contains("--input jsonl"))
        #expect(help.contains("Exit status"))
    }

    @Test func csvHasTheSpecFieldsAndReadsBackWithARealParser() throws {
        let run = try Tongji.run(["extract", "--format", "csv"], stdin: Data("总投资3.25亿元的热电联产长输管道，另有\"高速\",项目。".utf8))
        #expect(run.status == 0)
        #expect(run.output.hasPrefix(
            "doc,start,end,text,value,value_max,unit,dimension,qualifier,surface_unit,label,keyword,sentence\r\n"))
        let reader = """
            import csv, sys, json
            rows = list(csv.DictReader(sys.stdin))
            print(json.dumps(rows, ensure_ascii=False))
            """
        let parsed = try Tongji.runProgram("python3", ["-c", reader], stdin: run.stdout)
        #expect(parsed.status == 0)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(parsed.output.utf8)) as? [[String: String]])
        let money = try #require(rows.first { $0["dimension"] == "money" }, "\(run.output)")
        #expect(money["value"] == "325000000")
        #expect(money["unit"] == "CNY")
        #expect(money["text"] == "3.25亿元")
        #expect(money["doc"] == "stdin")
        #expect(money["sentence"]?.contains("\"高速\",项目") == true, "quotes and commas survive the round trip")
    }

    @Test func tableShowsChineseValuesAlignedByDisplayWidth() throws {
        let run = try Tongji.run(["extract", "--format", "table"], stdin: Data("总投资3.25亿元的热电联产长输管道。新建改造城区公路63.2公里。".utf8))
        #expect(run.status == 0)
        let lines = run.output.split(separator: "\n").map(String.init)
        try #require(lines.count >= 4, "\(run.output)")
        #expect(lines[0].hasPrefix("doc"))
        #expect(run.output.contains("3.25亿元"))
        #expect(run.output.contains("63.2公里"))
        // The dimension column starts at the same display column on every line (CJK counted 2 wide).
        let dimensionStart = displayWidth(of: lines[0], before: "dimension")
        #expect(dimensionStart == 24 + 2 + 6 + 2 + 18 + 2 + 16 + 2)
        for line in lines.dropFirst(2) {
            let word = line.contains(" money ") ? "money" : "length"
            #expect(displayWidth(of: line, before: " \(word) ") + 1 == dimensionStart, "\(line)")
        }
    }

    /// Terminal columns of `text`: CJK and full-width characters count 2.
    private func displayWidth(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { w, s in
            let v = s.value
            let wide = (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
                || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
                || (0xFFE0...0xFFE6).contains(v)
            return w + (wide ? 2 : 1)
        }
    }

    private func displayWidth(of line: String, before word: String) -> Int {
        guard let r = line.range(of: word) else { return -1 }
        return displayWidth(String(line[..<r.lowerBound]))
    }
}
