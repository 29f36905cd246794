import Foundation
import Testing

/// The programs in Examples/ use the library as a user would; they are built with the tests and
/// run here, and what they print and write is checked.
@Suite struct ExamplesTests {
    /// Runs an example built beside `tongji` in this build's products folder.
    static func run(_ name: String, _ arguments: [String], in directory: URL) throws -> (status: Int32, output: String) {
        let program = Tongji.binary.deletingLastPathComponent().appendingPathComponent(name)
        try #require(FileManager.default.isExecutableFile(atPath: program.path), "\(name) was not built")
        let scratch = try TemporaryDirectory()
        let outURL = scratch.url.appendingPathComponent("out")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = process.standardOutput
        try process.run()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: try Data(contentsOf: outURL), as: UTF8.self))
    }

    @Test func extractAndChartPrintsTheMentionsAndDrawsTheChart() throws {
        let dir = try TemporaryDirectory()
        let run = try Self.run("ExtractAndChart", ["chart.png"], in: dir.url)
        #expect(run.status == 0, "\(run.output)")
        #expect(run.output.contains("3.25亿元\t325000000.0 CNY\tmoney\t热电联产长输管道"), "\(run.output)")
        #expect(run.output.contains("63.2公里\t63200.0 m\tlength\t新建改造城区公路"))
        let png = try Data(contentsOf: dir.url.appendingPathComponent("chart.png"))
        #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        // IHDR width at 2x scale: 1600 px for the 800 px chart.
        #expect(png.count > 24 && png[16..<20].reduce(0) { $0 << 8 | Int($1) } == 1600)
    }

    @Test func folderToCSVRanksTheSeedsInvestments() throws {
        let dir = try TemporaryDirectory()
        let run = try Self.run("FolderToCSV", [Tongji.root.appendingPathComponent("seeds").path, "projects.csv"], in: dir.url)
        #expect(run.status == 0, "\(run.output)")
        #expect(run.output.hasPrefix("110 mentions, 14 projects"), "\(run.output)")
        let csv = try Data(contentsOf: dir.url.appendingPathComponent("projects.csv"))
        #expect(Array(csv.prefix(3)) == [0xEF, 0xBB, 0xBF], "a BOM for Excel")
        let text = String(decoding: csv.dropFirst(3), as: UTF8.self)
        #expect(text.hasPrefix("label,keyword,amount_CNY,"))
        #expect(text.contains("热电联产长输管道,总投资,325000000,exact,"))
    }

    @Test func folderToCSVExplainsItsUsage() throws {
        let run = try Self.run("FolderToCSV", [], in: Tongji.root)
        #expect(run.status == 2)
        #expect(run.output == "usage: FolderToCSV FOLDER OUTPUT.csv\n")
    }
}
