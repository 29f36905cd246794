/// How `extractAll` hands input to its threads: several pieces (files, chunks, records) at a time,
/// up to four chunks' worth of bytes, rather than one by one.
///
/// Each hand-off wakes a thread. On the benchmark corpus (2,230 files of 47 KB) one hand-off per
/// file made 4,000 context switches a run, and the wake-ups and the interrupts they sent to the
/// busy core cost about 7% of the CPU time (perf record): more than the second core could afford
/// to lose. Batches of 256 KB make about 700.
///
/// A batch must not hold too many mentions either, because results wait in memory for their turn
/// to be written: text dense with numbers ("共3个，" over and over) gives 100 bytes of output per
/// byte of input. So a batch also closes once it is expected to give `mentions` mentions, at the
/// rate of mentions per byte seen so far; until the first results are back there is no rate, and
/// each batch is one piece, as without batching.
struct WorkBatch {
    /// Bytes of input after which a batch is closed (it may exceed them by one piece).
    let bytes: Int
    /// Mentions a batch is expected to give at most (one piece always goes, however many it gives).
    let mentions: Int
    /// Pieces after which a batch is closed (so that many tiny records still go out in time).
    let pieces: Int
    /// Input bytes and mentions of the results consumed so far: the observed rate.
    private var seenBytes = 0
    private var seenMentions = 0

    /// One piece at a time on one thread (there is no hand-off to save); otherwise up to four
    /// chunks' worth of input, 2,000 mentions and 64 pieces.
    init(jobs: Int, chunkBytes: Int) {
        if jobs <= 1 {
            (bytes, mentions, pieces) = (1, 0, 1)
        } else {
            (bytes, mentions, pieces) = (max(1, 4 * chunkBytes), 2_000, 64)
        }
    }

    /// Records a consumed result, so that later batches are sized by what the input gives.
    mutating func observe(bytes: Int, mentions: Int) {
        seenBytes += bytes
        seenMentions += mentions
    }

    /// Bytes a batch may hold now: `bytes`, or fewer when the input gives many mentions per byte.
    var byteLimit: Int {
        guard pieces > 1, seenBytes > 0 else { return 1 }
        guard seenMentions > 0 else { return bytes }
        // bytes × seenMentions / seenBytes ≤ mentions, without overflow for any totals.
        let perMention = max(1, seenBytes / seenMentions)
        return min(bytes, mentions.multipliedReportingOverflow(by: perMention).overflow ? bytes : mentions * perMention)
    }

    /// The next batch from `stream`, or nil when it is done. On standard input a batch takes only
    /// what has already arrived (the JSON Lines records read whole), so that a pipe's records are
    /// extracted as they come, never held back waiting for more input.
    func next(from stream: inout InputStream) -> [InputWork]? {
        let limit = byteLimit
        var works: [InputWork] = []
        var bytes = 0
        while works.count < pieces, bytes < limit, let work = stream.next() {
            bytes += work.bytes
            works.append(work)
            if stream.isReadingStandardInput && !stream.hasBufferedRecord() { break }
        }
        return works.isEmpty ? nil : works
    }
}
