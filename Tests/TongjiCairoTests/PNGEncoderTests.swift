import Foundation
import Testing
@testable import TongjiCairo
import TongjiChart

/// Tongji's PNG encoder (Up filter, its own run-length deflate and Huffman coding) against
/// independent decoders: every pixel equals cairo's own PNG writer's, and raw deflate streams
/// round-trip through Python's zlib.
@Suite(.serialized)
struct PNGEncoderTests {
    /// Many colours, odd sizes and text: rows of every kind (identical, partly changed, first).
    static func busy(width: Double, height: Double) throws -> ChartDrawing {
        let measurer = try PangoTextMeasurer()
        var commands: [DrawCommand] = [.rect(RectCommand(rect: Rect(x: 0, y: 0, width: width, height: height), fill: Color(rgb: 0xFFFFFF), role: .background))]
        var seed: UInt32 = 12345
        func next() -> UInt32 {
            seed = seed &* 1_103_515_245 &+ 12345
            return seed >> 8
        }
        for i in 0..<60 {
            let rect = Rect(x: Double(next() % UInt32(width)) - 20, y: Double(next() % UInt32(height)), width: Double(next() % 90) + 0.37, height: Double(next() % 40) + 0.61)
            commands.append(.rect(RectCommand(rect: rect, fill: Color(rgb: next() & 0xFFFFFF), role: .bar(series: 0, category: i))))
        }
        let style = TextStyle(size: 13)
        for (i, text) in ["总投资3.25亿元", "−12.6%", "数据来源：各区县政府网站", "G15沈海高速扩建"].enumerated() {
            commands.append(.text(TextCommand(text: text, position: Point(x: 7 + 40 * Double(i), y: 9 + 30 * Double(i)), style: style, color: Color(rgb: 0x222222), size: measurer.measure(text, style: style), role: .title)))
        }
        return ChartDrawing(size: Size(width: width, height: height), commands: commands, title: "", summary: "", orientation: .horizontal)
    }

    @Test(arguments: [(333.0, 77.0, 1.0), (401.0, 203.0, 2.0), (120.0, 5.0, 1.3)])
    func pixelsEqualCairosOwnPNGWriter(width: Double, height: Double, scale: Double) throws {
        let renderer = try CairoChartRenderer()
        let folder = try Support.temporaryDirectory()
        let drawing = try Self.busy(width: width, height: height)
        var paths: [String] = []
        for writer in CairoChartRenderer.PNGWriter.allCases {
            renderer.pngWriter = writer
            let path = folder.appendingPathComponent("busy-\(writer).png").path
            try renderer.write(drawing, to: path, scale: scale)
            paths.append(path)
        }
        let result = try Support.run("python3", [SVGWriterTests.diffScript, paths[0], paths[1], "0"])
        try #require(result.status == 0, "\(result.error)")
        #expect(result.output.contains(#""sameSize": true, "largest": 0, "over": 0"#), "\(result.output)")
    }

    /// Raw bytes through the deflater, inflated by Python's zlib (which checks the Adler-32).
    func roundTrips(_ chunks: [[UInt8]]) throws -> Bool {
        let deflater = RunLengthDeflater(maxChunk: chunks.map(\.count).max() ?? 1, prefix: [0x78, 0x01], expectedOutput: 16)
        for chunk in chunks { deflater.add(chunk) }
        let folder = try Support.temporaryDirectory()
        let packed = folder.appendingPathComponent("stream.z")
        let plain = folder.appendingPathComponent("plain.bin")
        try Data(deflater.finish()).write(to: packed)
        try Data(chunks.flatMap { $0 }).write(to: plain)
        let check = "import sys, zlib; sys.exit(0 if zlib.decompress(open(sys.argv[1], 'rb').read()) == open(sys.argv[2], 'rb').read() else 3)"
        return try Support.run("python3", ["-c", check, packed.path, plain.path]).status == 0
    }

    @Test func deflateRoundTripsRunsLiteralsAndManyBlocks() throws {
        var seed: UInt32 = 7
        func byte() -> UInt8 {
            seed = seed &* 1_103_515_245 &+ 12345
            return UInt8(truncatingIfNeeded: seed >> 16)
        }
        #expect(try roundTrips([[]]))
        #expect(try roundTrips([[42]]))
        #expect(try roundTrips([[0, 0, 0, 0, 0, 0, 0, 0, 0, 0]]))
        #expect(try roundTrips([(0..<1000).map { _ in byte() }]), "incompressible")
        // Runs of every length around the 3 and 258 limits, across chunk edges, 100k symbols.
        var chunks: [[UInt8]] = []
        for n in 0..<400 {
            var chunk: [UInt8] = []
            for length in [1, 2, 3, 4, 257, 258, 259, 260, 517, n] { chunk += [UInt8](repeating: byte() & 3, count: length) }
            chunks.append(chunk)
        }
        chunks += (0..<60).map { _ in (0..<4000).map { _ in byte() } }
        #expect(try roundTrips(chunks))
    }

    @Test func huffmanCodesStayWithinTheirLimitAndAreComplete() {
        // Fibonacci frequencies make the optimal code as deep as there are symbols.
        var fibonacci = [1, 1]
        while fibonacci.count < 30 { fibonacci.append(fibonacci[fibonacci.count - 1] + fibonacci[fibonacci.count - 2]) }
        for (frequencies, limit) in [(fibonacci, 15), (fibonacci, 7), ([5, 0, 0, 9], 15), ([0, 0, 3], 7), (fibonacci + [Int](repeating: 1, count: 250), 15)] {
            let code = HuffmanCode(frequencies: frequencies, limit: limit)
            let used = code.lengths.filter { $0 > 0 }
            #expect(used.allSatisfy { Int($0) <= limit })
            let kraft = used.reduce(0.0) { $0 + pow(2, -Double($1)) }
            #expect(kraft == 1, "complete prefix code for \(frequencies.count) symbols, limit \(limit)")
            for (symbol, frequency) in frequencies.enumerated() where frequency > 0 { #expect(code.lengths[symbol] > 0) }
        }
    }
}
