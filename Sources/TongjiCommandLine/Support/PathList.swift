import ArgumentParser
import TongjiExtract

/// The paths listed in a file, one per line: `tongji extract --files-from LIST`.
///
/// For runs over many files named one by one (the output of `find`, a manifest): argument-parser
/// takes time that grows with the square of the number of positional arguments (2,230 paths cost
/// 0.19 s before any work, 8,000 paths 2 s), while a list is read in a few milliseconds. A folder
/// given as a path costs nothing either; this is for files that do not sit in one folder.
enum PathList {
    /// The paths in `file`: every line that is not blank, a trailing carriage return removed
    /// (lists written on Windows). Throws a usage error naming the file when it cannot be read.
    static func read(_ file: String) throws -> [String] {
        let bytes: [UInt8]
        do {
            bytes = try readAll(file)
        } catch {
            throw ValidationError("--files-from: \(error.description)")
        }
        var paths: [String] = []
        for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: true) {
            var line = line[...]
            if line.last == 0x0D { line = line.dropLast() }
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            paths.append(String(decoding: line, as: UTF8.self))
        }
        return paths
    }

    private static func readAll(_ file: String) throws(InputProblem) -> [UInt8] {
        let descriptor = try FileDescriptor.open(file)
        defer { descriptor.close() }
        return try descriptor.readToEnd()
    }
}
