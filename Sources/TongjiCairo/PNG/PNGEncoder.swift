/// Encodes a cairo ARGB32 image as an RGB PNG: the Up filter on every row, deflated by
/// `RunLengthDeflater` (which also sums the `Adler32`), chunks CRC'd by zlib's `crc32`
/// (through `ZlibChecksum`).
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

    /// The zlib stream of the filtered scanlines: header, deflate blocks, Adler-32. `pixels` holds
    /// `height` rows of `stride` bytes, each starting with `width` ARGB32 words.
    private static func compress(width: Int, height: Int, stride: Int, pixels: RawSpan) -> [UInt8] {
        let rowBytes = width * 3
        let pixelBytes = width * 4
        // 0x78 0x01: deflate with a 32 KiB window, fastest level, no dictionary (a multiple of 31).
        let deflater = RunLengthDeflater(maxChunk: rowBytes + 1, prefix: [0x78, 0x01], expectedOutput: rowBytes * height / 16 + 1024)
        // The filtered row: its filter type byte, then R, G, B per pixel.
        var row = [UInt8](repeating: 0, count: rowBytes + 1)
        var out = row.mutableSpan
        for y in 0..<height {
            let line = pixels.extracting(y * stride ..< y * stride + pixelBytes)
            if y == 0 {
                out[0] = 2  // filter type "Up": each byte minus the byte above it
                for x in 0..<width {
                    store(line.unsafeLoadUnaligned(fromByteOffset: x * 4, as: UInt32.self), at: 1 + x * 3, in: &out)
                }
                deflater.add(out.span)
                continue
            }
            let above = pixels.extracting((y - 1) * stride ..< (y - 1) * stride + pixelBytes)
            // Where the row first differs from the one above (an even pixel index), if at all.
            guard let first = firstDifference(line, above) else {
                // A row like the one above (inside a bar, a margin): all zeros after "Up".
                deflater.add(2, thenZeros: rowBytes)
                continue
            }
            // Most pixels equal the one above: zero the row, then write only the others.
            out.update(repeating: 0)
            out[0] = 2
            var x = first
            // Eight pixels (four pairs) a step while they last: one bounds check per 32-byte load.
            while x + 8 <= width {
                let block = line.unsafeLoadUnaligned(fromByteOffset: x * 4, as: Block.self)
                let blockAbove = above.unsafeLoadUnaligned(fromByteOffset: x * 4, as: Block.self)
                // Most blocks equal the one above: one test, then the pairs only when it fails.
                if (block.0 ^ blockAbove.0) | (block.1 ^ blockAbove.1) | (block.2 ^ blockAbove.2) | (block.3 ^ blockAbove.3) != 0 {
                    if block.0 != blockAbove.0 { store(block.0, minus: blockAbove.0, at: 1 + x * 3, in: &out) }
                    if block.1 != blockAbove.1 { store(block.1, minus: blockAbove.1, at: 7 + x * 3, in: &out) }
                    if block.2 != blockAbove.2 { store(block.2, minus: blockAbove.2, at: 13 + x * 3, in: &out) }
                    if block.3 != blockAbove.3 { store(block.3, minus: blockAbove.3, at: 19 + x * 3, in: &out) }
                }
                x += 8
            }
            while x + 2 <= width {
                let pair = line.unsafeLoadUnaligned(fromByteOffset: x * 4, as: UInt64.self)
                let pairAbove = above.unsafeLoadUnaligned(fromByteOffset: x * 4, as: UInt64.self)
                if pair != pairAbove { store(pair, minus: pairAbove, at: 1 + x * 3, in: &out) }
                x += 2
            }
            if x < width {
                store(line.unsafeLoadUnaligned(fromByteOffset: x * 4, as: UInt32.self), minus: above.unsafeLoadUnaligned(fromByteOffset: x * 4, as: UInt32.self), at: 1 + x * 3, in: &out)
            }
            deflater.add(out.span)
        }
        return deflater.finish()
    }

    /// The first even pixel index from which `line` and `above` (rows of equal length, whole
    /// ARGB32 words) may differ, or nil when they are byte for byte the same. Compares 64 bytes a
    /// step, then 32, then 4 (one bounds check per load of each row), in place of libc's `memcmp`.
    @inline(__always)
    private static func firstDifference(_ line: RawSpan, _ above: RawSpan) -> Int? {
        let count = line.byteCount
        var n = 0
        // 64 bytes (two blocks) a load while they last: one bounds check per 64 bytes of a row.
        while n + 64 <= count {
            let a = line.unsafeLoadUnaligned(fromByteOffset: n, as: (Block, Block).self)
            let b = above.unsafeLoadUnaligned(fromByteOffset: n, as: (Block, Block).self)
            if (a.0.0 ^ b.0.0) | (a.0.1 ^ b.0.1) | (a.0.2 ^ b.0.2) | (a.0.3 ^ b.0.3) != 0 { return n / 4 }
            if (a.1.0 ^ b.1.0) | (a.1.1 ^ b.1.1) | (a.1.2 ^ b.1.2) | (a.1.3 ^ b.1.3) != 0 { return n / 4 + 8 }
            n += 64
        }
        while n + 32 <= count {
            let a = line.unsafeLoadUnaligned(fromByteOffset: n, as: Block.self)
            let b = above.unsafeLoadUnaligned(fromByteOffset: n, as: Block.self)
            if (a.0 ^ b.0) | (a.1 ^ b.1) | (a.2 ^ b.2) | (a.3 ^ b.3) != 0 { return n / 4 }
            n += 32
        }
        while n + 4 <= count {
            if line.unsafeLoadUnaligned(fromByteOffset: n, as: UInt32.self) != above.unsafeLoadUnaligned(fromByteOffset: n, as: UInt32.self) {
                return n / 4 & ~1
            }
            n += 4
        }
        return nil
    }

    /// Writes the R, G, B differences of two pairs of ARGB32 pixels (`pair` holds the pixel at
    /// `offset` in its low half and the next one in its high half) at `offset` in `row`.
    @inline(__always)
    private static func store(_ pair: UInt64, minus above: UInt64, at offset: Int, in row: inout MutableSpan<UInt8>) {
        store(UInt32(truncatingIfNeeded: pair), minus: UInt32(truncatingIfNeeded: above), at: offset, in: &row)
        store(UInt32(truncatingIfNeeded: pair >> 32), minus: UInt32(truncatingIfNeeded: above >> 32), at: offset + 3, in: &row)
    }

    /// Writes the R, G, B bytes of an ARGB32 pixel at `offset` in `row`.
    @inline(__always)
    private static func store(_ pixel: UInt32, at offset: Int, in row: inout MutableSpan<UInt8>) {
        row[offset] = UInt8(truncatingIfNeeded: pixel >> 16)
        row[offset + 1] = UInt8(truncatingIfNeeded: pixel >> 8)
        row[offset + 2] = UInt8(truncatingIfNeeded: pixel)
    }

    /// Writes the R, G, B differences of two ARGB32 pixels (the Up filter) at `offset` in `row`.
    @inline(__always)
    private static func store(_ pixel: UInt32, minus above: UInt32, at offset: Int, in row: inout MutableSpan<UInt8>) {
        row[offset] = UInt8(truncatingIfNeeded: pixel >> 16) &- UInt8(truncatingIfNeeded: above >> 16)
        row[offset + 1] = UInt8(truncatingIfNeeded: pixel >> 8) &- UInt8(truncatingIfNeeded: above >> 8)
        row[offset + 2] = UInt8(truncatingIfNeeded: pixel) &- UInt8(truncatingIfNeeded: above)
    }

    /// Appends one PNG chunk: length, type, body and the CRC-32 of type and body.
    private static func appendChunk(_ type: String, _ body: [UInt8], to png: inout [UInt8]) {
        png.appendBigEndian(UInt32(body.count))
        let typeBytes = Array(type.utf8)
        let crc = ZlibChecksum.crc32(body.span, continuing: ZlibChecksum.crc32(typeBytes.span))
        png += typeBytes
        png += body
        png.appendBigEndian(crc)
    }
}

extension [UInt8] {
    /// Appends `value` as four bytes, most significant first (PNG's byte order).
    mutating func appendBigEndian(_ value: UInt32) {
        append(UInt8(value >> 24))
        append(UInt8((value >> 16) & 0xFF))
        append(UInt8((value >> 8) & 0xFF))
        append(UInt8(value & 0xFF))
    }
}
