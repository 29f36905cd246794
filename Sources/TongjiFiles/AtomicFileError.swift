import Foundation

/// A file that could not be written, with the reason in plain words and what to do about it.
public struct AtomicFileError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file that was to be written.
    public var path: String
    /// Why it was not: "the folder does not exist; create it first".
    public var reason: String

    /// Creates an error for `path`.
    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    /// `cannot write "charts/a.png": the folder does not exist; create it first`
    public var description: String { "cannot write \"\(path)\": \(reason)" }

    /// The plain reason for one of Foundation's file errors.
    static func reason(for error: CocoaError) -> String {
        switch error.code {
        case .fileNoSuchFile: return "the folder does not exist; create it first"
        case .fileWriteNoPermission: return "permission denied; choose a writable folder"
        case .fileWriteVolumeReadOnly: return "the disk is read-only; choose another folder"
        case .fileWriteOutOfSpace: return "the disk is full; free some space or choose another disk"
        default:
            if let posix = error.underlying as? POSIXError { return "\(posix.code)" }
            return "\(error.code)"
        }
    }
}
