import TongjiFormat

/// Turns a `ChartSpec` into a `ChartDrawing`: positions of every bar, line and label.
///
/// Text is measured through a `TextMeasurer`, so the same code lays out for Pango (real fonts)
/// and for tests (a deterministic measurer). The layout guarantees, and the tests check
/// geometrically, that no two labels overlap and every label stays inside the canvas:
/// category labels wrap (CJK-aware, `LabelWrapper`) and are cut with "…" when they would not
/// fit; a `.bar` chart turns horizontal when its labels are long or many; horizontal charts with
/// many categories grow taller rather than squeeze.
///
/// ```swift
/// let layout = ChartLayout(measurer: ApproximateTextMeasurer())
/// let drawing = try layout.layout(spec)
/// print(drawing.orientation)   // Prints "horizontal" for long project names
/// ```
public struct ChartLayout {
    /// How text is measured.
    public var measurer: any TextMeasurer
    /// Fonts, colours and spacing.
    public var theme: ChartTheme
    /// How numbers are written (4 significant digits by default).
    public var formatter: ChineseNumberFormatter

    /// Creates a layout measuring through `measurer`.
    public init(measurer: any TextMeasurer, theme: ChartTheme = ChartTheme(), formatter: ChineseNumberFormatter = ChineseNumberFormatter()) {
        self.measurer = measurer
        self.theme = theme
        self.formatter = formatter
    }

    /// Lays out `spec` (sorted and cut to `top` first).
    ///
    /// - Throws: `ChartError` when the spec has no data, ragged series, non-finite values, or a
    ///   canvas too small to hold a chart.
    public func layout(_ spec: ChartSpec) throws(ChartError) -> ChartDrawing {
        let spec = try spec.prepared()
        let stacked = spec.kind == .stacked
        let extent = BarGeometry.extent(for: spec, stacked: stacked)
        let axis = ValueAxisFormat(largestMagnitude: max(extent.min.magnitude, extent.max.magnitude), unit: spec.unit, formatter: formatter)
        let context = LayoutContext(layout: self, spec: spec, stacked: stacked, extent: extent, axis: axis)
        let orientation: ChartOrientation
        if let forced = spec.orientation {
            orientation = forced
        } else if spec.kind == .hbar {
            orientation = .horizontal
        } else {
            orientation = context.verticalFits() ? .vertical : .horizontal
        }
        var builder = DrawingBuilder(layout: self, width: spec.width, height: spec.height)
        switch orientation {
        case .vertical: try context.layoutVertical(into: &builder)
        case .horizontal: try context.layoutHorizontal(into: &builder)
        }
        return ChartDrawing(
            size: Size(width: builder.width, height: builder.height),
            commands: builder.finish(background: theme.background),
            title: spec.title,
            summary: ChartSummary.describe(spec, axis: axis, orientation: orientation),
            orientation: orientation
        )
    }
}

/// Collects draw commands and measures text for them.
struct DrawingBuilder {
    let layout: ChartLayout
    var width: Double
    var height: Double
    var commands: [DrawCommand] = []

    init(layout: ChartLayout, width: Double, height: Double) {
        self.layout = layout
        self.width = width
        self.height = height
    }

    func measure(_ text: String, _ style: TextStyle) -> Size {
        layout.measurer.measure(text, style: style)
    }

    func lineHeight(_ style: TextStyle) -> Double {
        measure("国", style).height
    }

    mutating func text(
        _ text: String, at position: Point, _ horizontal: TextCommand.HorizontalAnchor, _ vertical: TextCommand.VerticalAnchor,
        style: TextStyle, color: Color, role: DrawRole
    ) {
        guard !text.isEmpty else { return }
        commands.append(.text(TextCommand(
            text: text, position: position, horizontal: horizontal, vertical: vertical,
            style: style, color: color, size: measure(text, style), role: role)))
    }

    mutating func rect(_ rect: Rect, _ color: Color, role: DrawRole) {
        commands.append(.rect(RectCommand(rect: rect, fill: color, role: role)))
    }

    mutating func line(from: Point, to: Point, _ color: Color, width: Double, role: DrawRole) {
        commands.append(.line(LineCommand(from: from, to: to, color: color, width: width, role: role)))
    }

    /// The commands with the background first.
    func finish(background: Color) -> [DrawCommand] {
        [.rect(RectCommand(rect: Rect(x: 0, y: 0, width: width, height: height), fill: background, role: .background))] + commands
    }
}

/// What both orientations share: the prepared spec, its axis format, and the header and footer.
struct LayoutContext {
    let layout: ChartLayout
    let spec: ChartSpec
    let stacked: Bool
    let extent: (min: Double, max: Double)
    let axis: ValueAxisFormat

    var theme: ChartTheme { layout.theme }
    var showLegend: Bool { spec.series.count > 1 || spec.kind == .grouped || spec.kind == .stacked }

    func wrapper(_ style: TextStyle) -> LabelWrapper {
        LabelWrapper(measurer: layout.measurer, style: style)
    }

    func lineHeight(_ style: TextStyle) -> Double {
        layout.measurer.measure("国", style: style).height
    }

    func width(_ text: String, _ style: TextStyle) -> Double {
        layout.measurer.measure(text, style: style).width
    }

    /// The value labels' texts (empty when value labels are off).
    var valueMarks: [ValueMark] {
        spec.valueLabels ? BarGeometry.valueMarks(for: spec, stacked: stacked) : []
    }

    /// Ticks for an axis `length` pixels long whose labels need `labelSpan` pixels each along
    /// the axis: the extended-Wilkinson ticks with the most ticks whose labels do not collide.
    func ticks(length: Double, labelSpan: (NiceTicks) -> Double) -> NiceTicks {
        let low = axis.scaled(extent.min)
        let high = axis.scaled(extent.max)
        var target = max(2, min(10, Int(length / 60)))
        while true {
            let ticks = NiceTicks.extended(min: low, max: high, targetCount: target, loose: true)
            let count = ticks.values.count
            let spacing = count > 1 ? length / Double(count - 1) : length
            if target == 2 || spacing >= labelSpan(ticks) + 8 { return ticks }
            target -= 1
        }
    }

    func tickLabels(_ ticks: NiceTicks) -> [String] {
        ticks.values.map { axis.tickLabel(scaledValue: $0, fractionDigits: ticks.fractionDigits) }
    }

    // MARK: Header and footer

    /// The source note's text: "数据来源：…" unless the given text already says 来源.
    var sourceText: String {
        let source = spec.source.trimmingLeadingSpaces.trimmingTrailingSpaces
        if source.isEmpty || source.hasPrefix("数据来源") || source.hasPrefix("来源") || source.hasPrefix("资料来源") { return source }
        return "数据来源：" + source
    }

    /// Title, subtitle and legend from the top; returns the y below them.
    func drawHeader(into builder: inout DrawingBuilder) -> Double {
        let m = theme.margin
        let width = builder.width - 2 * m
        var y = m
        var drewSomething = false
        for (text, style, color, role) in [
            (spec.title, theme.titleStyle, theme.text, DrawRole.title),
            (spec.subtitle, theme.subtitleStyle, theme.secondaryText, DrawRole.subtitle),
        ] where !text.isEmpty {
            if drewSomething { y += 2 }
            for line in wrapper(style).wrap(text, width: width, maxLines: 2) {
                builder.text(line, at: Point(x: m, y: y), .start, .top, style: style, color: color, role: role)
                y += lineHeight(style)
            }
            drewSomething = true
        }
        if drewSomething { y += theme.gap + 2 }
        if showLegend {
            y = drawLegend(into: &builder, top: y) + theme.gap
        }
        return y
    }

    /// Legend items (swatch + series name) in rows; returns the y below them.
    func drawLegend(into builder: inout DrawingBuilder, top: Double) -> Double {
        let m = theme.margin
        let style = theme.labelStyle
        let rowHeight = lineHeight(style)
        let swatch = 12.0
        var x = m
        var y = top
        let maxText = builder.width - 2 * m - swatch - 4
        for (index, series) in spec.series.enumerated() {
            let name = wrapper(style).ellipsized(series.name.isEmpty ? "系列\(index + 1)" : series.name, width: maxText)
            let itemWidth = swatch + 4 + width(name, style)
            if x > m, x + itemWidth > builder.width - m {
                x = m
                y += rowHeight + 2
            }
            builder.rect(Rect(x: x, y: y + (rowHeight - swatch) / 2, width: swatch, height: swatch), theme.color(forSeries: index), role: .legendSwatch(series: index))
            builder.text(name, at: Point(x: x + swatch + 4, y: y), .start, .top, style: style, color: theme.text, role: .legendLabel(series: index))
            x += itemWidth + 16
        }
        return y + rowHeight
    }

    /// The height the source note takes at the bottom (0 without one).
    func footerHeight(width: Double) -> Double {
        let lines = wrapper(theme.sourceStyle).wrap(sourceText, width: width - 2 * theme.margin, maxLines: 2)
        return lines.isEmpty ? 0 : Double(lines.count) * lineHeight(theme.sourceStyle) + theme.gap
    }

    /// The source note at the bottom of the canvas.
    func drawFooter(into builder: inout DrawingBuilder) {
        let m = theme.margin
        let style = theme.sourceStyle
        let lines = wrapper(style).wrap(sourceText, width: builder.width - 2 * m, maxLines: 2)
        var y = builder.height - m - Double(lines.count) * lineHeight(style)
        for line in lines {
            builder.text(line, at: Point(x: m, y: y), .start, .top, style: style, color: theme.secondaryText, role: .source)
            y += lineHeight(style)
        }
    }
}
