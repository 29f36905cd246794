import Foundation

/// Paths to the committed fixtures, found from this file's location (never ../shared).
enum Fixtures {
    /// The repository root: three levels above Tests/TongjiExtractTests/Support/.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let seeds = root.appendingPathComponent("seeds")
    static let gold = root.appendingPathComponent("Tests/Fixtures/gold/seeds.gold.jsonl")
    static let scorer = root.appendingPathComponent("Tests/Fixtures/tools/score_mentions.py")
    static let conformance = root.appendingPathComponent("Tests/Fixtures/conformance/recognizers-text/Specs")
    static let probe = root.appendingPathComponent("Tests/Fixtures/probe/texts")
    static let probeGold = root.appendingPathComponent("Tests/Fixtures/probe/probe.gold.jsonl")
    static let probe3 = root.appendingPathComponent("Tests/Fixtures/probe3/texts")
    static let probe3Gold = root.appendingPathComponent("Tests/Fixtures/probe3/probe3.gold.jsonl")
    static let probe4 = root.appendingPathComponent("Tests/Fixtures/probe4/texts")
    static let probe4Gold = root.appendingPathComponent("Tests/Fixtures/probe4/probe4.gold.jsonl")
    static let probe5 = root.appendingPathComponent("Tests/Fixtures/probe5/texts")
    static let probe5Gold = root.appendingPathComponent("Tests/Fixtures/probe5/probe5.gold.jsonl")
    static let probe6 = root.appendingPathComponent("Tests/Fixtures/probe6/texts")
    static let probe6Gold = root.appendingPathComponent("Tests/Fixtures/probe6/probe6.gold.jsonl")

    /// The seed texts, as (doc, text), sorted by name.
    static func seedTexts() throws -> [(String, String)] {
        let names = try FileManager.default.contentsOfDirectory(atPath: seeds.path).filter { $0.hasSuffix(".txt") }.sorted()
        return try names.map { ($0, try String(contentsOf: seeds.appendingPathComponent($0), encoding: .utf8)) }
    }

    /// The probe texts (eight genres), as (doc, text), sorted by name.
    static func probeTexts() throws -> [(String, String)] {
        try texts(in: probe)
    }

    /// The `*.txt` files of `folder`, as (doc, text), sorted by name.
    static func texts(in folder: URL) throws -> [(String, String)] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        return try names.map { ($0, try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8)) }
    }

    /// Runs a program and returns its exit status and standard output.
    static func run(_ executable: String, _ arguments: [String]) throws -> (Int32, String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = [executable] + arguments
        let pipe = Pipe()
        p.standardOutput = pipe
        try p.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
