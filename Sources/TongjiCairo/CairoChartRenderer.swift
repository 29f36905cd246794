import TongjiChart
import TongjiFiles

/// Draws charts with Cairo and Pango into PNG, SVG and PDF: the one entry point of TongjiCairo.
///
/// Creating it checks the CJK font once (a missing font is an error naming the package, never
/// a chart of boxes) and keeps a Pango measurer whose cache serves every chart it lays out.
/// Not `Sendable`: give each task its own renderer.
///
/// ```swift
/// let renderer = try CairoChartRenderer()
/// let spec = ChartSpec(kind: .hbar, categories: ["热电联产长输管道", "城区公路"],
///                      series: [ChartSeries(values: [3.25e8, 8e7])], title: "项目总投资", unit: "CNY")
/// try renderer.write(spec, to: "output/investments.png")   // or .svg, .pdf
/// let svg = try renderer.svg(renderer.layout(spec))        // bytes, e.g. to inline in HTML
/// ```
public final class CairoChartRenderer {
    /// Measures text for layout, exactly as it is drawn.
    public let measurer: PangoTextMeasurer
    /// The theme charts are laid out with.
    public var theme: ChartTheme
    /// How PNG files are encoded.
    public var pngWriter: PNGWriter = .fast

    /// How SVG documents are written.
    public var svgWriter: SVGWriter = .fast
    /// Glyph outlines for the SVG writer, made on first use and kept for every later chart.
    private var glyphOutlines: GlyphOutlines?

    /// SVG writers.
    public enum SVGWriter: String, Sendable, CaseIterable {
        /// Tongji's writer: SVG elements from the draw commands, glyph outlines cached (the default).
        case fast
        /// cairo's SVG surface (every glyph outline fetched and printed again in each document),
        /// kept as the reference the benchmark compares with.
        case cairo
    }

    /// PNG encoders.
    public enum PNGWriter: String, Sendable, CaseIterable {
        /// Tongji's encoder: the Up filter and its own run-length deflate (the default; several times faster).
        case fast
        /// cairo's `cairo_surface_write_to_png_stream` (libpng at zlib's default level), kept as
        /// the reference the benchmark compares with.
        case cairo
    }

    /// Checks the font and creates a renderer.
    ///
    /// - Throws: `RenderError.missingCJKFont` when Noto Sans CJK SC is not installed.
    public init(theme: ChartTheme = ChartTheme()) throws(RenderError) {
        try FontProbe.check()
        measurer = try PangoTextMeasurer()
        self.theme = theme
    }

    /// Lays out `spec` with real text metrics.
    public func layout(_ spec: ChartSpec) throws(RenderError) -> ChartDrawing {
        do {
            return try ChartLayout(measurer: measurer, theme: theme).layout(spec)
        } catch {
            throw .layout(error)
        }
    }

    /// The drawing as PNG bytes, `scale` device pixels per chart pixel (2: sharp on most screens).
    public func png(_ drawing: ChartDrawing, scale: Double = 2) throws(RenderError) -> [UInt8] {
        guard scale >= 0.25, scale <= 8 else { throw .invalidScale(scale) }
        let width = Int((drawing.size.width * scale).rounded(.up))
        let height = Int((drawing.size.height * scale).rounded(.up))
        let surface = try CairoSurface.image(width: width, height: height)
        let context = try CairoContext(surface: surface)
        context.scale(scale)
        try draw(drawing, on: context)
        switch pngWriter {
        case .fast: return try PNGEncoder.encode(surface, scale: scale)
        case .cairo: return try surface.cairoPNG()
        }
    }

    /// The drawing as a self-contained SVG document (glyphs as paths) with `<title>` and `<desc>`,
    /// and ids unique to the chart (safe to inline several charts in one HTML page).
    ///
    /// Written by `SVGChartWriter` from the draw commands, with each glyph's outline computed
    /// once per renderer (`svgWriter = .cairo` goes through cairo's SVG surface instead).
    public func svg(_ drawing: ChartDrawing) throws(RenderError) -> [UInt8] {
        switch svgWriter {
        case .fast:
            if glyphOutlines == nil { glyphOutlines = try GlyphOutlines() }
            guard let glyphOutlines else { return [] }
            var writer = SVGChartWriter(glyphs: glyphOutlines)
            do {
                try drawing.replay(on: &writer)
            } catch {
                throw .cairo(operation: "write the SVG", status: "\(error)")
            }
            return writer.document(size: drawing.size, title: drawing.title, summary: drawing.summary)
        case .cairo:
            let surface = try CairoSurface.svg(width: drawing.size.width, height: drawing.size.height)
            do {
                let context = try CairoContext(surface: surface)
                try draw(drawing, on: context)
            }
            let bytes = try surface.finishDocument()
            return SVGAccessibility.insert(title: drawing.title, description: drawing.summary, into: SVGIdentifiers.normalize(bytes))
        }
    }

    /// The drawing as a one-page PDF (one chart pixel is one point), titled with the chart title.
    public func pdf(_ drawing: ChartDrawing) throws(RenderError) -> [UInt8] {
        let surface = try CairoSurface.pdf(width: drawing.size.width, height: drawing.size.height, title: drawing.title)
        do {
            let context = try CairoContext(surface: surface)
            try draw(drawing, on: context)
        }
        return try surface.finishDocument()
    }

    /// The drawing's bytes in `format`.
    public func data(_ drawing: ChartDrawing, format: ChartFormat, scale: Double = 2) throws(RenderError) -> [UInt8] {
        switch format {
        case .png: try png(drawing, scale: scale)
        case .svg: try svg(drawing)
        case .pdf: try pdf(drawing)
        }
    }

    /// Writes the drawing to `path` in the format its extension names (.png, .svg, .pdf),
    /// through a temporary file renamed into place: no half-written chart is ever visible.
    public func write(_ drawing: ChartDrawing, to path: String, scale: Double = 2) throws(RenderError) {
        let format = try ChartFormat.forPath(path)
        try Self.writeFile(data(drawing, format: format, scale: scale), to: path)
    }

    /// Lays out `spec` and writes it to `path` (format from the extension).
    public func write(_ spec: ChartSpec, to path: String, scale: Double = 2) throws(RenderError) {
        let format = try ChartFormat.forPath(path)
        let drawing = try layout(spec)
        try Self.writeFile(data(drawing, format: format, scale: scale), to: path)
    }

    /// `AtomicFile.write`, its error as a `RenderError`.
    private static func writeFile(_ bytes: [UInt8], to path: String) throws(RenderError) {
        do {
            try AtomicFile.write(bytes, to: path)
        } catch {
            throw .writeFailed(path: error.path, reason: error.reason)
        }
    }

    private func draw(_ drawing: ChartDrawing, on context: CairoContext) throws(RenderError) {
        var drawer = try CairoDrawer(context: context)
        do {
            try drawing.replay(on: &drawer)
        } catch let error as RenderError {
            throw error
        } catch {
            throw .cairo(operation: "draw the chart", status: "\(error)")
        }
    }
}
