internal import CCairo
#if canImport(Glibc)
import Glibc
#endif

/// Encodes a cairo ARGB32 image as an RGB PNG, deflated with zlib's run-length strategy.
///
/// Why not `cairo_surface_write_to_png`: it goes through libpng at zlib's default level and costs
/// several times more for an 800×500 chart at 2x (scripts/bench-charts measures both). A chart is
/// mostly flat colour: with the PNG "Up" filter, rows inside a bar or a margin become zeros, and
/// zlib's `Z_RLE` strategy (runs only, no hash chains) compresses them much faster than its
/// default at a similar size (libdeflate level 1 was tried: slower on these long zero runs).
/// The canvas background is opaque, so alpha is dropped and the premultiplied components are the
/// colours themselves.
enum PNGEncoder {
    /// PNG bytes for the image; `scale` sets the pHYs density (72 dpi × scale) so documents place
    /// the image at its intended size.
    static func encode(_ surface: CairoSurface, scale: Double) throws(RenderError) -> [UInt8] {
        try surface.withPixels { (width, height, stride, data) throws(RenderError) -> [UInt8] in
            let rowBytes = width * 3
            let rawCount = (rowBytes + 1) * height
            // Filtered scanlines: filter byte 2 ("Up"), then each byte minus the byte above it.
            let raw = [UInt8](unsafeUninitializedCapacity: rawCount) { out, initialized in
                let source = data.baseAddress!
                var o = 0
                for y in 0..<height {
                    out[o] = 2
                    o += 1
                    let row = source + y * stride
                    if y == 0 {
                        for x in 0..<width {
                            let p = row.loadUnaligned(fromByteOffset: x * 4, as: UInt32.self)
                            out[o] = UInt8(truncatingIfNeeded: p >> 16)
                            out[o + 1] = UInt8(truncatingIfNeeded: p >> 8)
                            out[o + 2] = UInt8(truncatingIfNeeded: p)
                            o += 3
                        }
                        continue
                    }
                    let above = row - stride
                    if memcmp(row, above, width * 4) == 0 {
                        // A row like the one above (inside a bar, a margin): all zeros after "Up".
                        memset(out.baseAddress! + o, 0, rowBytes)
                        o += rowBytes
                        continue
                    }
                    for x in 0..<width {
                        let p = row.loadUnaligned(fromByteOffset: x * 4, as: UInt32.self)
                        let q = above.loadUnaligned(fromByteOffset: x * 4, as: UInt32.self)
                        if p == q {
                            out[o] = 0
                            out[o + 1] = 0
                            out[o + 2] = 0
                        } else {
                            out[o] = UInt8(truncatingIfNeeded: p >> 16) &- UInt8(truncatingIfNeeded: q >> 16)
                            out[o + 1] = UInt8(truncatingIfNeeded: p >> 8) &- UInt8(truncatingIfNeeded: q >> 8)
                            out[o + 2] = UInt8(truncatingIfNeeded: p) &- UInt8(truncatingIfNeeded: q)
                        }
                        o += 3
                    }
                }
                initialized = rawCount
            }
            let idat = try deflate(raw)
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

    /// zlib-format data: header, raw deflate (level 1, run-length strategy), Adler-32.
    ///
    /// The checksum is computed here rather than by zlib: filtered chart rows are mostly zeros,
    /// and a zero byte leaves Adler-32's first sum unchanged and adds it to the second, so a run
    /// of k zeros costs one multiplication. zlib 1.2's byte-by-byte Adler-32 was ~15% of a chart.
    private static func deflate(_ input: [UInt8]) throws(RenderError) -> [UInt8] {
        var stream = z_stream()
        var status = deflateInit2_(&stream, 1, Z_DEFLATED, -MAX_WBITS, 8, Z_RLE, zlibVersion(), Int32(MemoryLayout<z_stream>.size))
        guard status == Z_OK else { throw .cairo(operation: "start compressing the PNG", status: "zlib status \(status)") }
        defer { deflateEnd(&stream) }
        let bound = Int(deflateBound(&stream, uLong(input.count))) + 6
        var produced = 0
        var output = [UInt8](unsafeUninitializedCapacity: bound) { out, initialized in
            out[0] = 0x78  // deflate, 32 KiB window
            out[1] = 0x01  // fastest compression, no preset dictionary (0x7801 is a multiple of 31)
            input.withUnsafeBufferPointer { source in
                stream.next_in = UnsafeMutablePointer(mutating: source.baseAddress)
                stream.avail_in = uInt(source.count)
                stream.next_out = out.baseAddress! + 2
                stream.avail_out = uInt(bound - 6)
                status = CCairo.deflate(&stream, Z_FINISH)
                produced = 2 + (bound - 6) - Int(stream.avail_out)
            }
            initialized = produced
        }
        guard status == Z_STREAM_END else { throw .cairo(operation: "compress the PNG", status: "zlib status \(status)") }
        output.appendBigEndian(adler32(input))
        return output
    }

    /// Adler-32 (RFC 1950) with a fast path for runs of zero bytes.
    static func adler32(_ bytes: [UInt8]) -> UInt32 {
        let modulus: UInt64 = 65521
        var a: UInt64 = 1
        var b: UInt64 = 0
        bytes.withUnsafeBufferPointer { buffer in
            let count = buffer.count
            let base = UnsafeRawPointer(buffer.baseAddress!)
            var i = 0
            var pending = 0  // bytes added since the last reduction (b may grow by 255·n² before overflow)
            while i < count {
                if i + 8 <= count, base.loadUnaligned(fromByteOffset: i, as: UInt64.self) == 0 {
                    var run = 8
                    while i + run + 8 <= count, base.loadUnaligned(fromByteOffset: i + run, as: UInt64.self) == 0 { run += 8 }
                    b = (b + UInt64(run) % modulus * a) % modulus
                    i += run
                    continue
                }
                a += UInt64(buffer[i])
                b += a
                i += 1
                pending += 1
                if pending >= 4096 {
                    a %= modulus
                    b %= modulus
                    pending = 0
                }
            }
        }
        return UInt32((b % modulus) << 16 | (a % modulus))
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
