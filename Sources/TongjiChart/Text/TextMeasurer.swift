/// Measures text the way the renderer will draw it, so layout can place labels without overlap.
///
/// Layout never guesses text sizes: it asks a measurer. TongjiCairo's `PangoTextMeasurer` asks
/// Pango (real glyph advances of Noto Sans CJK SC); tests use `ApproximateTextMeasurer`, which is
/// deterministic and needs no fonts.
public protocol TextMeasurer {
    /// The logical size of one line of `text` in `style`: advance width, and line height
    /// (ascent + descent + the font's line gap), in pixels.
    func measure(_ text: String, style: TextStyle) -> Size
}

/// A deterministic measurer for tests and for layout without fonts: wide (CJK, full-width)
/// characters are 1 em, others 0.6 em, a line is 1.45 em (Noto Sans CJK's line height).
public struct ApproximateTextMeasurer: TextMeasurer, Sendable {
    /// Creates the measurer.
    public init() {}

    /// See `TextMeasurer.measure(_:style:)`.
    public func measure(_ text: String, style: TextStyle) -> Size {
        var ems = 0.0
        for scalar in text.unicodeScalars {
            ems += CharacterClass.isWide(scalar) ? 1.0 : 0.6
        }
        let boldFactor = style.weight == .bold ? 1.04 : 1.0
        return Size(width: ems * style.size * boldFactor, height: style.size * 1.45)
    }
}
