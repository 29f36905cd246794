import TongjiCairo

/// Why a report could not be made. Messages are lowercase, quote the input and say what to do.
public enum ReportError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The inputs hold no document at all (no `*.txt`, or no `*.jsonl` with `--input jsonl`).
    /// `problems` are what went wrong with the inputs that were given ("a.txt: no such file").
    case noDocuments(paths: [String], suffix: String, problems: [String])
    /// The output folder could not be created.
    case cannotCreateFolder(path: String, reason: String)
    /// A report file could not be written.
    case writeFailed(path: String, reason: String)
    /// A chart could not be drawn (a missing font, a Cairo failure).
    case chart(name: String, RenderError)

    /// The message shown to the user.
    public var description: String {
        switch self {
        case .noDocuments(let paths, let suffix, let problems):
            let quoted = paths.isEmpty ? "standard input" : paths.map { "\"\($0)\"" }.joined(separator: ", ")
            let why = problems.isEmpty ? "" : " (" + problems.joined(separator: "; ") + ")"
            return "no documents to report on in \(quoted)\(why): give text files, or folders holding *\(suffix) files"
        case .cannotCreateFolder(let path, let reason):
            return "cannot create the output folder \"\(path)\": \(reason); choose a writable folder with --out"
        case .writeFailed(let path, let reason):
            return "cannot write \"\(path)\": \(reason)"
        case .chart(let name, let error):
            return "cannot draw the chart \"\(name)\": \(error)"
        }
    }
}
