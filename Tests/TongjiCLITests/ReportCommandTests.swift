import Foundation
import Testing

/// `tongji report` end to end, as the README's first command runs it.
@Suite struct ReportCommandTests {
    @Test func seedsGiveAReportAndASummaryLine() throws {
        let out = try TemporaryDirectory()
        let run = try Tongji.run(["report", "seeds", "--out", out.url.path])
        #expect(run.status == 0, "\(run.stderr)")
        // Not a terminal: no progress line, only the summary.
        #expect(run.stderr == "tongji report: 5 documents, 110 mentions, 20 files in \(out.url.path)/ (open \(out.url.path)/report.html)\n")
        let html = try String(contentsOf: out.url.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(html.contains("热电联产长输管道"))
        let csv = try String(contentsOf: out.url.appendingPathComponent("investments.csv"), encoding: .utf8)
        #expect(csv.hasPrefix("label,keyword,amount_CNY,qualifier,sources,other_amounts,sentence\r\n"))
    }

    @Test func quietPrintsNothingAndBomStartsTheCSVFiles() throws {
        let out = try TemporaryDirectory()
        let run = try Tongji.run(["report", "seeds", "--out", out.url.path, "--quiet", "--bom"])
        #expect(run.status == 0)
        #expect(run.stderr.isEmpty)
        for name in ["investments.csv", "mentions.csv", "summary.csv", "works.csv"] {
            let bytes = try Data(contentsOf: out.url.appendingPathComponent(name))
            #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF], "\(name)")
        }
    }

    @Test func timestampIsShownOnlyWhenAsked() throws {
        let plain = try TemporaryDirectory(), stamped = try TemporaryDirectory()
        #expect(try Tongji.run(["report", "seeds", "--out", plain.url.path, "--quiet"]).status == 0)
        #expect(try Tongji.run(["report", "seeds", "--out", stamped.url.path, "--quiet", "--timestamp"]).status == 0)
        let a = try String(contentsOf: plain.url.appendingPathComponent("report.html"), encoding: .utf8)
        let b = try String(contentsOf: stamped.url.appendingPathComponent("report.md"), encoding: .utf8)
        #expect(!a.contains("生成于"))
        let year = Calendar(identifier: .gregorian).component(.year, from: Date())
        #expect(b.contains("生成于 \(year)-"), "\(b.prefix(200))")
    }

    @Test func unreadableInputFailsWithStatusOneAfterWritingTheRest() throws {
        let input = try TemporaryDirectory(), out = try TemporaryDirectory()
        try input.write("good.txt", text: "总投资3.25亿元的热电联产长输管道投入使用。")
        try input.write("bad.txt", Data([0x41, 0xFF, 0xFE, 0x42]))
        let run = try Tongji.run(["report", input.url.path, "--out", out.url.path, "--quiet"])
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("bad.txt:1: invalid UTF-8"), "\(run.stderr)")
        #expect(FileManager.default.fileExists(atPath: out.url.appendingPathComponent("report.html").path))
    }

    @Test func usageErrorsExitWithTwo() throws {
        let none = try Tongji.run(["report"])
        #expect(none.status == 2)
        #expect(none.stderr.contains("give the articles to report on: tongji report seeds/ --out output/"), "\(none.stderr)")
        let top = try Tongji.run(["report", "seeds", "--top", "0"])
        #expect(top.status == 2)
        #expect(top.stderr.contains("--top must be at least 1, got 0"))
    }

    @Test func nothingToReportOnIsOneClearLine() throws {
        let out = try TemporaryDirectory()
        let run = try Tongji.run(["report", "/nonexistent-folder", "--out", out.url.appendingPathComponent("r").path])
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("tongji report: no documents to report on in \"/nonexistent-folder\""), "\(run.stderr)")
        #expect(run.stderr.hasSuffix("give text files, or folders holding *.txt files\n"))
    }
}
