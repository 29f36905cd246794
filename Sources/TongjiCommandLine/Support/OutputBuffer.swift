import TongjiExtract

/// Bytes on their way to a file descriptor, written in large blocks rather than a system call per
/// record: `tongji extract` emits hundreds of thousands of records a second.
struct OutputBuffer {
    /// Bytes not yet written.
    var bytes: [UInt8] = []
    /// Where they go.
    let descriptor: FileDescriptor
    /// Written out once this many bytes are waiting.
    let blockBytes: Int

    init(descriptor: FileDescriptor, blockBytes: Int = 1 << 20) {
        self.descriptor = descriptor
        self.blockBytes = blockBytes
        bytes.reserveCapacity(blockBytes + 64 * 1024)
    }

    /// Queues a whole block of records (a rendered piece of input) for writing. A block of at least
    /// 1/64 of `blockBytes` (16 KB; a 47 KB article renders about as large) that nothing waits
    /// before is written as it is rather than copied into the buffer first (the output is as large
    /// as the input: 100 MB would be copied once more).
    mutating func append(_ block: [UInt8]) throws(OutputError) {
        if bytes.isEmpty && block.count >= blockBytes / 64 && blockBytes > 0 {
            guard descriptor.writeAll(block) else { throw OutputError() }
            return
        }
        bytes += block
        try flushIfFull()
    }

    /// Writes the waiting bytes if there are enough of them.
    mutating func flushIfFull() throws(OutputError) {
        if bytes.count >= blockBytes { try flush() }
    }

    /// Writes every waiting byte.
    mutating func flush() throws(OutputError) {
        guard !bytes.isEmpty else { return }
        guard descriptor.writeAll(bytes) else { throw OutputError() }
        bytes.removeAll(keepingCapacity: true)
    }
}

/// Standard output refused the records (a closed pipe, a full disk).
struct OutputError: Error, CustomStringConvertible {
    var description: String { "cannot write to standard output: stopped; check the disk or the command reading the output" }
}
