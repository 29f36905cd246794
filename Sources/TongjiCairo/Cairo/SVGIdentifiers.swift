/// Renames the ids in cairo's SVG (`glyph0-1`, `surface5`, `clip2` …) to names that are the same
/// on every run and unique to the chart.
///
/// Cairo numbers ids with process-wide counters, so the same chart drawn twice in one process
/// gave different bytes, and two charts inlined in one HTML page shared ids like `glyph0-0` whose
/// `<use>` references then pointed at the wrong glyphs. Each id becomes `c<hash>-<n>`: n in order
/// of first appearance, hash a 32-bit FNV-1a of the document with every id replaced by its n.
/// (Byte loops over buffers: this runs on every SVG, ~100 KB each.)
public enum SVGIdentifiers {
    /// The document with every `id="…"` and every reference to it (`href="#…"`, `url(#…)`)
    /// renamed.
    public static func normalize(_ svg: [UInt8]) -> [UInt8] {
        svg.withUnsafeBufferPointer { buffer in
            var names: [ArraySlice<UInt8>: Int] = [:]
            var hash: UInt32 = 0x811C_9DC5
            var spans: [(start: Int, end: Int, number: Int)] = []
            var copied = 0
            scan(buffer) { start, end in
                for k in copied..<start { hash = (hash ^ UInt32(buffer[k])) &* 0x0100_0193 }
                let name = svg[start..<end]
                let number = names[name] ?? {
                    names[name] = names.count
                    return names.count - 1
                }()
                for byte in String(number).utf8 { hash = (hash ^ UInt32(byte)) &* 0x0100_0193 }
                spans.append((start, end, number))
                copied = end
            }
            guard !spans.isEmpty else { return svg }
            for k in copied..<buffer.count { hash = (hash ^ UInt32(buffer[k])) &* 0x0100_0193 }
            let hex = String(hash, radix: 16)
            let prefix = "c" + String(repeating: "0", count: 8 - hex.count) + hex + "-"
            var out: [UInt8] = []
            out.reserveCapacity(svg.count + spans.count * 12)
            var position = 0
            for span in spans {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[position..<span.start]))
                out.append(contentsOf: prefix.utf8)
                out.append(contentsOf: String(span.number).utf8)
                position = span.end
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[position...]))
            return out
        }
    }

    /// Calls `found` with the byte range of every id name: after ` id="` (an attribute, not text),
    /// `href="#` and `url(#`.
    private static func scan(_ b: UnsafeBufferPointer<UInt8>, _ found: (Int, Int) -> Void) {
        let quote = UInt8(ascii: "\""), hashSign = UInt8(ascii: "#"), close = UInt8(ascii: ")")
        let count = b.count
        var i = 0
        while i + 5 < count {
            let c = b[i]
            var start = -1
            var terminator = quote
            if c == UInt8(ascii: "i"), b[i + 1] == UInt8(ascii: "d"), b[i + 2] == UInt8(ascii: "="), b[i + 3] == quote,
                i > 0, b[i - 1] == UInt8(ascii: " ") || b[i - 1] == UInt8(ascii: "\n")
            {
                start = i + 4
            } else if c == UInt8(ascii: "h"), i + 6 < count, b[i + 1] == UInt8(ascii: "r"), b[i + 2] == UInt8(ascii: "e"),
                b[i + 3] == UInt8(ascii: "f"), b[i + 4] == UInt8(ascii: "="), b[i + 5] == quote, b[i + 6] == hashSign
            {
                start = i + 7
            } else if c == UInt8(ascii: "u"), b[i + 1] == UInt8(ascii: "r"), b[i + 2] == UInt8(ascii: "l"),
                b[i + 3] == UInt8(ascii: "("), b[i + 4] == hashSign
            {
                start = i + 5
                terminator = close
            }
            if start < 0 {
                i += 1
                continue
            }
            var end = start
            while end < count, b[end] != terminator { end += 1 }
            if end > start { found(start, end) }
            i = end
        }
    }
}
