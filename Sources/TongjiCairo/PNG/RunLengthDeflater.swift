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
    /// Literals (0–255) and matches (`matchFlag | length`) of the current block, in order
    /// (the first `symbolCount`; the rest is room for one more chunk).
    private var symbols: [UInt32]
    /// How many of `symbols` belong to the current block.
    private var symbolCount = 0
    /// How often each literal/length symbol occurs in the current block.
    private var frequencies = [Int](repeating: 0, count: 286)
    /// How many of the block's symbols are matches (the distance code's one frequency).
    private var matches = 0
    /// The last byte of the input so far, or -1 before the first.
    private var previous = -1
    /// Where the coded blocks go, after the zlib header.
    private let writer: BitWriter
    /// The checksum of the input, for the zlib trailer.
    private(set) var adler = Adler32()

    /// Symbols per block before a new block (and new Huffman codes) starts.
    private static let blockSymbols = 32_768
    /// Marks a symbol as a match; its low 16 bits are the length.
    private static let matchFlag: UInt32 = 0x1_0000
    /// The end-of-block literal/length symbol.
    private static let endOfBlock = 256
    /// The length symbol table.
    private let lengths = LengthCodes.shared

    /// An encoder fed at most `maxChunk` bytes per `add` call, writing after `prefix`.
    init(maxChunk: Int, prefix: [UInt8], expectedOutput: Int) {
        symbols = [UInt32](repeating: 0, count: Self.blockSymbols + maxChunk + 8)
        writer = BitWriter(prefix: prefix, capacity: expectedOutput)
    }

    /// Adds `bytes` (at most `maxChunk`): runs of the previous byte become matches, the rest
    /// literals.
    func add(_ bytes: Span<UInt8>) {
        if symbolCount >= Self.blockSymbols { writeBlock(final: false) }
        // The arrays are moved out of the object while their spans are in use (a span of a
        // class's stored array cannot outlive one access to it) and put back at the end.
        var symbolArray = takeSymbols(), frequencyArray = takeFrequencies()
        defer { putBack(symbols: &symbolArray, frequencies: &frequencyArray) }
        var symbols = symbolArray.mutableSpan
        var frequencies = frequencyArray.mutableSpan
        precondition(frequencies.count == 286)
        let raw = RawSpan(_elements: bytes)
        let count = bytes.count
        var i = 0
        while i < count {
            if previous >= 0 {
                let run = Self.runLength(of: UInt8(truncatingIfNeeded: previous), in: bytes, raw, from: i)
                if run >= 3 {
                    addRun(run, symbols: &symbols, frequencies: &frequencies)
                    i += run
                    continue
                }
            }
            addLiteral(bytes[unchecked: i], symbols: &symbols, frequencies: &frequencies)  // i < count
            i += 1
        }
    }

    /// Adds `bytes` (at most `maxChunk`).
    func add(_ bytes: [UInt8]) {
        add(bytes.span)
    }

    /// Adds `byte` followed by `zeros` zero bytes (a row identical to the one above, after the
    /// Up filter) without reading them.
    func add(_ byte: UInt8, thenZeros zeros: Int) {
        if symbolCount >= Self.blockSymbols { writeBlock(final: false) }
        var symbolArray = takeSymbols(), frequencyArray = takeFrequencies()
        defer { putBack(symbols: &symbolArray, frequencies: &frequencyArray) }
        var symbols = symbolArray.mutableSpan
        var frequencies = frequencyArray.mutableSpan
        precondition(frequencies.count == 286)
        addLiteral(byte, symbols: &symbols, frequencies: &frequencies)
        guard zeros > 0 else { return }
        if byte != 0 {
            addLiteral(0, symbols: &symbols, frequencies: &frequencies)
            addRun(zeros - 1, symbols: &symbols, frequencies: &frequencies)
        } else {
            addRun(zeros, symbols: &symbols, frequencies: &frequencies)
        }
    }

    /// The zlib stream: the prefix, the deflate blocks, the Adler-32 of the input.
    func finish() -> [UInt8] {
        writeBlock(final: true)
        var stream = writer.finish()
        stream.appendBigEndian(adler.value)
        return stream
    }

    /// The symbol array, left empty in the object until `putBack`.
    @inline(__always)
    private func takeSymbols() -> [UInt32] {
        var taken: [UInt32] = []
        swap(&taken, &symbols)
        return taken
    }

    /// The frequency array, left empty in the object until `putBack`.
    @inline(__always)
    private func takeFrequencies() -> [Int] {
        var taken: [Int] = []
        swap(&taken, &frequencies)
        return taken
    }

    /// Returns the arrays `takeSymbols` and `takeFrequencies` moved out.
    @inline(__always)
    private func putBack(symbols taken: inout [UInt32], frequencies counts: inout [Int]) {
        swap(&taken, &symbols)
        swap(&counts, &frequencies)
    }

    /// Adds one literal to the block (`symbols` and `frequencies` are this block's arrays, taken
    /// once per chunk by the caller).
    @inline(__always)
    private func addLiteral(_ byte: UInt8, symbols: inout MutableSpan<UInt32>, frequencies: inout MutableSpan<Int>) {
        symbols[symbolCount] = UInt32(byte)
        symbolCount += 1
        // A byte is below 256 and `frequencies` has 286 entries (checked once per chunk in `add`).
        frequencies[unchecked: Int(byte)] += 1
        previous = Int(byte)
        adler.add(byte)
    }

    /// Repeats the previous byte `count` times: matches of up to 258 at distance 1, and a
    /// remainder of one or two literals.
    @inline(__always)
    private func addRun(_ count: Int, symbols: inout MutableSpan<UInt32>, frequencies: inout MutableSpan<Int>) {
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
        for _ in 0..<rest { addLiteral(byte, symbols: &symbols, frequencies: &frequencies) }
    }

    /// How many bytes of `elements` from offset `start` on equal `byte` (`bytes` views the same
    /// memory for the wide loads): eight at a time, then 32 at a time once a run has begun (one
    /// bounds check per 32-byte `Block` load), then byte by byte.
    @inline(__always)
    private static func runLength(of byte: UInt8, in elements: Span<UInt8>, _ bytes: RawSpan, from start: Int) -> Int {
        let splat = UInt64(byte) &* 0x0101_0101_0101_0101
        let end = elements.count
        var n = start
        if n + 8 <= end, bytes.unsafeLoadUnaligned(fromByteOffset: n, as: UInt64.self) == splat {
            n += 8
            while n + 32 <= end {
                let block = bytes.unsafeLoadUnaligned(fromByteOffset: n, as: Block.self)
                guard block.0 == splat, block.1 == splat, block.2 == splat, block.3 == splat else { break }
                n += 32
            }
            while n + 8 <= end, bytes.unsafeLoadUnaligned(fromByteOffset: n, as: UInt64.self) == splat { n += 8 }
        }
        while n < end, elements[unchecked: n] == byte { n += 1 }  // n < end == elements.count
        return n - start
    }

    /// Codes the symbols gathered so far as one block with its own Huffman codes.
    private func writeBlock(final: Bool) {
        frequencies[Self.endOfBlock] = 1
        let literalCode = HuffmanCode(frequencies: frequencies, limit: 15)
        let distanceCode = HuffmanCode(frequencies: [max(matches, 1), 0], limit: 15)  // distance 1 only
        let distanceBits = distanceCode.codes[0], distanceWidth = Int(distanceCode.lengths[0])
        let lengths = self.lengths
        let symbolArray = self.symbols
        // At most 15 bits per literal; 15 + 5 + 15 per match; the header is under 300 bytes.
        writer.withRoom(symbolCount * 35 / 8 + 320) { bits, output in
            bits.write(final ? 1 : 0, width: 1, to: &output)  // BFINAL
            bits.write(2, width: 2, to: &output)  // BTYPE: dynamic Huffman
            Self.writeCodeLengths(literal: literalCode.lengths, distance: distanceCode.lengths, to: &bits, output: &output)
            let symbols = symbolArray.span
            let widths = literalCode.lengths.span
            let codes = literalCode.codes.span
            // A literal symbol is below 256: within both tables, whose size is checked here once.
            precondition(widths.count == 286 && codes.count == 286)
            for k in 0..<symbolCount {
                let symbol = symbols[k]
                if symbol & Self.matchFlag == 0 {
                    bits.write(codes[unchecked: Int(symbol)], width: Int(widths[unchecked: Int(symbol)]), to: &output)
                    continue
                }
                let length = Int(symbol & 0xFFFF)
                let code = Int(lengths.code[length])
                bits.write(codes[code], width: Int(widths[code]), to: &output)
                let extraWidth = Int(lengths.extraBits[length])
                if extraWidth > 0 { bits.write(UInt32(lengths.extraValue[length]), width: extraWidth, to: &output) }
                bits.write(distanceBits, width: distanceWidth, to: &output)  // distance 1: code 0, no extra bits
            }
            bits.write(codes[Self.endOfBlock], width: Int(widths[Self.endOfBlock]), to: &output)
        }
        symbolCount = 0
        matches = 0
        frequencies = [Int](repeating: 0, count: 286)
    }

    /// The dynamic block header: HLIT, HDIST, HCLEN, the code-length code and both codes'
    /// lengths run-length coded with symbols 16 (repeat), 17 and 18 (zeros) (RFC 1951 §3.2.7).
    private static func writeCodeLengths(literal: [UInt8], distance: [UInt8], to bits: inout PendingBits, output: inout MutableRawSpan) {
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
        bits.write(UInt32(literalCount - 257), width: 5, to: &output)
        bits.write(UInt32(distance.count - 1), width: 5, to: &output)
        bits.write(UInt32(orderCount - 4), width: 4, to: &output)
        for k in 0..<orderCount { bits.write(UInt32(lengthCode.lengths[order[k]]), width: 3, to: &output) }
        for run in runs {
            bits.write(lengthCode.codes[Int(run.symbol)], width: Int(lengthCode.lengths[Int(run.symbol)]), to: &output)
            if run.width > 0 { bits.write(run.extra, width: run.width, to: &output) }
        }
    }
}

/// 32 bytes loaded with one bounds check (a tuple of words is `BitwiseCopyable`): how the PNG code
/// compares runs and rows a block at a time without pointers.
typealias Block = (UInt64, UInt64, UInt64, UInt64)
