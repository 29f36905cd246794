/// Reads a text file (or standard input) as a sequence of chunks of at most `chunkBytes`, cut by
/// `TextCut` (after a sentence end or line break when there is one), so that a file of any size,
/// even one 50 MB line, is held only a chunk at a time.
struct ChunkReader {
    /// One chunk: its bytes and how it was cut from the next one.
    struct Chunk: Sendable {
        var bytes: [UInt8]
        /// `.atCharacter` when the chunk ends inside a line with no sentence end near the limit.
        var cut: TextCut.Kind?
    }

    let descriptor: FileDescriptor
    let chunkBytes: Int
    private var buffer: [UInt8] = []
    private var atEnd = false
    /// Bytes still expected from a regular file, so that reads are sized to the file: a 40 KB
    /// article costs a 40 KB buffer, not a chunk-sized one.
    private var expected: Int?

    init(descriptor: FileDescriptor, chunkBytes: Int) {
        self.descriptor = descriptor
        self.chunkBytes = max(16, chunkBytes)
        expected = descriptor.regularFileSize()
    }

    /// The next chunk, or nil at the end of the input.
    mutating func next() throws(InputProblem) -> Chunk? {
        while !atEnd && buffer.count <= chunkBytes {
            var want = min(1 << 20, chunkBytes + 1 - buffer.count + 4096)
            if let expected { want = min(want, expected + 1) }  // + 1: a file that grew is still read to its end
            let got = try descriptor.read(appendingTo: &buffer, count: want)
            if got == 0 { atEnd = true }
            if let left = expected { expected = max(0, left - got) }
        }
        if buffer.isEmpty { return nil }
        if buffer.count <= chunkBytes {
            let chunk = Chunk(bytes: buffer, cut: nil)
            buffer = []
            return chunk
        }
        let (offset, kind) = TextCut.cutPoint(in: buffer, limit: chunkBytes)
        var bytes = buffer
        buffer = Array(bytes[offset...])
        bytes.removeLast(bytes.count - offset)
        return Chunk(bytes: bytes, cut: kind)
    }
}
