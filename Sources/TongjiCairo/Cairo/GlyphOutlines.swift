internal import CCairo
internal import CPango
import TongjiChart

/// Shapes text with Pango and hands out each glyph's outline as SVG path data, computed once
/// per distinct glyph and kept for every later chart the renderer writes.
///
/// This is what cairo's SVG surface did inside every document (ask FreeType for the outline,
/// print it with `printf`, map the glyph back to a code point through the whole charmap); doing
/// it once per glyph per renderer is what makes `CairoChartRenderer.svg` several times faster.
/// Not `Sendable` (it owns a Pango layout and a cairo context); one per renderer.
final class GlyphOutlines {
    /// One glyph of one font. `font` is the address of a Pango font this object holds a
    /// reference to, so the address cannot be reused for another font while it is a key.
    struct Key: Hashable {
        var font: UInt
        var glyph: UInt32
    }

    /// A glyph placed in the text's layout coordinates (origin: the top-left of its logical
    /// box; y grows down, at the glyph's baseline).
    struct Placed {
        var key: Key
        var x: Double
        var y: Double
    }

    private let surface: CairoSurface
    private let context: CairoContext
    private let pango: PangoText
    private var outlines: [Key: [UInt8]] = [:]
    private var fonts: [UInt: UnsafeMutableRawPointer] = [:]
    /// Advance widths of unknown glyphs (drawn as boxes), by key.
    private var boxWidths: [Key: Double] = [:]

    init() throws(RenderError) {
        surface = try CairoSurface.image(width: 1, height: 1)
        context = try CairoContext(surface: surface)
        pango = try PangoText(context: context)
    }

    deinit {
        for font in fonts.values { g_object_unref(font) }
    }

    /// The glyphs Pango draws for `text` in `style`, in drawing order, appended to `placed`.
    func shape(_ text: String, style: TextStyle, into placed: inout [Placed]) {
        pango.setText(text, style: style)
        guard let iter = pango_layout_get_iter(pango.layout) else { return }
        defer { pango_layout_iter_free(iter) }
        let scale = 1 / Double(PANGO_SCALE)
        repeat {
            guard let run = pango_layout_iter_get_run_readonly(iter) else { continue }  // end of a line
            var logical = PangoRectangle(x: 0, y: 0, width: 0, height: 0)
            pango_layout_iter_get_run_extents(iter, nil, &logical)
            let baseline = Int(pango_layout_iter_get_baseline(iter))
            let item = UnsafePointer<TongjiPangoGlyphItem>(run).pointee
            guard let glyphs = item.glyphs?.pointee, let info = glyphs.glyphs, let font = item.item?.pointee.analysis.font else { continue }
            let fontKey = pin(font)
            var x = Int(logical.x)
            for index in 0..<Int(glyphs.num_glyphs) {
                let glyph = info[index]
                defer { x += Int(glyph.geometry.width) }
                if glyph.glyph == TONGJI_PANGO_GLYPH_EMPTY { continue }
                let key = Key(font: fontKey, glyph: glyph.glyph)
                if glyph.glyph & TONGJI_PANGO_GLYPH_UNKNOWN_FLAG != 0, boxWidths[key] == nil {
                    boxWidths[key] = Double(glyph.geometry.width) * scale
                }
                placed.append(Placed(
                    key: key,
                    x: Double(x + Int(glyph.geometry.x_offset)) * scale,
                    y: Double(baseline - Int(item.y_offset) + Int(glyph.geometry.y_offset)) * scale))
            }
        } while pango_layout_iter_next_run(iter) != 0
    }

    /// The glyph's outline as SVG path data (origin on the baseline at the glyph's left edge).
    func outline(_ key: Key) -> [UInt8] {
        if let cached = outlines[key] { return cached }
        let data: [UInt8]
        if key.glyph & TONGJI_PANGO_GLYPH_UNKNOWN_FLAG != 0 {
            data = Self.box(width: boxWidths[key] ?? 10)
        } else {
            data = path(key)
        }
        outlines[key] = data
        return data
    }

    /// Holds a reference to the font so its address stays a valid key; returns the address.
    private func pin(_ font: UnsafeMutableRawPointer) -> UInt {
        let address = UInt(bitPattern: font)
        if fonts[address] == nil {
            fonts[address] = g_object_ref(font)
        }
        return address
    }

    private func path(_ key: Key) -> [UInt8] {
        guard let font = fonts[key.font] else { return [] }
        let cr = context.pointer
        cairo_set_scaled_font(cr, pango_cairo_font_get_scaled_font(OpaquePointer(font)))
        cairo_new_path(cr)
        var glyph = cairo_glyph_t(index: UInt(key.glyph), x: 0, y: 0)
        cairo_glyph_path(cr, &glyph, 1)
        guard let path = cairo_copy_path(cr) else { return [] }
        defer {
            cairo_path_destroy(path)
            cairo_new_path(cr)
        }
        var out: [UInt8] = []
        guard path.pointee.status == CAIRO_STATUS_SUCCESS, let data = path.pointee.data else { return out }
        let count = Int(path.pointee.num_data)
        var i = 0
        while i < count {
            let header = data[i].header
            let command: UInt8
            let points: Int
            switch header.type {
            case CAIRO_PATH_MOVE_TO: (command, points) = (UInt8(ascii: "M"), 1)
            case CAIRO_PATH_LINE_TO: (command, points) = (UInt8(ascii: "L"), 1)
            case CAIRO_PATH_CURVE_TO: (command, points) = (UInt8(ascii: "C"), 3)
            default: (command, points) = (UInt8(ascii: "Z"), 0)
            }
            out.append(command)
            for p in 0..<points {
                let point = data[i + 1 + p].point
                if p > 0 { out.append(UInt8(ascii: " ")) }
                SVGNumber.append(point.x, to: &out)
                out.append(UInt8(ascii: " "))
                SVGNumber.append(point.y, to: &out)
            }
            i += max(Int(header.length), 1)
        }
        return out
    }

    /// A hollow box for a character the font has no glyph for (what Pango draws, simplified).
    private static func box(width: Double) -> [UInt8] {
        let left = width * 0.1, right = width * 0.9, top = -width * 0.85, bottom = width * 0.05
        let t = max(width * 0.06, 0.5)
        var out: [UInt8] = []
        // Outer square clockwise, inner counter-clockwise: the nonzero rule leaves a frame.
        for (x, y, command) in [
            (left, top, "M"), (right, top, "L"), (right, bottom, "L"), (left, bottom, "L"),
            (left + t, top + t, "ZM"), (left + t, bottom - t, "L"), (right - t, bottom - t, "L"), (right - t, top + t, "L"),
        ] {
            out += command.utf8
            SVGNumber.append(x, to: &out)
            out.append(UInt8(ascii: " "))
            SVGNumber.append(y, to: &out)
        }
        out.append(UInt8(ascii: "Z"))
        return out
    }
}
