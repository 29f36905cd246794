/// Something that draws the three primitives a chart is made of.
///
/// Like matplotlib's `RendererBase`, the protocol is small on purpose: TongjiCairo implements it
/// over Cairo and Pango, `RecordingRenderer` implements it as a text transcript for snapshot tests.
/// `ChartDrawing.replay(on:)` drives it.
public protocol ChartRenderer {
    /// Called once before any command, with the canvas size in pixels.
    mutating func begin(size: Size) throws
    /// Fills a rectangle.
    mutating func fill(_ rect: RectCommand) throws
    /// Strokes a line.
    mutating func stroke(_ line: LineCommand) throws
    /// Draws one line of text.
    mutating func draw(_ text: TextCommand) throws
    /// Called once after the last command.
    mutating func end() throws
}

extension ChartRenderer {
    /// Does nothing by default.
    public mutating func begin(size: Size) throws {}
    /// Does nothing by default.
    public mutating func end() throws {}
}

/// A renderer that writes each command as one line of text: the transcript that snapshot tests
/// compare (stable across fonts and Cairo versions, unlike PNG bytes).
///
/// ```swift
/// var recorder = RecordingRenderer()
/// try drawing.replay(on: &recorder)
/// print(recorder.transcript.prefix(40))
/// // Prints "canvas 800.0x500.0\nrect 0.0,0.0 800.0x500.0 #FFFFFF background"
/// ```
public struct RecordingRenderer: ChartRenderer, Sendable {
    /// One line per command, in order.
    public private(set) var lines: [String] = []

    /// Creates an empty recorder.
    public init() {}

    /// The lines joined with "\n", ending with a newline.
    public var transcript: String { lines.map { $0 + "\n" }.joined() }

    /// See `ChartRenderer.begin(size:)`.
    public mutating func begin(size: Size) throws {
        lines.append("canvas \(Self.number(size.width))x\(Self.number(size.height))")
    }

    /// See `ChartRenderer.fill(_:)`.
    public mutating func fill(_ rect: RectCommand) throws {
        let r = rect.rect
        lines.append(
            "rect \(Self.number(r.x)),\(Self.number(r.y)) \(Self.number(r.width))x\(Self.number(r.height)) \(rect.fill) \(rect.role)"
        )
    }

    /// See `ChartRenderer.stroke(_:)`.
    public mutating func stroke(_ line: LineCommand) throws {
        lines.append(
            "line \(Self.number(line.from.x)),\(Self.number(line.from.y)) \(Self.number(line.to.x)),\(Self.number(line.to.y)) \(line.color) w\(Self.number(line.width)) \(line.role)"
        )
    }

    /// See `ChartRenderer.draw(_:)`.
    public mutating func draw(_ text: TextCommand) throws {
        let rotation = text.rotation == 0 ? "" : " rot\(Self.number(text.rotation))"
        lines.append(
            "text \(Self.number(text.position.x)),\(Self.number(text.position.y)) \(text.horizontal.rawValue)/\(text.vertical.rawValue) \(Self.number(text.style.size))\(text.style.weight == .bold ? "b" : "") \(text.color)\(rotation) \(text.role) \"\(text.text)\""
        )
    }

    /// A number with one decimal, without Foundation: 12.345 → "12.3", -0.04 → "0.0".
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "\(value)" }
        let tenths = Int((value * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        let magnitude = abs(tenths)
        return "\(sign)\(magnitude / 10).\(magnitude % 10)"
    }
}
