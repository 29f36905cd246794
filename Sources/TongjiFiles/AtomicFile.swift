import Foundation

/// Writes a file so that a reader sees either the old file or the whole new one, never a part,
/// and a failed write leaves the old file as it was: the bytes go to a temporary file in the same
/// folder, which is then renamed over the target (Foundation's `.atomic` option does exactly that).
///
/// The one atomic writer of the package: charts, tables and the report's files all go through it.
public enum AtomicFile {
    /// Writes `bytes` to `path` atomically, or throws an error that says what to do.
    public static func write(_ bytes: [UInt8], to path: String) throws(AtomicFileError) {
        do {
            try Data(bytes).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch let error as CocoaError {
            throw AtomicFileError(path: path, reason: AtomicFileError.reason(for: error))
        } catch {
            throw AtomicFileError(path: path, reason: "\(error)")
        }
    }
}
