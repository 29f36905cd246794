import TongjiChart

/// Measures text with Pango in Noto Sans CJK SC, exactly as `CairoChartRenderer` will draw it
/// (hint metrics off, so the sizes hold for PNG at any scale, SVG and PDF alike).
///
/// Keeps a cache of sizes: charts repeat the same labels, digits and category names, and a
/// Pango layout pass costs microseconds. Not `Sendable` (it owns a Pango layout); use one per
/// task.
public final class PangoTextMeasurer: TextMeasurer {
    private let surface: CairoSurface
    private let context: CairoContext
    private let pango: PangoText
    private var cache: [CacheKey: Size] = [:]
    private static let cacheLimit = 50_000

    private struct CacheKey: Hashable {
        var text: String
        var style: TextStyle
    }

    /// Creates a measurer.
    public init() throws(RenderError) {
        surface = try CairoSurface.image(width: 1, height: 1)
        context = try CairoContext(surface: surface)
        pango = try PangoText(context: context)
    }

    /// See `TextMeasurer.measure(_:style:)`.
    public func measure(_ text: String, style: TextStyle) -> Size {
        let key = CacheKey(text: text, style: style)
        if let size = cache[key] { return size }
        let size = pango.set(text, style: style)
        if cache.count >= Self.cacheLimit { cache.removeAll(keepingCapacity: true) }
        cache[key] = size
        return size
    }
}
