/// Reads JSON Lines input one line at a time, holding at most one line (up to `maxLineBytes`)
/// plus one read block. A longer line is skipped to its end and reported, keeping only its start
/// so that the record's "id" can still be named.
struct LineReader {
    /// One line of input.
    enum Line: Sendable {
        /// A line's bytes (without the line feed) and its 1-based number.
        case text([UInt8], number: Int)
        /// A line over the limit: its number and its first bytes.
        case tooLong(number: Int, prefix: [UInt8])
    }

    let descriptor: FileDescriptor
    let maxLineBytes: Int
    private var block: [UInt8] = []
    private var position = 0
    private var atEnd = false
    private var lineNumber = 0
    /// Where the line feed ending the line at `position` is, once `hasBufferedLine()` found it.
    private var bufferedEnd: Int?
    static let blockBytes = 1 << 20
    static let prefixBytes = 512

    init(descriptor: FileDescriptor, maxLineBytes: Int) {
        self.descriptor = descriptor
        self.maxLineBytes = maxLineBytes
    }

    /// Refills the block when it is used up; false at the end of the input.
    private mutating func refill() throws(InputProblem) -> Bool {
        if position < block.count { return true }
        if atEnd { return false }
        block.removeAll(keepingCapacity: true)
        position = 0
        if try descriptor.read(appendingTo: &block, count: Self.blockBytes) == 0 {
            atEnd = true
            return false
        }
        return true
    }

    /// Whether the next line is already whole in the block, so that `next()` returns it without
    /// reading (and so without waiting on a pipe). Remembers where it ends for `next()`.
    mutating func hasBufferedLine() -> Bool {
        if bufferedEnd != nil { return true }
        guard position < block.count, let end = block[position...].firstIndex(of: 0x0A) else { return false }
        bufferedEnd = end
        return true
    }

    /// The next line, or nil at the end of the input.
    mutating func next() throws(InputProblem) -> Line? {
        guard try refill() else { return nil }
        lineNumber += 1
        var line: [UInt8] = []
        var tooLong = false
        while try refill() {
            let end: Int?
            if let found = bufferedEnd {
                end = found
                bufferedEnd = nil
            } else {
                end = block[position...].firstIndex(of: 0x0A)
            }
            let stop = end ?? block.count
            if !tooLong {
                if line.count + (stop - position) > maxLineBytes {
                    tooLong = true
                    let keep = max(0, Self.prefixBytes - line.count)
                    line.append(contentsOf: block[position..<min(stop, position + keep)])
                    if line.count > Self.prefixBytes { line.removeLast(line.count - Self.prefixBytes) }
                } else if line.isEmpty, let end {
                    // The common case: the whole line is inside the block.
                    line = Array(block[position..<end])
                } else {
                    // Grow by a quarter rather than doubling, so that a long line never holds
                    // twice its size (a 16 MB record would otherwise reserve 32 MB).
                    let needed = line.count + (stop - position)
                    if needed > line.capacity {
                        line.reserveCapacity(min(maxLineBytes, max(needed, line.count + line.count / 4)))
                    }
                    line.append(contentsOf: block[position..<stop])
                }
            }
            position = stop
            if end != nil {
                position += 1
                break
            }
        }
        return tooLong ? .tooLong(number: lineNumber, prefix: line) : .text(line, number: lineNumber)
    }
}
