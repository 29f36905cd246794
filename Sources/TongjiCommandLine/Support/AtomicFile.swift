import Foundation

/// Writes a file so that readers see either the old file or the whole new one, never a part:
/// the bytes go to a temporary file in the same directory, which is then renamed over the target.
enum AtomicFile {
    struct WriteError: Error, CustomStringConvertible {
        var description: String
    }

    static func write(_ bytes: [UInt8], to path: String) throws {
        let target = URL(fileURLWithPath: path)
        let directory = target.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(".\(target.lastPathComponent).tmp-\(ProcessInfo.processInfo.processIdentifier)")
        do {
            try Data(bytes).write(to: temporary)
        } catch {
            throw WriteError(description: "cannot write \"\(path)\": \(error.localizedDescription); check the directory exists and is writable")
        }
        if rename(temporary.path, target.path) != 0 {
            try? FileManager.default.removeItem(at: temporary)
            throw WriteError(description: "cannot write \"\(path)\": rename failed (errno \(errno)); check the directory is writable")
        }
    }
}
