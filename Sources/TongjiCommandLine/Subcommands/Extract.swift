import ArgumentParser
import TongjiExtract

/// `tongji extract`: every quantity in Chinese text, as mention records on stdout.
///
/// Thin by design: it parses the options, hands the input to `extractAll` (TongjiExtract's
/// streaming input layer) and writes each result as it arrives, in big blocks.
public struct Extract: ParsableCommand {
    /// The subcommand's name, abstract and help.
    public static let configuration = CommandConfiguration(
        abstract: "Find every quantity in Chinese text and write one record per mention.",
        discussion: """
            Reads text files and directories (every *.txt below a directory, in sorted order), or \
            standard input when no path is given. With --input jsonl it reads JSON Lines records \
            {"id": ..., "text": ...} instead (directories give their *.jsonl files), one document per \
            record, and each mention's "doc" is the record's id (a numeric id as its digits); records \
            over 16 MB are skipped and reported. Output streams to stdout as input is \
            read; memory stays bounded whatever the input size, and the output is the same for any --jobs.

            Problems with the input (a missing, unreadable or binary file, invalid UTF-8, a malformed \
            or oversized record, a record without "text", a number too large to hold) never stop the \
            run. Each is written to stderr as "doc:line: message" and, with --format jsonl, also \
            in-band as {"doc": ..., "error": ..., "line": ...}, in its place among the mentions.

            --on-error report (the default) reports every problem and goes on. For files the exit \
            status is then 1 when some input could not be read (missing, unreadable, binary, invalid \
            UTF-8), else 0; an empty file or a number too large is reported but does not fail the run. \
            With --input jsonl (the streaming mode for Spark's RDD.pipe and `TRANSFORM ... USING`) a bad \
            record is reported in-band under its id and the exit status stays 0, so one bad record \
            never fails a whole job; only an input file that cannot be read gives 1.

            --on-error fail stops at the first input problem, after writing its error record, with \
            exit status 1.

            Exit status: 0 all input read, 1 some input failed (see above), 2 usage error.
            """
    )

    /// How input problems are handled.
    enum OnError: String, CaseIterable, ExpressibleByArgument {
        case report
        case fail
    }

    /// The input format, as an option value.
    public enum Input: String, CaseIterable, ExpressibleByArgument, Sendable {
        /// Text files, or standard input.
        case text
        /// JSON Lines records {"id": ..., "text": ...}.
        case jsonl

        /// The input layer's format.
        public var format: InputFormat { self == .text ? .text : .jsonl }
    }

    @Argument(help: "Text files or directories; standard input when none is given ('-' for stdin among files).")
    var paths: [String] = []

    @Option(name: .customLong("files-from"), help: ArgumentHelp(
        "Also read the paths from this file, one per line, after any given as arguments. Use it for thousands of files named one by one: they parse slowly as arguments.",
        valueName: "list"))
    var filesFrom: String?

    @Option(help: "Input format: text files, or jsonl records {\"id\": ..., \"text\": ...}.")
    var input: Input = .text

    @Option(help: "Output format: jsonl (mention records and error records), csv (spec fields + label, keyword, sentence), or table (aligned, for a terminal).")
    var format: ExtractOutputFormat = .jsonl

    @Option(help: "Threads extracting at once (default: every core). Output is identical for any value.")
    var jobs: Int?

    @Option(name: .customLong("on-error"), help: "report: report every input problem and go on; fail: stop at the first, exit status 1.")
    var onError: OnError = .report

    @Option(name: .customLong("chunk-kb"), help: ArgumentHelp("Chunk size for text input in KB (for benchmarks).", visibility: .hidden))
    var chunkKB: Int?

    /// Creates the command with its defaults (argument-parser fills in the options).
    public init() {}

    /// Checks the options before running, and adds the paths listed by `--files-from`.
    public mutating func validate() throws {
        if let filesFrom {
            let listed = try PathList.read(filesFrom)
            if paths.isEmpty && listed.isEmpty {
                // Not standard input: an empty list is more likely a mistake than a request to read stdin.
                throw ValidationError("--files-from: \"\(filesFrom)\" lists no paths; give a file that lists one path per line")
            }
            paths += listed
            self.filesFrom = nil  // read once, even if validated again
        }
        if let chunkKB, chunkKB < 1 {
            throw ValidationError("--chunk-kb must be at least 1, got \(chunkKB)")
        }
        if let jobs, jobs < 1 {
            throw ValidationError("--jobs must be at least 1, got \(jobs); give a thread count such as --jobs 2")
        }
    }

    /// Extracts and writes the records.
    public func run() throws {
        var options = InputOptions(format: input.format)
        if let jobs { options.jobs = jobs }
        if let chunkKB { options.chunkBytes = chunkKB << 10 }
        var out = OutputBuffer(descriptor: .standardOutput)
        var errors = OutputBuffer(descriptor: .standardError, blockBytes: 0)
        format.appendHeader(to: &out.bytes)
        var failedSource = false
        do {
            let format = self.format
            // Records are rendered on the worker threads; this thread only writes them out.
            let render: @Sendable (inout DocumentResult) -> [UInt8] = { result in
                var bytes: [UInt8] = []
                // Records run about as long as prose; a power of two keeps the growth of dense
                // output (100 times the input) on the sizes it would reach anyway.
                let expected = result.bytes + result.bytes / 4 + 4096
                bytes.reserveCapacity(1 << (Int.bitWidth - (expected - 1).leadingZeroBitCount))
                format.append(&result, to: &bytes)
                result.mentions = []  // rendered: no need to keep them while they wait their turn
                return bytes
            }
            let summary = try extractAll(paths: paths, options: options, prepare: render) { result, rendered in
                for issue in result.issues { errors.bytes += Array((issue.description + "\n").utf8) }
                try? errors.flush()
                try out.append(rendered)  // a large piece is written as it is, not copied first
                if let problem = result.inputProblem, problem.losesInput {
                    if problem.failsSource { failedSource = true }
                    if onError == .fail { throw StopAtFirstProblem(problem: problem) }
                }
            }
            try out.flush()
            let failed = input == .jsonl ? failedSource : summary.lostInputs > 0
            if failed { throw ExitCode.failure }
        } catch is StopAtFirstProblem {
            try out.flush()  // everything before the problem, and its error record
            throw ExitCode.failure
        }
    }

    /// Thrown from the result handler to stop the run under `--on-error fail`.
    private struct StopAtFirstProblem: Error {
        var problem: InputProblem
    }
}
