import Foundation
import TongjiCairo

/// Writes the report's files into the output folder, each atomically (a temporary file renamed
/// into place, so a failed or interrupted run never leaves a half-written file that looks
/// complete), and remembers each for the manifest.
struct ReportFiles {
    /// The output folder.
    let folder: String
    /// Every file written so far: path relative to the folder, size, SHA-256.
    private(set) var written: [(path: String, bytes: Int, sha256: String)] = []

    /// Creates the folder (and its `charts/`) if needed.
    init(folder: String) throws(ReportError) {
        self.folder = folder
        for path in [folder, folder + "/charts"] {
            do {
                try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            } catch {
                throw .cannotCreateFolder(path: folder, reason: Self.reason(error))
            }
        }
    }

    /// Writes `bytes` to `relativePath` in the folder.
    mutating func write(_ bytes: [UInt8], to relativePath: String) throws(ReportError) {
        let path = folder + "/" + relativePath
        do {
            try AtomicFile.write(bytes, to: path)
        } catch {
            throw .writeFailed(path: path, reason: "\(error)")
        }
        written.append((relativePath, bytes.count, SHA256.hex(bytes)))
    }

    /// `manifest.json`: every file written, with its size and SHA-256, sorted by path; one file a line.
    func manifest() -> [UInt8] {
        let files = written.sorted { $0.path.unicodeScalars.lexicographicallyPrecedes($1.path.unicodeScalars) }
        var out = "{\"files\": [\n"
        for (i, f) in files.enumerated() {
            out += "  {\"path\": \"\(Self.jsonEscape(f.path))\", \"bytes\": \(f.bytes), \"sha256\": \"\(f.sha256)\"}"
            out += i + 1 < files.count ? ",\n" : "\n"
        }
        out += "]}\n"
        return Array(out.utf8)
    }

    private static func jsonEscape(_ s: String) -> String {
        var out = ""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
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
