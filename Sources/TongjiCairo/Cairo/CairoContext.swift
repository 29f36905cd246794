internal import CCairo
import TongjiChart

/// Owns one cairo drawing context and destroys it when released.
final class CairoContext {
    let pointer: OpaquePointer
    /// Keeps the surface alive as long as the context draws on it.
    let surface: CairoSurface

    init(surface: CairoSurface) throws(RenderError) {
        self.surface = surface
        pointer = cairo_create(surface.pointer)
        try checkCairo(cairo_status(pointer), "create a drawing context")
    }

    deinit {
        cairo_destroy(pointer)
    }

    /// The status after drawing, through the funnel.
    func check(_ operation: String) throws(RenderError) {
        try checkCairo(cairo_status(pointer), operation)
    }

    func scale(_ factor: Double) {
        cairo_scale(pointer, factor, factor)
    }

    func setColor(_ color: Color) {
        cairo_set_source_rgba(pointer, color.red, color.green, color.blue, color.alpha)
    }

    func fill(_ rect: Rect, _ color: Color) {
        setColor(color)
        cairo_rectangle(pointer, rect.x, rect.y, rect.width, rect.height)
        cairo_fill(pointer)
    }

    func stroke(from: Point, to: Point, _ color: Color, width: Double) {
        setColor(color)
        cairo_set_line_width(pointer, width)
        let (start, end) = LineSnap.ends(from: from, to: to, width: width)
        cairo_move_to(pointer, start.x, start.y)
        cairo_line_to(pointer, end.x, end.y)
        cairo_stroke(pointer)
    }

    func save() { cairo_save(pointer) }
    func restore() { cairo_restore(pointer) }
    func translate(_ x: Double, _ y: Double) { cairo_translate(pointer, x, y) }
    func rotate(degrees: Double) { cairo_rotate(pointer, degrees * Double.pi / 180) }
    func moveTo(_ x: Double, _ y: Double) { cairo_move_to(pointer, x, y) }
}

/// Owns a cairo font options object: hint metrics off, so text advances are the same on bitmap
/// and vector surfaces and PNG lays out exactly like SVG and PDF.
final class CairoFontOptions {
    let pointer: OpaquePointer

    init() throws(RenderError) {
        pointer = cairo_font_options_create()
        cairo_font_options_set_hint_metrics(pointer, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_hint_style(pointer, CAIRO_HINT_STYLE_NONE)
        try checkCairo(cairo_font_options_status(pointer), "create font options")
    }

    deinit {
        cairo_font_options_destroy(pointer)
    }
}
