import Foundation

/// Writes a file through a temporary name, then renames it into place (Foundation's `.atomic`
/// option does exactly that), so a reader never sees a half-written chart and a failed run
/// leaves the old file intact.
public enum AtomicFile {
    /// Writes `bytes` to `path` atomically.
    public static func write(_ bytes: [UInt8], to path: String) throws(RenderError) {
        do {
            try Data(bytes).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch let error as CocoaError {
            let reason: String
            switch error.code {
            case .fileNoSuchFile, .fileWriteNoPermission, .fileWriteVolumeReadOnly, .fileWriteOutOfSpace:
                reason = (error.underlying as? POSIXError).map { String(describing: $0.code) } ?? "\(error.code)"
            default:
                reason = "\(error.code)"
            }
            throw .writeFailed(path: path, reason: Self.plain(reason, error))
        } catch {
            throw .writeFailed(path: path, reason: "\(error)")
        }
    }

    private static func plain(_ reason: String, _ error: CocoaError) -> String {
        switch error.code {
        case .fileNoSuchFile: return "the folder does not exist; create it first"
        case .fileWriteNoPermission: return "permission denied; choose a writable folder"
        case .fileWriteVolumeReadOnly: return "the disk is read-only"
        case .fileWriteOutOfSpace: return "the disk is full"
        default: return reason
        }
    }
}
