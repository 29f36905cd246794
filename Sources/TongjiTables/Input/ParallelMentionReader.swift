import Dispatch
import Synchronization
import TongjiExtract

/// Reads a mention file on several threads: the file is cut into byte ranges at line boundaries,
/// each range feeds its own `TableEngine`, and the engines are merged, which gives the same table
/// as one thread (groups merge exactly, rows are ordered by key, not by arrival).
///
/// Problems are reported after the read, in file order, with their true line numbers (each range
/// counts its lines; the numbers are shifted by the lines of the ranges before it).
public enum ParallelMentionReader {
    /// What a parallel read gives back.
    public struct Outcome: Sendable {
        /// The merged engine.
        public var engine: TableEngine
        /// Lines skipped as malformed.
        public var skipped: Int
        /// Mentions read.
        public var mentions: Int
    }

    /// Reads `path` with `jobs` threads into copies of `engine`. Standard input, pipes, files
    /// smaller than `minimumBytes` (8 MiB: threads would cost more than they save) and
    /// `jobs == 1` are read on one thread. At most 10,000 problems per range are listed.
    public static func read(path: String, jobs: Int, engine: TableEngine, minimumBytes: Int = 8 << 20,
                            report: @escaping @Sendable (MentionRecordReader.Problem) -> Void) throws(InputProblem) -> Outcome {
        let keep = engine.neededFields
        func single() throws(InputProblem) -> Outcome {
            var e = engine
            var reader = MentionRecordReader(keep: keep, report: report)
            try reader.read(path: path) { e.add($0) }
            return Outcome(engine: e, skipped: reader.skipped, mentions: reader.mentions)
        }
        guard jobs > 1, path != "-" else { return try single() }
        let probe = try FileDescriptor.open(path)
        let size = FileRegion.size(of: probe)
        probe.close()
        guard let size, size >= max(1, minimumBytes), size >= jobs else { return try single() }

        struct Part: Sendable {
            var engine: TableEngine
            var reader: MentionRecordReader
            var lines: Int
            var failure: InputProblem?
        }
        let parts = Mutex<[Int: Part]>([:])
        DispatchQueue.concurrentPerform(iterations: jobs) { k in
            let from = size / jobs * k
            let to = k == jobs - 1 ? nil : size / jobs * (k + 1)
            var e = engine
            var reader = MentionRecordReader(keep: keep, report: report)
            reader.keepProblems = 10_000
            var lines = 0
            var failure: InputProblem?
            do throws(InputProblem) {
                let fd = try FileDescriptor.open(path)
                defer { fd.close() }
                // Start one byte early: if that byte is a line feed, the range starts on a line.
                let start = max(0, from - 1)
                guard FileRegion.seek(fd, to: start) else { throw InputProblem.readFailed(reason: "cannot seek") }
                lines = try reader.read(descriptor: fd, source: path, from: start, to: to, firstLine: 1) { e.add($0) }
            } catch {
                failure = error
            }
            let part = Part(engine: e, reader: reader, lines: lines, failure: failure)
            parts.withLock { $0[k] = part }
        }
        let all = parts.withLock { $0 }
        var merged: TableEngine?
        var skipped = 0, mentions = 0, lineBase = 0
        for k in 0..<jobs {
            guard let part = all[k] else { continue }
            if let failure = part.failure { throw failure }
            for p in part.reader.problems {
                var shifted = p
                shifted.line += lineBase
                report(shifted)
            }
            lineBase += part.lines
            skipped += part.reader.skipped
            mentions += part.reader.mentions
            if merged == nil { merged = part.engine } else { merged!.merge(part.engine) }
        }
        return Outcome(engine: merged ?? engine, skipped: skipped, mentions: mentions)
    }
}
