/// A deflate encoder (RFC 1951) for PNG scanlines that finds only runs of one repeated byte
/// (matches at distance 1, like zlib's `Z_RLE` strategy) and codes them in dynamic-Huffman
/// blocks of up to `blockSymbols` symbols.
///
/// Why not zlib: after the Up filter a chart at 2x is ~5 MB of mostly zero bytes, and zlib's
/// `deflate_rle` compares them one at a time (it was over half of a PNG chart's CPU time). Here
/// runs are measured eight bytes at a time, a row identical to the one above becomes its
/// matches without being looked at, and the same kind of symbols and Huffman blocks keep the
/// file about as small as zlib's.
final class RunLengthDeflater {
    /// Literals (0–255) and matches (`matchFlag | length`) of the current block, in order.
    private let symbols: UnsafeMutablePointer<UInt32>
    private var symbolCount = 0
    private let symbolCapacity: Int
    private let frequencies: UnsafeMutablePointer<Int>
    private var matches = 0
    /// The last byte of the input so far, or -1 before the first.
    private var previous = -1
    private let writer: BitWriter
    /// The checksum of the input, for the zlib trailer.
    private(set) var adler = Adler32()

    private static let blockSymbols = 32_768
    private static let matchFlag: UInt32 = 0x1_0000
    private static let endOfBlock = 256
    private let lengths = LengthCodes.shared

    /// An encoder fed at most `maxChunk` bytes per `add` call, writing after `prefix`.
    init(maxChunk: Int, prefix: [UInt8], expectedOutput: Int) {
        symbolCapacity = Self.blockSymbols + maxChunk + 8
        symbols = .allocate(capacity: symbolCapacity)
        frequencies = .allocate(capacity: 286)
        frequencies.initialize(repeating: 0, count: 286)
        writer = BitWriter(prefix: prefix, capacity: expectedOutput)
    }

    deinit {
        symbols.deallocate()
        frequencies.deallocate()
    }

    /// Adds `count` bytes (at most `maxChunk`) at `bytes`.
    func add(_ bytes: UnsafeRawPointer, count: Int) {
        if symbolCount >= Self.blockSymbols { writeBlock(final: false) }
        var i = 0
        while i < count {
            if previous >= 0 {
                let run = Self.runLength(of: UInt8(truncatingIfNeeded: previous), at: bytes + i, limit: count - i)
                if run >= 3 {
                    addRun(run)
                    i += run
                    continue
                }
            }
            addLiteral(bytes.load(fromByteOffset: i, as: UInt8.self))
            i += 1
        }
    }

    /// Adds `bytes` (at most `maxChunk`).
    func add(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { buffer in
            if let base = buffer.baseAddress { add(base, count: buffer.count) }
        }
    }

    /// Adds `byte` followed by `zeros` zero bytes (a row identical to the one above, after the
    /// Up filter) without reading them.
    func add(_ byte: UInt8, thenZeros zeros: Int) {
        if symbolCount >= Self.blockSymbols { writeBlock(final: false) }
        addLiteral(byte)
        guard zeros > 0 else { return }
        if byte != 0 {
            addLiteral(0)
            addRun(zeros - 1)
        } else {
            addRun(zeros)
        }
    }

    /// The zlib stream: the prefix, the deflate blocks, the Adler-32 of the input.
    func finish() -> [UInt8] {
        writeBlock(final: true)
        var stream = writer.finish()
        stream.appendBigEndian(adler.value)
        return stream
    }

    @inline(__always)
    private func addLiteral(_ byte: UInt8) {
        symbols[symbolCount] = UInt32(byte)
        symbolCount += 1
        frequencies[Int(byte)] += 1
        previous = Int(byte)
        adler.add(byte)
    }

    /// Repeats the previous byte `count` times: matches of up to 258 at distance 1, and a
    /// remainder of one or two literals.
    private func addRun(_ count: Int) {
        let byte = UInt8(truncatingIfNeeded: previous)
        var rest = count
        while rest >= 3 {
            let length = min(rest, 258)
            symbols[symbolCount] = Self.matchFlag | UInt32(length)
            symbolCount += 1
            frequencies[Int(lengths.code[length])] += 1
            matches += 1
            rest -= length
        }
        adler.add(repeating: byte, count: count - rest)
        for _ in 0..<rest { addLiteral(byte) }
    }

    /// How many bytes from `start` (at most `limit`) equal `byte`, eight at a time.
    @inline(__always)
    private static func runLength(of byte: UInt8, at start: UnsafeRawPointer, limit: Int) -> Int {
        let splat = UInt64(byte) &* 0x0101_0101_0101_0101
        var n = 0
        while n + 8 <= limit, start.loadUnaligned(fromByteOffset: n, as: UInt64.self) == splat { n += 8 }
        while n < limit, start.load(fromByteOffset: n, as: UInt8.self) == byte { n += 1 }
        return n
    }

    /// Codes the symbols gathered so far as one block with its own Huffman codes.
    private func writeBlock(final: Bool) {
        frequencies[Self.endOfBlock] = 1
        let literalCode = HuffmanCode(frequencies: Array(UnsafeBufferPointer(start: frequencies, count: 286)), limit: 15)
        let distanceCode = HuffmanCode(frequencies: [max(matches, 1), 0], limit: 15)  // distance 1 only
        // At most 15 bits per literal; 15 + 5 + 15 per match; the header is under 300 bytes.
        writer.reserve(symbolCount * 35 / 8 + 320)
        writer.write(final ? 1 : 0, width: 1)  // BFINAL
        writer.write(2, width: 2)  // BTYPE: dynamic Huffman
        Self.writeCodeLengths(literal: literalCode.lengths, distance: distanceCode.lengths, to: writer)
        let distanceBits = distanceCode.codes[0], distanceWidth = Int(distanceCode.lengths[0])
        let lengths = self.lengths
        literalCode.lengths.withUnsafeBufferPointer { widths in
            literalCode.codes.withUnsafeBufferPointer { codes in
                for k in 0..<symbolCount {
                    let symbol = symbols[k]
                    if symbol & Self.matchFlag == 0 {
                        writer.write(codes[Int(symbol)], width: Int(widths[Int(symbol)]))
                        continue
                    }
                    let length = Int(symbol & 0xFFFF)
                    let code = Int(lengths.code[length])
                    writer.write(codes[code], width: Int(widths[code]))
                    let extraWidth = Int(lengths.extraBits[length])
                    if extraWidth > 0 { writer.write(UInt32(lengths.extraValue[length]), width: extraWidth) }
                    writer.write(distanceBits, width: distanceWidth)  // distance 1: code 0, no extra bits
                }
                writer.write(codes[Self.endOfBlock], width: Int(widths[Self.endOfBlock]))
            }
        }
        symbolCount = 0
        matches = 0
        frequencies.update(repeating: 0, count: 286)
    }

    /// The dynamic block header: HLIT, HDIST, HCLEN, the code-length code and both codes'
    /// lengths run-length coded with symbols 16 (repeat), 17 and 18 (zeros) (RFC 1951 §3.2.7).
    private static func writeCodeLengths(literal: [UInt8], distance: [UInt8], to writer: BitWriter) {
        var literalCount = 286
        while literalCount > 257, literal[literalCount - 1] == 0 { literalCount -= 1 }
        let all = Array(literal[..<literalCount]) + distance
        var runs: [(symbol: UInt8, extra: UInt32, width: Int)] = []
        var i = 0
        while i < all.count {
            let length = all[i]
            var run = 1
            while i + run < all.count, all[i + run] == length { run += 1 }
            var rest = run
            if length == 0 {
                while rest >= 11 {
                    let n = min(rest, 138)
                    runs.append((18, UInt32(n - 11), 7))
                    rest -= n
                }
                if rest >= 3 {
                    runs.append((17, UInt32(rest - 3), 3))
                    rest = 0
                }
            } else {
                runs.append((length, 0, 0))
                rest -= 1
                while rest >= 3 {
                    let n = min(rest, 6)
                    runs.append((16, UInt32(n - 3), 2))
                    rest -= n
                }
            }
            for _ in 0..<rest { runs.append((length, 0, 0)) }
            i += run
        }
        var frequencies = [Int](repeating: 0, count: 19)
        for run in runs { frequencies[Int(run.symbol)] += 1 }
        let lengthCode = HuffmanCode(frequencies: frequencies, limit: 7)
        let order: [Int] = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]
        var orderCount = 19
        while orderCount > 4, lengthCode.lengths[order[orderCount - 1]] == 0 { orderCount -= 1 }
        writer.write(UInt32(literalCount - 257), width: 5)
        writer.write(UInt32(distance.count - 1), width: 5)
        writer.write(UInt32(orderCount - 4), width: 4)
        for k in 0..<orderCount { writer.write(UInt32(lengthCode.lengths[order[k]]), width: 3) }
        for run in runs {
            writer.write(lengthCode.codes[Int(run.symbol)], width: Int(lengthCode.lengths[Int(run.symbol)]))
            if run.width > 0 { writer.write(run.extra, width: run.width) }
        }
    }
}
