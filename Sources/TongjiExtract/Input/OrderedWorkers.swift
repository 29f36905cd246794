import Dispatch
import Synchronization

/// Runs work on `jobs` threads and hands the outputs back in the order the work was given, with a
/// bounded number of items in flight, so that memory stays bounded and the output is the same
/// whatever the number of threads.
///
/// The calling thread produces work and consumes outputs; `jobs` worker threads (one serial
/// Dispatch queue each, which Dispatch backs with its own thread even while it waits) process it.
/// Written with Dispatch and a `Mutex` rather than Swift concurrency because the callers are
/// synchronous command-line code and the consumer must run on the calling thread.
enum OrderedWorkers {
    /// Produces work with `produce` until it returns nil, processes each with `process` on up to
    /// `jobs` threads, and calls `consume` with each output in production order on the calling
    /// thread. At most `maxInFlight` items are produced but not yet consumed. If `consume` throws,
    /// the workers stop and the error is rethrown.
    static func run<Work: Sendable, Output: Sendable>(
        jobs: Int,
        maxInFlight: Int,
        produce: () -> Work?,
        process: @escaping @Sendable (Work) -> Output,
        consume: (Output) throws -> Void
    ) rethrows {
        if jobs <= 1 {
            while let work = produce() { try consume(process(work)) }
            return
        }
        let board = Board<Work, Output>()
        let group = DispatchGroup()
        for index in 0..<jobs {
            let queue = DispatchQueue(label: "tongji.extract.worker.\(index)")
            queue.async(group: group) { board.work(process) }
        }
        defer {
            board.close(workers: jobs)
            group.wait()
        }
        var produced = 0
        var consumed = 0
        var exhausted = false
        while true {
            while !exhausted && produced - consumed < maxInFlight {
                if let work = produce() {
                    board.post(work, number: produced)
                    produced += 1
                } else {
                    exhausted = true
                }
            }
            if consumed == produced { return }
            board.outputReady.wait()
            while let output = board.take(number: consumed) {
                consumed += 1
                try consume(output)
            }
        }
    }

    /// The shared state between the calling thread and the workers.
    final class Board<Work: Sendable, Output: Sendable>: Sendable {
        struct State: ~Copyable {
            /// Work not yet taken from `head` on; taken slots are emptied at once so that their bytes are freed.
            var pending: [(number: Int, work: Work)?] = []
            var head = 0
            var outputs: [Int: Output] = [:]
            var closed = false
        }
        let state = Mutex(State())
        let workReady = DispatchSemaphore(value: 0)
        let outputReady = DispatchSemaphore(value: 0)

        func post(_ work: Work, number: Int) {
            state.withLock { s in
                if s.head > 64 {
                    s.pending.removeFirst(s.head)
                    s.head = 0
                }
                s.pending.append((number, work))
            }
            workReady.signal()
        }

        func take(number: Int) -> Output? {
            state.withLock { s in s.outputs.removeValue(forKey: number) }
        }

        /// Stops the workers once the queue is drained (or at once, dropping it, when abandoning).
        func close(workers: Int) {
            state.withLock { s in
                s.closed = true
                s.pending.removeAll()
                s.head = 0
            }
            for _ in 0..<workers { workReady.signal() }
        }

        /// A worker's loop: take work, process it, post the output, until closed.
        func work(_ process: (Work) -> Output) {
            while true {
                workReady.wait()
                let next: (number: Int, work: Work)? = state.withLock { s in
                    guard s.head < s.pending.count else { return nil }
                    let item = s.pending[s.head]
                    s.pending[s.head] = nil
                    s.head += 1
                    return item
                }
                guard let next else { return }
                let output = process(next.work)
                state.withLock { s in s.outputs[next.number] = output }
                outputReady.signal()
            }
        }
    }
}
