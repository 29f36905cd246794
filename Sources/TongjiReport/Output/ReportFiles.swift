import Foundation
import TongjiExtract
import TongjiFiles

/// Writes the report's files so that a failed or interrupted run never leaves a half-written
/// file, nor a mix of old and new files, where a good report should be.
///
/// Every file goes first into a staging folder inside the output folder
/// (`.tongji-staging-<pid>`); only when all of them are written does `commit()` rename each into
/// place (a rename within one file system replaces the old file at once), the manifest last, and
/// remove the staging folder. A run that fails before that leaves the previous report as it was;
/// a staging folder left by a killed run is removed by the next run.
struct ReportFiles {
    /// The output folder.
    let folder: String
    /// Where files are written until `commit()`.
    let staging: String
    /// Every file written so far: path relative to the folder, size, SHA-256.
    private(set) var written: [(path: String, bytes: Int, sha256: String)] = []

    /// Creates the output folder (and its `charts/`) if needed, and an empty staging folder.
    init(folder: String) throws(ReportError) {
        self.folder = folder
        staging = folder + "/.tongji-staging-\(getpid())"
        Self.removeStaleStaging(in: folder)
        for path in [folder, folder + "/charts", staging, staging + "/charts"] {
            do {
                try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            } catch {
                throw .cannotCreateFolder(path: folder, reason: Self.reason(error))
            }
        }
    }

    /// Writes `bytes` to `relativePath` in the staging folder.
    mutating func write(_ bytes: [UInt8], to relativePath: String) throws(ReportError) {
        do {
            try AtomicFile.write(bytes, to: staging + "/" + relativePath)
        } catch {
            throw .writeFailed(path: folder + "/" + relativePath, reason: error.reason)
        }
        written.append((relativePath, bytes.count, SHA256.hex(bytes)))
    }

    /// Moves every staged file into place, in the order written (the manifest last), and removes
    /// the staging folder.
    func commit() throws(ReportError) {
        for file in written where rename(staging + "/" + file.path, folder + "/" + file.path) != 0 {
            let reason = String(cString: strerror(errno))
            discard()
            throw .writeFailed(path: folder + "/" + file.path, reason: reason.lowercased())
        }
        discard()
    }

    /// Removes the staging folder and what is in it (after a failure, or after `commit()`).
    func discard() {
        try? FileManager.default.removeItem(atPath: staging)
    }

    /// Staging folders of runs that were killed before they could clean up.
    private static func removeStaleStaging(in folder: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names where name.hasPrefix(".tongji-staging-") {
            guard let pid = Int32(name.dropFirst(".tongji-staging-".count)), pid != getpid(), kill(pid, 0) != 0 else { continue }
            try? FileManager.default.removeItem(atPath: folder + "/" + name)
        }
    }

    /// `manifest.json`: every file written, with its size and SHA-256, sorted by path; one file a line.
    func manifest() -> [UInt8] {
        let files = written.sorted { $0.path.unicodeScalars.lexicographicallyPrecedes($1.path.unicodeScalars) }
        var out = Array("{\"files\": [\n".utf8)
        for (i, f) in files.enumerated() {
            out += Array("  {\"path\": ".utf8)
            JSONWriter.appendString(f.path, to: &out)
            out += Array(", \"bytes\": \(f.bytes), \"sha256\": \"\(f.sha256)\"}".utf8)
            out += Array((i + 1 < files.count ? ",\n" : "\n").utf8)
        }
        out += Array("]}\n".utf8)
        return out
    }

    private static func reason(_ error: Error) -> String {
        if let cocoa = error as? CocoaError, let posix = cocoa.underlying as? POSIXError {
            switch posix.code {
            case .EACCES, .EPERM: return "permission denied"
            case .ENOTDIR, .EEXIST: return "a file of that name is in the way"
            case .EROFS: return "the disk is read-only"
            case .ENOSPC: return "the disk is full"
            default: return "\(posix.code)"
            }
        }
        return "\(error.localizedDescription)"
    }
}
