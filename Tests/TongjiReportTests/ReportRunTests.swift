import Foundation
import Testing
import TongjiExtract
@testable import TongjiReport

/// Runs of the report job on awkward input: the same bytes every time, bad files reported and
/// the rest still reported, clear errors when nothing can be done.
@Suite struct ReportRunTests {
    static let seeds = SeedsReport.root.appendingPathComponent("seeds").path

    @Test func sameInputGivesByteIdenticalFilesForAnyThreadCount() throws {
        let a = try ScratchFolder(), b = try ScratchFolder()
        _ = try ReportJob(inputs: [Self.seeds], outputFolder: a.url.path, options: ReportOptions(jobs: 1)).run()
        _ = try ReportJob(inputs: [Self.seeds], outputFolder: b.url.path, options: ReportOptions(jobs: 2)).run()
        let files = a.files()
        #expect(files == b.files())
        #expect(files.count == 20)
        for f in files {
            #expect(try Data(contentsOf: a.url.appendingPathComponent(f)) == Data(contentsOf: b.url.appendingPathComponent(f)), "\(f)")
        }
    }

    @Test func badFilesAreReportedAndTheRestIsStillReported() throws {
        let input = try ScratchFolder(), out = try ScratchFolder()
        try input.write("good.txt", Array("新建改造城区公路63.2公里，总投资3.25亿元。".utf8))
        try input.write("latin1.txt", [0xC4, 0xE3, 0xBA, 0xC3] + Array("投资5亿元".utf8))
        try input.write("binary.txt", [0x7F, 0x45, 0x4C, 0x46, 0, 0, 0, 1, 2, 3, 0, 0])
        try input.write("empty.txt", [])
        let summary = try ReportJob(inputs: [input.url.path], outputFolder: out.url.path).run()
        #expect(summary.lostInput)
        #expect(summary.issues.contains { $0.hasPrefix("latin1.txt:1:") && $0.contains("UTF-8") }, "\(summary.issues)")
        #expect(summary.issues.contains { $0.hasPrefix("binary.txt") }, "\(summary.issues)")
        let html = String(decoding: try Data(contentsOf: out.url.appendingPathComponent("report.html")), as: UTF8.self)
        #expect(html.contains("<section id=\"issues\">"))
        #expect(html.contains("binary.txt"))
        #expect(html.contains("3.25亿元") && html.contains("63.2公里"))
        // The error records are in-band in mentions.jsonl too, as `tongji extract` writes them.
        let jsonl = String(decoding: try Data(contentsOf: out.url.appendingPathComponent("mentions.jsonl")), as: UTF8.self)
        #expect(jsonl.contains("\"doc\":\"binary.txt\",\"error\":"))
    }

    @Test func noDocumentsIsAClearError() throws {
        let input = try ScratchFolder(), out = try ScratchFolder()
        try input.write("notes.md", Array("总投资3亿元".utf8))
        let error = #expect(throws: ReportError.self) {
            try ReportJob(inputs: [input.url.path], outputFolder: out.url.appendingPathComponent("r").path).run()
        }
        #expect(error?.description == "no documents to report on in \"\(input.url.path)\": give text files, or folders holding *.txt files")
        #expect(!FileManager.default.fileExists(atPath: out.url.appendingPathComponent("r").path), "nothing is written")
    }

    @Test func aMissingInputNamesTheProblem() throws {
        let out = try ScratchFolder()
        let error = #expect(throws: ReportError.self) {
            try ReportJob(inputs: ["/nonexistent/a.txt"], outputFolder: out.url.path).run()
        }
        let message = error?.description ?? ""
        #expect(message.hasPrefix("no documents to report on in \"/nonexistent/a.txt\" (a.txt"), "\(message)")
    }

    @Test func anOutputFolderThatIsAFileIsAClearError() throws {
        let scratch = try ScratchFolder()
        let blocker = try scratch.write("out", Array("not a folder".utf8))
        let error = #expect(throws: ReportError.self) {
            try ReportJob(inputs: [Self.seeds], outputFolder: blocker).run()
        }
        #expect(error?.description == "cannot create the output folder \"\(blocker)\": a file of that name is in the way; choose a writable folder with --out")
        #expect(String(decoding: try Data(contentsOf: URL(fileURLWithPath: blocker)), as: UTF8.self) == "not a folder")
    }

    @Test func aFailedRunLeavesThePreviousReportAsItWas() throws {
        let out = try ScratchFolder()
        _ = try ReportJob(inputs: [Self.seeds], outputFolder: out.url.path).run()
        let before = out.files()
        let bytes = try before.map { try Data(contentsOf: out.url.appendingPathComponent($0)) }
        // A second run over other input fails at its first chart, after its CSV files were written.
        let input = try ScratchFolder()
        try input.write("new.txt", Array("总投资8亿元的新项目开工。".utf8))
        let error = #expect(throws: ReportError.self) {
            try ReportJob(inputs: [input.url.path], outputFolder: out.url.path, options: ReportOptions(pngScale: 100)).run()
        }
        #expect(error?.description.hasPrefix("cannot draw the chart \"investments\": scale 100.0 is out of range") == true, "\(error?.description ?? "")")
        // Nothing of the failed run is visible: the same files, the same bytes, no staging left.
        #expect(out.files() == before)
        #expect(try before.map { try Data(contentsOf: out.url.appendingPathComponent($0)) } == bytes)
    }

    @Test func jsonLinesInputReportsUnderEachRecordsId() throws {
        let input = try ScratchFolder(), out = try ScratchFolder()
        try input.write("news.jsonl", Array("""
            {"id": "a-1", "text": "总投资3.25亿元的热电联产长输管道投入使用。"}
            {"id": "b-2", "text": "新建改造城区公路63.2公里。"}
            not json

            """.utf8))
        let summary = try ReportJob(inputs: [input.url.path], outputFolder: out.url.path, options: ReportOptions(inputFormat: .jsonl)).run()
        #expect(summary.documents == 2)
        #expect(summary.mentions == 2)
        #expect(summary.issues.count == 1)
        let csv = String(decoding: try Data(contentsOf: out.url.appendingPathComponent("investments.csv")), as: UTF8.self)
        #expect(csv.contains("热电联产长输管道,总投资,325000000"), "\(csv)")
        #expect(csv.contains("a-1"))
    }
}
