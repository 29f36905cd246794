/// One thing to draw. A chart's layout is a list of these, in painting order; a renderer draws
/// them (TongjiCairo) or records them (`RecordingRenderer`, for tests).
public enum DrawCommand: Sendable, Hashable {
    /// A filled rectangle (bars, legend swatches, the background).
    case rect(RectCommand)
    /// A straight line (grid lines, the zero line, tick marks).
    case line(LineCommand)
    /// One line of text.
    case text(TextCommand)

    /// What the command shows, for tests and accessibility.
    public var role: DrawRole {
        switch self {
        case .rect(let r): r.role
        case .line(let l): l.role
        case .text(let t): t.role
        }
    }
}

/// What a draw command stands for in the chart.
public enum DrawRole: Sendable, Hashable {
    /// The canvas background.
    case background
    /// The chart title.
    case title
    /// The subtitle.
    case subtitle
    /// The 数据来源 line.
    case source
    /// A legend colour swatch for a series.
    case legendSwatch(series: Int)
    /// A legend series name.
    case legendLabel(series: Int)
    /// The value axis title with its unit ("投资额（亿元）").
    case valueAxisTitle
    /// The category axis title.
    case categoryAxisTitle
    /// A number on the value axis.
    case tickLabel
    /// A grid line at a tick.
    case grid
    /// The line at zero (or the axis baseline).
    case zeroLine
    /// A category label (or one line of a wrapped one).
    case categoryLabel(category: Int)
    /// A bar (or one segment of a stacked bar).
    case bar(series: Int, category: Int)
    /// The number on or beside a bar (or a stack's total).
    case valueLabel(series: Int, category: Int)

    /// True for roles drawn as text.
    public var isText: Bool {
        switch self {
        case .title, .subtitle, .source, .legendLabel, .valueAxisTitle, .categoryAxisTitle,
            .tickLabel, .categoryLabel, .valueLabel:
            true
        default:
            false
        }
    }
}

/// A filled rectangle.
public struct RectCommand: Sendable, Hashable {
    /// Where.
    public var rect: Rect
    /// Fill colour.
    public var fill: Color
    /// What it stands for.
    public var role: DrawRole

    /// Creates a rectangle command.
    public init(rect: Rect, fill: Color, role: DrawRole) {
        self.rect = rect
        self.fill = fill
        self.role = role
    }
}

/// A straight line.
public struct LineCommand: Sendable, Hashable {
    /// Start point.
    public var from: Point
    /// End point.
    public var to: Point
    /// Stroke colour.
    public var color: Color
    /// Stroke width in pixels.
    public var width: Double
    /// What it stands for.
    public var role: DrawRole

    /// Creates a line command.
    public init(from: Point, to: Point, color: Color, width: Double, role: DrawRole) {
        self.from = from
        self.to = to
        self.color = color
        self.width = width
        self.role = role
    }
}

/// One line of text, placed by an anchor point.
///
/// `position` is where the anchor sits; `horizontal` and `vertical` say which point of the
/// text's logical box that is (e.g. `.middle`/`.top` for a label centred under a bar).
/// `rotation` turns the text (degrees, clockwise) around the anchor.
public struct TextCommand: Sendable, Hashable {
    /// Which point of the box the anchor is, horizontally.
    public enum HorizontalAnchor: String, Sendable, Hashable {
        /// The left edge.
        case start
        /// The centre.
        case middle
        /// The right edge.
        case end
    }

    /// Which point of the box the anchor is, vertically.
    public enum VerticalAnchor: String, Sendable, Hashable {
        /// The top of the line box.
        case top
        /// The middle of the line box.
        case middle
        /// The bottom of the line box.
        case bottom
    }

    /// The text (one line).
    public var text: String
    /// Where the anchor sits.
    public var position: Point
    /// Horizontal anchor.
    public var horizontal: HorizontalAnchor
    /// Vertical anchor.
    public var vertical: VerticalAnchor
    /// Font size and weight.
    public var style: TextStyle
    /// Text colour.
    public var color: Color
    /// Rotation in degrees, clockwise, around the anchor (0: horizontal text).
    public var rotation: Double
    /// The size the layout measured for the text.
    public var size: Size
    /// What it stands for.
    public var role: DrawRole

    /// Creates a text command.
    public init(
        text: String, position: Point, horizontal: HorizontalAnchor = .start, vertical: VerticalAnchor = .top,
        style: TextStyle, color: Color, rotation: Double = 0, size: Size, role: DrawRole
    ) {
        self.text = text
        self.position = position
        self.horizontal = horizontal
        self.vertical = vertical
        self.style = style
        self.color = color
        self.rotation = rotation
        self.size = size
        self.role = role
    }

    /// The offset from the anchor to the box's top-left corner, before rotation.
    public var anchorOffset: Point {
        let dx: Double
        switch horizontal {
        case .start: dx = 0
        case .middle: dx = -size.width / 2
        case .end: dx = -size.width
        }
        let dy: Double
        switch vertical {
        case .top: dy = 0
        case .middle: dy = -size.height / 2
        case .bottom: dy = -size.height
        }
        return Point(x: dx, y: dy)
    }

    /// The text's logical box on the canvas (for a rotation of ±90° the box is turned accordingly).
    public var bounds: Rect {
        let o = anchorOffset
        let box = Rect(x: position.x + o.x, y: position.y + o.y, width: size.width, height: size.height)
        let quarterTurns = Int((rotation / 90).rounded()) & 3
        guard quarterTurns % 2 == 1 else { return box }
        // Rotate the box's corners by ±90° around the anchor.
        let sign: Double = quarterTurns == 1 ? 1 : -1
        let corners = [Point(x: o.x, y: o.y), Point(x: o.x + size.width, y: o.y + size.height)].map {
            Point(x: position.x - sign * $0.y, y: position.y + sign * $0.x)
        }
        return Rect(corner: corners[0], corner: corners[1])
    }
}
