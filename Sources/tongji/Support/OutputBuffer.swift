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
