import Foundation
@testable import TongjiReport

/// The report of the repository's `seeds/`, made once for the tests that read it.
struct SeedsReport: Sendable {
    /// The repository root, found from this file's path.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    let folder: URL
    let summary: ReportSummary

    /// Where the shared report is written; removed when the test process exits (a static outlives
    /// every test, so no deinit would run), so that test runs leave nothing in /tmp.
    private static let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tongji-report-seeds-\(UUID().uuidString)")

    private static let made = Result { () throws -> SeedsReport in
        let folder = Self.folder
        atexit { try? FileManager.default.removeItem(at: SeedsReport.folder) }
        let summary = try ReportJob(inputs: [root.appendingPathComponent("seeds").path], outputFolder: folder.path).run()
        return SeedsReport(folder: folder, summary: summary)
    }

    /// The shared report (made on first use).
    static func get() throws -> SeedsReport { try made.get() }

    /// A file of the report as bytes.
    func data(_ path: String) throws -> Data { try Data(contentsOf: folder.appendingPathComponent(path)) }

    /// A file of the report as text.
    func text(_ path: String) throws -> String { String(decoding: try data(path), as: UTF8.self) }

    /// The HTML between `<section id="name">` and the next `</section>` at its level (sections do
    /// not nest except the per-document ones inside "mentions").
    func htmlSection(_ id: String) throws -> String {
        let html = try text("report.html")
        guard let start = html.range(of: "<section id=\"\(id)\">") else { return "" }
        let rest = html[start.upperBound...]
        let end = rest.range(of: "</section>")?.lowerBound ?? rest.endIndex
        return String(rest[..<end])
    }
}

/// A folder under the temporary directory, removed when released.
final class ScratchFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("tongji-report-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// Writes `bytes` to `name` and returns its path.
    @discardableResult
    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: file)
        return file.path
    }

    /// Every regular file below the folder, relative to it, sorted.
    func files(below sub: String = "") -> [String] {
        let base = sub.isEmpty ? url : url.appendingPathComponent(sub)
        return Self.files(in: base)
    }

    static func files(in base: URL) -> [String] {
        guard let walker = FileManager.default.enumerator(at: base, includingPropertiesForKeys: [.isRegularFileKey]) else { return [] }
        var out: [String] = []
        for case let file as URL in walker where (try? file.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true {
            out.append(String(file.standardizedFileURL.path.dropFirst(base.standardizedFileURL.path.count + 1)))
        }
        return out.sorted()
    }

    deinit { try? FileManager.default.removeItem(at: url) }
}

/// Runs a program and returns its status and standard output (standard error to a file too).
func runProgram(_ arguments: [String], timeout: Double = 120) throws -> (status: Int32, output: Data) {
    let scratch = try ScratchFolder()
    let outURL = scratch.url.appendingPathComponent("out")
    _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = arguments
    process.standardOutput = try FileHandle(forWritingTo: outURL)
    process.standardError = FileHandle.nullDevice
    try process.run()
    let deadline = Date().addingTimeInterval(timeout)
    while process.isRunning, Date() < deadline { usleep(20_000) }
    if process.isRunning { process.terminate() }
    process.waitUntilExit()
    return (process.terminationStatus, try Data(contentsOf: outURL))
}

/// Every match of a simple pattern `prefix(capture)suffix` in `text`, without Regex (captures
/// stop at the first `suffix`).
func captures(in text: String, after prefix: String, until suffix: String) -> [String] {
    var out: [String] = []
    var rest = text[...]
    while let p = rest.range(of: prefix) {
        let after = rest[p.upperBound...]
        guard let s = after.range(of: suffix) else { break }
        out.append(String(after[..<s.lowerBound]))
        rest = after[s.upperBound...]
    }
    return out
}
