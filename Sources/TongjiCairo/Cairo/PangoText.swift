internal import CCairo
internal import CPango
import TongjiChart

/// Owns one Pango layout bound to a cairo context: sets Chinese text in Noto Sans CJK SC,
/// measures it and draws it.
///
/// The family is named explicitly and the language set to zh-cn: left to fontconfig, fallback
/// picks the Japanese face of the same collection (Japanese glyph shapes for 直, 骨, 关 …).
final class PangoText {
    static let family = "Noto Sans CJK SC"
    static let language = "zh-cn"

    let layout: OpaquePointer
    private let context: CairoContext
    private let options: CairoFontOptions
    private var fonts: [TextStyle: FontDescription] = [:]
    private var currentStyle: TextStyle?

    init(context: CairoContext) throws(RenderError) {
        self.context = context
        options = try CairoFontOptions()
        guard let layout = pango_cairo_create_layout(context.pointer) else {
            throw .cairo(operation: "create a text layout", status: "pango_cairo_create_layout returned nothing")
        }
        self.layout = layout
        let pangoContext = pango_layout_get_context(layout)
        pango_cairo_context_set_font_options(pangoContext, options.pointer)
        pango_context_set_language(pangoContext, pango_language_from_string(Self.language))
        pango_layout_context_changed(layout)
    }

    deinit {
        g_object_unref(UnsafeMutableRawPointer(layout))
    }

    /// Sets `text` in `style` and returns its logical size in user-space pixels.
    @discardableResult
    func set(_ text: String, style: TextStyle) -> Size {
        setText(text, style: style)
        var logical = PangoRectangle(x: 0, y: 0, width: 0, height: 0)
        pango_layout_get_extents(layout, nil, &logical)
        return Size(width: Double(logical.width) / Double(PANGO_SCALE), height: Double(logical.height) / Double(PANGO_SCALE))
    }

    /// Sets `text` in `style` without measuring it (drawing needs no extents).
    func setText(_ text: String, style: TextStyle) {
        if currentStyle != style {
            pango_layout_set_font_description(layout, font(for: style).pointer)
            currentStyle = style
        }
        text.withCString { pango_layout_set_text(layout, $0, -1) }
    }

    /// How many characters of the text last set Pango could not find a glyph for.
    var unknownGlyphs: Int {
        Int(pango_layout_get_unknown_glyphs_count(layout))
    }

    /// Draws the text last set with its logical box's top-left at (x, y).
    func show(atX x: Double, y: Double) {
        context.moveTo(x, y)
        pango_cairo_show_layout(context.pointer, layout)
    }

    /// Tells the layout the context's transformation changed (after a rotation).
    func contextTransformChanged() {
        pango_cairo_update_layout(context.pointer, layout)
    }

    private func font(for style: TextStyle) -> FontDescription {
        if let font = fonts[style] { return font }
        let font = FontDescription(family: Self.family, style: style)
        fonts[style] = font
        return font
    }
}

/// Owns a Pango font description.
final class FontDescription {
    let pointer: OpaquePointer

    init(family: String, style: TextStyle) {
        pointer = pango_font_description_new()
        pango_font_description_set_family(pointer, family)
        pango_font_description_set_absolute_size(pointer, style.size * Double(PANGO_SCALE))
        pango_font_description_set_weight(pointer, style.weight == .bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
    }

    deinit {
        pango_font_description_free(pointer)
    }
}
