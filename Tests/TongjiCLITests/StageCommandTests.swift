import Foundation
import Testing

/// `tongji-stage`: extract and table without Cairo and Pango, for Spark executors. Its output must
/// be exactly `tongji`'s, and it must not need the chart libraries.
@Suite struct StageCommandTests {
    static var stage: URL { Tongji.binary.deletingLastPathComponent().appendingPathComponent("tongji-stage") }

    /// Runs tongji-stage with stdin bytes; status and stdout.
    static func runStage(_ arguments: [String], stdin: Data) throws -> (status: Int32, output: Data) {
        let scratch = try TemporaryDirectory()
        let inPath = try scratch.write("in", stdin)
        let outURL = scratch.url.appendingPathComponent("out")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        let process = Process()
        process.executableURL = stage
        process.arguments = arguments
        process.standardInput = try FileHandle(forReadingFrom: URL(fileURLWithPath: inPath))
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return (process.terminationStatus, try Data(contentsOf: outURL))
    }

    @Test func extractGivesTongjisRecordsByteForByte() throws {
        var input = Data()
        for name in try FileManager.default.contentsOfDirectory(atPath: Tongji.root.appendingPathComponent("seeds").path).sorted() {
            let text = try String(contentsOf: Tongji.root.appendingPathComponent("seeds/\(name)"), encoding: .utf8)
            input += try JSONSerialization.data(withJSONObject: ["id": name, "text": text]) + Data("\n".utf8)
        }
        input += Data("{\"id\": \"cut\", \"text\": \"总投资\n".utf8)
        let stage = try Self.runStage(["extract", "--input", "jsonl"], stdin: input)
        let tongji = try Tongji.run(["extract", "--input", "jsonl"], stdin: input)
        #expect(stage.status == 0)
        #expect(stage.output == tongji.stdout)
        #expect(String(decoding: stage.output, as: UTF8.self).contains("\"doc\":\"cut\",\"error\""))
        let table = try Self.runStage(["table", "--by", "unit", "--agg", "count,sum", "--format", "csv"], stdin: tongji.stdout)
        #expect(table.status == 0)
        #expect(String(decoding: table.output, as: UTF8.self).contains("CNY,22,"))
    }

    @Test func itDoesNotLinkCairoOrPango() throws {
        let run = try Tongji.runProgram("ldd", [Self.stage.path])
        #expect(run.status == 0 || run.output.contains("not a dynamic executable"))
        #expect(!run.output.contains("cairo") && !run.output.contains("pango"), "\(run.output)")
    }
}
