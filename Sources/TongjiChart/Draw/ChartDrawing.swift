/// A laid-out chart: the canvas size and the draw commands, plus the text a screen reader needs.
///
/// Produced by `ChartLayout`; consumed by a `ChartRenderer`. Pure data: compare, snapshot or
/// inspect it in tests without any graphics library.
public struct ChartDrawing: Sendable, Hashable {
    /// Canvas size in pixels (may be taller than asked when many horizontal bars need room).
    public var size: Size
    /// Everything to draw, in painting order (background first).
    public var commands: [DrawCommand]
    /// The chart's title, for SVG `<title>` and alt text ("" when the spec has none).
    public var title: String
    /// A one-line description of the data, for SVG `<desc>` and alt text.
    public var summary: String
    /// Whether the bars ended up vertical or horizontal.
    public var orientation: ChartOrientation

    /// Creates a drawing.
    public init(size: Size, commands: [DrawCommand], title: String, summary: String, orientation: ChartOrientation) {
        self.size = size
        self.commands = commands
        self.title = title
        self.summary = summary
        self.orientation = orientation
    }

    /// The text commands, in painting order.
    public var texts: [TextCommand] {
        commands.compactMap { if case .text(let t) = $0 { t } else { nil } }
    }

    /// The rectangle commands, in painting order.
    public var rects: [RectCommand] {
        commands.compactMap { if case .rect(let r) = $0 { r } else { nil } }
    }

    /// The line commands, in painting order.
    public var lines: [LineCommand] {
        commands.compactMap { if case .line(let l) = $0 { l } else { nil } }
    }

    /// Sends every command to `renderer`, in order.
    public func replay<R: ChartRenderer>(on renderer: inout R) throws {
        try renderer.begin(size: size)
        for command in commands {
            switch command {
            case .rect(let r): try renderer.fill(r)
            case .line(let l): try renderer.stroke(l)
            case .text(let t): try renderer.draw(t)
            }
        }
        try renderer.end()
    }
}
