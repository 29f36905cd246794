import TongjiChart

/// Writes a `ChartDrawing` as an SVG document directly from its draw commands: rectangles as
/// `<rect>`, lines as `<path>`, text as glyph outlines defined once in `<defs>` and placed with
/// `<use>` (self-contained: no fonts needed to view it), px units, `role="img"` with `<title>`
/// and `<desc>` first.
///
/// Why not cairo's SVG surface: for a chart of 20 labelled bars it spent most of its time
/// printing glyph outlines with `printf("%f")` and asking FreeType for them again in every
/// document. Here each outline comes preformatted from `GlyphOutlines`, and numbers are written
/// by `SVGNumber`. The document looks like cairo's (same glyphs at the same positions, the
/// same snapped lines).
///
/// Ids are `c<hash>-<n>`: n numbers the glyphs in order of first use, hash is a 32-bit FNV-1a
/// of the whole document, so the same chart gives the same bytes and two charts inlined in one
/// HTML page do not share ids.
struct SVGChartWriter: ChartRenderer {
    private let glyphs: GlyphOutlines
    private var body: [UInt8] = []
    private var defs: [UInt8] = []
    /// Where each id's 8 hex digits go, in `body` and in `defs`.
    private var bodyIDs: [Int] = []
    private var defsIDs: [Int] = []
    private var numbers: [GlyphOutlines.Key: Int] = [:]
    private var placed: [GlyphOutlines.Placed] = []

    private static let idPlaceholder = Array(#"c00000000-"#.utf8)
    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// A writer that takes glyph outlines from `glyphs` (shared, so outlines are formatted once
    /// per process, not per document).
    init(glyphs: GlyphOutlines) {
        self.glyphs = glyphs
        body.reserveCapacity(32_768)
        defs.reserveCapacity(65_536)
    }

    /// Appends a filled rectangle as `<rect>` (negative sizes normalised).
    mutating func fill(_ command: RectCommand) throws {
        let r = command.rect
        let x = min(r.x, r.x + r.width), y = min(r.y, r.y + r.height)
        body += #"<rect x=""#.utf8
        SVGNumber.append(x, to: &body)
        body += #"" y=""#.utf8
        SVGNumber.append(y, to: &body)
        body += #"" width=""#.utf8
        SVGNumber.append(abs(r.width), to: &body)
        body += #"" height=""#.utf8
        SVGNumber.append(abs(r.height), to: &body)
        body += #"" fill=""#.utf8
        appendColor(command.fill, opacity: "fill-opacity")
        body += "/>\n".utf8
    }

    /// Appends a line as a two-point `<path>`, snapped like cairo's lines (`LineSnap`).
    mutating func stroke(_ line: LineCommand) throws {
        let (start, end) = LineSnap.ends(from: line.from, to: line.to, width: line.width)
        body += #"<path d="M"#.utf8
        SVGNumber.append(start.x, to: &body)
        body.append(UInt8(ascii: " "))
        SVGNumber.append(start.y, to: &body)
        body.append(UInt8(ascii: "L"))
        SVGNumber.append(end.x, to: &body)
        body.append(UInt8(ascii: " "))
        SVGNumber.append(end.y, to: &body)
        body += #"" fill="none" stroke-width=""#.utf8
        SVGNumber.append(line.width, to: &body)
        body += #"" stroke=""#.utf8
        appendColor(line.color, opacity: "stroke-opacity")
        body += "/>\n".utf8
    }

    /// Appends text as a `<g>` of `<use>` references to glyph outlines, rotated when asked.
    mutating func draw(_ text: TextCommand) throws {
        placed.removeAll(keepingCapacity: true)
        glyphs.shape(text.text, style: text.style, into: &placed)
        guard !placed.isEmpty else { return }
        let offset = text.anchorOffset
        let origin: Point
        body += #"<g fill=""#.utf8
        appendColor(text.color, opacity: "fill-opacity")
        if text.rotation == 0 {
            origin = Point(x: text.position.x + offset.x, y: text.position.y + offset.y)
        } else {
            origin = offset
            body += #" transform="translate("#.utf8
            SVGNumber.append(text.position.x, to: &body)
            body.append(UInt8(ascii: " "))
            SVGNumber.append(text.position.y, to: &body)
            body += ") rotate(".utf8
            SVGNumber.append(text.rotation, to: &body)
            body += #")""#.utf8
        }
        body += ">\n".utf8
        for glyph in placed {
            body += ##"<use xlink:href="#"##.utf8
            appendID(number(for: glyph.key), to: &body, offsets: &bodyIDs)
            body += #"" x=""#.utf8
            SVGNumber.append(origin.x + glyph.x, to: &body)
            body += #"" y=""#.utf8
            SVGNumber.append(origin.y + glyph.y, to: &body)
            body += "\"/>\n".utf8
        }
        body += "</g>\n".utf8
    }

    /// The finished document for a canvas of `size`, titled `title` and described by `summary`.
    mutating func document(size: Size, title: String, summary: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(body.count + defs.count + 1024)
        out += #"<?xml version="1.0" encoding="UTF-8"?>"#.utf8
        out += "\n".utf8
        out += #"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width=""#.utf8
        SVGNumber.append(size.width, to: &out)
        out += #"px" height=""#.utf8
        SVGNumber.append(size.height, to: &out)
        out += #"px" viewBox="0 0 "#.utf8
        SVGNumber.append(size.width, to: &out)
        out.append(UInt8(ascii: " "))
        SVGNumber.append(size.height, to: &out)
        out += #"" version="1.1" role="img">"#.utf8
        out += "\n<title>\(SVGAccessibility.escape(title))</title>\n<desc>\(SVGAccessibility.escape(summary))</desc>\n".utf8
        let defsStart = out.count + 7
        out += "<defs>\n".utf8
        out += defs
        out += "</defs>\n".utf8
        let bodyStart = out.count
        out += body
        out += "</svg>\n".utf8

        var hash: UInt32 = 0x811C_9DC5
        for byte in out { hash = (hash ^ UInt32(byte)) &* 0x0100_0193 }
        let hex = Self.hexDigits
        let digits = (0..<8).map { hex[Int((hash >> (28 - 4 * UInt32($0))) & 0xF)] }
        var bytes = out.mutableSpan
        for offset in defsIDs.lazy.map({ $0 + defsStart }) + bodyIDs.map({ $0 + bodyStart }) {
            for k in 0..<8 { bytes[offset + k] = digits[k] }
        }
        return out
    }

    /// The glyph's number in this document, defining its outline in `<defs>` on first use.
    private mutating func number(for key: GlyphOutlines.Key) -> Int {
        if let n = numbers[key] { return n }
        let n = numbers.count
        numbers[key] = n
        defs += #"<path id=""#.utf8
        appendID(n, to: &defs, offsets: &defsIDs)
        defs += #"" d=""#.utf8
        defs += glyphs.outline(key)
        defs += "\"/>\n".utf8
        return n
    }

    /// Appends `c00000000-n`, remembering where the eight hex digits are to be filled in.
    private func appendID(_ n: Int, to out: inout [UInt8], offsets: inout [Int]) {
        offsets.append(out.count + 1)
        out += Self.idPlaceholder
        SVGNumber.appendInteger(Int64(n), to: &out)
    }

    /// Appends a colour component (0–1) as an integer 0–255.
    private mutating func appendByte(_ component: Double) {
        SVGNumber.appendInteger(Int64((min(max(component, 0), 1) * 255).rounded()), to: &body)
    }

    /// `rgb(r,g,b)"` (closing the attribute value opened by the caller), then ` <opacity>="a"` when
    /// the colour is not opaque.
    private mutating func appendColor(_ color: Color, opacity: String) {
        body += "rgb(".utf8
        appendByte(color.red)
        body.append(UInt8(ascii: ","))
        appendByte(color.green)
        body.append(UInt8(ascii: ","))
        appendByte(color.blue)
        body += ")\"".utf8
        if color.alpha < 1 {
            body += " \(opacity)=\"".utf8
            SVGNumber.append(max(color.alpha, 0), to: &body)
            body.append(UInt8(ascii: "\""))
        }
    }
}
