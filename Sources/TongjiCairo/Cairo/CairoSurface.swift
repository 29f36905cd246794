internal import CCairo

/// Owns one cairo surface (image, SVG or PDF) and destroys it when released.
///
/// Vector surfaces write through a stream callback into `output`, so SVG and PDF bytes stay
/// in memory until the caller writes them atomically (or inlines them in HTML).
final class CairoSurface {
    let pointer: OpaquePointer
    /// Bytes a vector surface has written so far (empty for image surfaces).
    private let sink: ByteSink

    /// Collects what cairo's stream writer emits.
    final class ByteSink {
        var bytes: [UInt8] = []
    }

    private init(pointer: OpaquePointer, sink: ByteSink) throws(RenderError) {
        self.pointer = pointer
        self.sink = sink
        try checkCairo(cairo_surface_status(pointer), "create a surface")
    }

    deinit {
        cairo_surface_destroy(pointer)
    }

    /// An opaque-background ARGB32 bitmap of `width` × `height` pixels.
    static func image(width: Int, height: Int) throws(RenderError) -> CairoSurface {
        try CairoSurface(pointer: cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(width), Int32(height)), sink: ByteSink())
    }

    /// An SVG document of `width` × `height` px (document unit px, not cairo's default pt).
    static func svg(width: Double, height: Double) throws(RenderError) -> CairoSurface {
        let sink = ByteSink()
        let surface = try CairoSurface(
            pointer: cairo_svg_surface_create_for_stream(writeToSink, Unmanaged.passUnretained(sink).toOpaque(), width, height),
            sink: sink)
        cairo_svg_surface_set_document_unit(surface.pointer, CAIRO_SVG_UNIT_PX)
        return surface
    }

    /// A one-page PDF of `width` × `height` points (one chart pixel is one point).
    static func pdf(width: Double, height: Double, title: String) throws(RenderError) -> CairoSurface {
        let sink = ByteSink()
        let surface = try CairoSurface(
            pointer: cairo_pdf_surface_create_for_stream(writeToSink, Unmanaged.passUnretained(sink).toOpaque(), width, height),
            sink: sink)
        if !title.isEmpty { cairo_pdf_surface_set_metadata(surface.pointer, CAIRO_PDF_METADATA_TITLE, title) }
        cairo_pdf_surface_set_metadata(surface.pointer, CAIRO_PDF_METADATA_CREATOR, "Tongji")
        // A fixed creation date: the same chart gives the same bytes on every run.
        cairo_pdf_surface_set_metadata(surface.pointer, CAIRO_PDF_METADATA_CREATE_DATE, "2000-01-01T00:00:00Z")
        return surface
    }

    /// Finishes a vector document and returns its bytes.
    func finishDocument() throws(RenderError) -> [UInt8] {
        cairo_surface_finish(pointer)
        try checkCairo(cairo_surface_status(pointer), "finish the document")
        return sink.bytes
    }

    /// The image as PNG through cairo's own writer (libpng, zlib's default level): the reference
    /// `PNGEncoder` is measured against.
    func cairoPNG() throws(RenderError) -> [UInt8] {
        let out = ByteSink()
        let status = cairo_surface_write_to_png_stream(pointer, writeToSink, Unmanaged.passUnretained(out).toOpaque())
        try checkCairo(status, "write the PNG")
        return out.bytes
    }

    /// Calls `body` with the pixels of an image surface: width, height, stride and the
    /// premultiplied native-endian ARGB32 words, row after row, as a `RawSpan` of
    /// `stride × height` bytes (the pointer cairo hands out stays in this file; the encoder reads
    /// the bytes through the bounds-checked span).
    func withPixels<T>(_ body: (_ width: Int, _ height: Int, _ stride: Int, _ pixels: RawSpan) throws(RenderError) -> T) throws(RenderError) -> T {
        cairo_surface_flush(pointer)
        let width = Int(cairo_image_surface_get_width(pointer))
        let height = Int(cairo_image_surface_get_height(pointer))
        let stride = Int(cairo_image_surface_get_stride(pointer))
        guard let data = cairo_image_surface_get_data(pointer) else {
            throw .cairo(operation: "read the image", status: "no pixel data")
        }
        let buffer = UnsafeRawBufferPointer(start: data, count: stride * height)
        let pixels = RawSpan(_unsafeBytes: buffer)
        return try body(width, height, stride, pixels)
    }
}

/// cairo's stream callback: appends to the `ByteSink` passed as the closure pointer.
private func writeToSink(_ closure: UnsafeMutableRawPointer?, _ data: UnsafePointer<UInt8>?, _ length: UInt32) -> cairo_status_t {
    guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
    let sink = Unmanaged<CairoSurface.ByteSink>.fromOpaque(closure).takeUnretainedValue()
    sink.bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
    return CAIRO_STATUS_SUCCESS
}
