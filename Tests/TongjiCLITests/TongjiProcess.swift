import Foundation
import Testing

/// Runs the built `tongji` binary as a user would, and what it printed.
///
/// The binary is found beside the test bundle, in the products directory of the current build
/// (`swift test` builds it with the tests). Output goes to temporary files rather than pipes so
/// that a large output can never block the child.
struct TongjiRun {
    var status: Int32
    var stdout: Data
    var stderr: String

    /// Standard output as text.
    var output: String { String(decoding: stdout, as: UTF8.self) }

    /// Standard output's JSON Lines records, parsed.
    var records: [[String: Any]] {
        output.split(separator: "\n").compactMap {
            (try? JSONSerialization.jsonObject(with: Data($0.utf8))) as? [String: Any]
        }
    }

    /// Records with an "error" field.
    var errors: [[String: Any]] { records.filter { $0["error"] != nil } }
    /// Mention records.
    var mentions: [[String: Any]] { records.filter { $0["error"] == nil } }
}

enum Tongji {
    /// The repository root, found from this file's path.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `tongji` executable of the current build.
    static var binary: URL {
        var candidates: [URL] = []
        let argument0 = URL(fileURLWithPath: CommandLine.arguments[0])
        candidates.append(argument0.deletingLastPathComponent().appendingPathComponent("tongji"))
        // .../debug/TongjiPackageTests.xctest/Contents/MacOS/... layouts: walk up to the products directory.
        var dir = argument0.deletingLastPathComponent()
        for _ in 0..<4 {
            dir = dir.deletingLastPathComponent()
            candidates.append(dir.appendingPathComponent("tongji"))
        }
        candidates.append(Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("tongji"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
    }

    /// Runs `tongji arguments...` with `stdin` (a file path, or bytes written to a temporary file).
    static func run(_ arguments: [String], stdin: Data? = nil, in directory: URL? = nil) throws -> TongjiRun {
        let scratch = try TemporaryDirectory()
        let outURL = scratch.url.appendingPathComponent("stdout")
        let errURL = scratch.url.appendingPathComponent("stderr")
        let inURL = scratch.url.appendingPathComponent("stdin")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: inURL.path, contents: stdin ?? Data())
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? root
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        process.standardInput = try FileHandle(forReadingFrom: inURL)
        try process.run()
        process.waitUntilExit()
        return TongjiRun(
            status: process.terminationStatus,
            stdout: try Data(contentsOf: outURL),
            stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }

    /// Runs any program (python3 for the scorer and the CSV reader) and returns its status and output.
    static func runProgram(_ path: String, _ arguments: [String], stdin: Data? = nil) throws -> (status: Int32, output: String) {
        let scratch = try TemporaryDirectory()
        let outURL = scratch.url.appendingPathComponent("out")
        let inURL = scratch.url.appendingPathComponent("in")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: inURL.path, contents: stdin ?? Data())
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [path] + arguments
        process.currentDirectoryURL = root
        let out = try FileHandle(forWritingTo: outURL)
        process.standardOutput = out
        process.standardError = out
        process.standardInput = try FileHandle(forReadingFrom: inURL)
        try process.run()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: try Data(contentsOf: outURL), as: UTF8.self))
    }
}

/// A directory under the system's temporary directory, removed when the value is released.
final class TemporaryDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("tongji-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// Writes `bytes` to `name` inside the directory and returns its path.
    @discardableResult
    func write(_ name: String, _ bytes: Data) throws -> String {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try bytes.write(to: file)
        return file.path
    }

    /// Writes UTF-8 `text` to `name` inside the directory and returns its path.
    @discardableResult
    func write(_ name: String, text: String) throws -> String {
        try write(name, Data(text.utf8))
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }
}
