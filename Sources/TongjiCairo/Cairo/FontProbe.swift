internal import CCairo

/// Checks, before any chart is drawn, that the CJK font is there: Pango sets a probe of the
/// characters charts always use, and any character without a glyph means boxes would be drawn.
public enum FontProbe {
    /// The characters every Chinese chart needs: scale and unit words, and digits.
    public static let probeText = "亿元万平方米0123456789"

    /// How many characters of `text` Pango would draw as boxes ("tofu") in Noto Sans CJK SC.
    public static func unknownGlyphs(in text: String) throws(RenderError) -> Int {
        let surface = try CairoSurface.image(width: 1, height: 1)
        let context = try CairoContext(surface: surface)
        let pango = try PangoText(context: context)
        pango.set(text, style: .init(size: 12))
        return pango.unknownGlyphs
    }

    /// Throws `RenderError.missingCJKFont` when the probe has unknown glyphs.
    public static func check() throws(RenderError) {
        let unknown = try unknownGlyphs(in: probeText)
        if unknown > 0 { throw .missingCJKFont(unknownGlyphs: unknown) }
    }
}
