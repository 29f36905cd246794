import Foundation
import Testing
import TongjiFiles

/// The atomic writer: whole files or none, the old file kept on failure, and errors that say what to do.
@Suite struct AtomicFileTests {
    /// A fresh folder, removed when the test ends.
    final class Folder {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("tongji-files-\(UUID().uuidString)")
        init() throws { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }
        func path(_ name: String) -> String { url.appendingPathComponent(name).path }
        var names: [String] { (try? FileManager.default.contentsOfDirectory(atPath: url.path).sorted()) ?? [] }
        deinit { try? FileManager.default.removeItem(at: url) }
    }

    @Test func writesTheBytesAndReplacesTheOldFileLeavingNoTemporaryFile() throws {
        let folder = try Folder()
        let path = folder.path("summary.csv")
        try AtomicFile.write(Array("old\n".utf8), to: path)
        try AtomicFile.write(Array("项目,金额\n管道,325000000\n".utf8), to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "项目,金额\n管道,325000000\n")
        #expect(folder.names == ["summary.csv"])
    }

    @Test func aMissingFolderIsReportedWithWhatToDoAndWritesNothing() throws {
        let folder = try Folder()
        let path = folder.path("no/such/folder/chart.png")
        #expect(throws: AtomicFileError(path: path, reason: "the folder does not exist; create it first")) {
            try AtomicFile.write([1, 2, 3], to: path)
        }
        #expect(folder.names.isEmpty)
        #expect(AtomicFileError(path: "a.png", reason: "the folder does not exist; create it first").description
            == "cannot write \"a.png\": the folder does not exist; create it first")
    }

    @Test func aFailedWriteKeepsTheOldFile() throws {
        let folder = try Folder()
        let path = folder.path("report.md")
        try AtomicFile.write(Array("# 报告\n".utf8), to: path)
        // A folder where the file's temporary sibling cannot be made: the target is a folder now.
        let blocked = folder.path("blocked")
        try FileManager.default.createDirectory(atPath: blocked + "/x", withIntermediateDirectories: true)
        #expect(throws: AtomicFileError.self) { try AtomicFile.write([1], to: blocked) }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "# 报告\n")
        #expect(FileManager.default.fileExists(atPath: blocked + "/x"))
    }
}
