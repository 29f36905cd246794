internal import CCairo
#if canImport(Glibc)
import Glibc
#endif

/// Encodes a cairo ARGB32 image as an RGB PNG: the Up filter on every row, deflated by
/// `RunLengthDeflater` (which also sums the `Adler32`), chunks CRC'd by zlib's `crc32`.
///
/// Why not `cairo_surface_write_to_png`: it goes through libpng at zlib's default level and costs
/// several times more for an 800×500 chart at 2x (scripts/bench-charts measures both). A chart is
/// mostly flat colour: with the PNG "Up" filter, rows inside a bar or a margin become zeros, and
/// runs of one byte are all the compression such rows need. The canvas background is opaque, so
/// alpha is dropped and the premultiplied components are the colours themselves.
enum PNGEncoder {
    /// PNG bytes for the image; `scale` sets the pHYs density (72 dpi × scale) so documents place
    /// the image at its intended size.
    static func encode(_ surface: CairoSurface, scale: Double) throws(RenderError) -> [UInt8] {
        try surface.withPixels { (width, height, stride, data) throws(RenderError) -> [UInt8] in
            let idat = compress(width: width, height: height, stride: stride, pixels: data)
            var png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
            png.reserveCapacity(idat.count + 100)
            var header: [UInt8] = []
            header.appendBigEndian(UInt32(width))
            header.appendBigEndian(UInt32(height))
            header += [8, 2, 0, 0, 0]  // 8 bits, RGB, deflate, adaptive filtering, no interlace
            appendChunk("IHDR", header, to: &png)
            var physical: [UInt8] = []
            let perMetre = UInt32((72 * scale / 0.0254).rounded())
            physical.appendBigEndian(perMetre)
            physical.appendBigEndian(perMetre)
            physical.append(1)  // unit: metre
            appendChunk("pHYs", physical, to: &png)
            appendChunk("IDAT", idat, to: &png)
            appendChunk("IEND", [], to: &png)
            return png
        }
    }

    /// The zlib stream of the filtered scanlines: header, deflate blocks, Adler-32.
    private static func compress(width: Int, height: Int, stride: Int, pixels: UnsafeRawBufferPointer) -> [UInt8] {
        let rowBytes = width * 3
        // 0x78 0x01: deflate with a 32 KiB window, fastest level, no dictionary (a multiple of 31).
        let deflater = RunLengthDeflater(maxChunk: rowBytes + 1, prefix: [0x78, 0x01], expectedOutput: rowBytes * height / 16 + 1024)
        let row = UnsafeMutableRawBufferPointer.allocate(byteCount: rowBytes + 1 + 8, alignment: 8)
        defer { row.deallocate() }
        let out = row.baseAddress!
        let source = pixels.baseAddress!
        out.storeBytes(of: 2, as: UInt8.self)  // filter type "Up": each byte minus the byte above it
        for y in 0..<height {
            let line = source + y * stride
            if y > 0, memcmp(line, line - stride, width * 4) == 0 {
                // A row like the one above (inside a bar, a margin): all zeros after "Up".
                deflater.add(2, thenZeros: rowBytes)
                continue
            }
            if y == 0 {
                for x in 0..<width {
                    let p = line.loadUnaligned(fromByteOffset: x * 4, as: UInt32.self)
                    store(p, at: out + 1 + x * 3)
                }
            } else {
                // Most pixels equal the one above: zero the row, then write only the others.
                memset(out + 1, 0, rowBytes)
                let above = line - stride
                var x = 0
                while x + 2 <= width {
                    let pair = line.loadUnaligned(fromByteOffset: x * 4, as: UInt64.self)
                    let pairAbove = above.loadUnaligned(fromByteOffset: x * 4, as: UInt64.self)
                    if pair != pairAbove {
                        store(UInt32(truncatingIfNeeded: pair), minus: UInt32(truncatingIfNeeded: pairAbove), at: out + 1 + x * 3)
                        store(UInt32(truncatingIfNeeded: pair >> 32), minus: UInt32(truncatingIfNeeded: pairAbove >> 32), at: out + 4 + x * 3)
                    }
                    x += 2
                }
                if x < width {
                    store(line.loadUnaligned(fromByteOffset: x * 4, as: UInt32.self), minus: above.loadUnaligned(fromByteOffset: x * 4, as: UInt32.self), at: out + 1 + x * 3)
                }
            }
            deflater.add(out, count: rowBytes + 1)
        }
        return deflater.finish()
    }

    /// Writes the R, G, B bytes of an ARGB32 pixel.
    @inline(__always)
    private static func store(_ pixel: UInt32, at target: UnsafeMutableRawPointer) {
        target.storeBytes(of: UInt8(truncatingIfNeeded: pixel >> 16), toByteOffset: 0, as: UInt8.self)
        target.storeBytes(of: UInt8(truncatingIfNeeded: pixel >> 8), toByteOffset: 1, as: UInt8.self)
        target.storeBytes(of: UInt8(truncatingIfNeeded: pixel), toByteOffset: 2, as: UInt8.self)
    }

    /// Writes the R, G, B differences of two ARGB32 pixels (the Up filter).
    @inline(__always)
    private static func store(_ pixel: UInt32, minus above: UInt32, at target: UnsafeMutableRawPointer) {
        target.storeBytes(of: UInt8(truncatingIfNeeded: pixel >> 16) &- UInt8(truncatingIfNeeded: above >> 16), toByteOffset: 0, as: UInt8.self)
        target.storeBytes(of: UInt8(truncatingIfNeeded: pixel >> 8) &- UInt8(truncatingIfNeeded: above >> 8), toByteOffset: 1, as: UInt8.self)
        target.storeBytes(of: UInt8(truncatingIfNeeded: pixel) &- UInt8(truncatingIfNeeded: above), toByteOffset: 2, as: UInt8.self)
    }

    private static func appendChunk(_ type: String, _ body: [UInt8], to png: inout [UInt8]) {
        png.appendBigEndian(UInt32(body.count))
        let typeBytes = Array(type.utf8)
        var crc = typeBytes.withUnsafeBufferPointer { crc32(0, $0.baseAddress, uInt($0.count)) }
        crc = body.withUnsafeBufferPointer { crc32(crc, $0.baseAddress, uInt($0.count)) }
        png += typeBytes
        png += body
        png.appendBigEndian(UInt32(crc))
    }
}

extension [UInt8] {
    mutating func appendBigEndian(_ value: UInt32) {
        append(UInt8(value >> 24))
        append(UInt8((value >> 16) & 0xFF))
        append(UInt8((value >> 8) & 0xFF))
        append(UInt8(value & 0xFF))
    }
}
