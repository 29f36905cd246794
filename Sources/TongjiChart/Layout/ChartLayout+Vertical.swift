/// Vertical bars: categories along the bottom, values up the left.
extension LayoutContext {
    /// More categories than this read better as horizontal bars (unless forced vertical).
    static let maximumVerticalCategories = 15

    /// Where everything goes, before drawing.
    struct VerticalPlan {
        var plot: Rect
        var ticks: NiceTicks
        var tickLabels: [String]
        var slot: Double
        var categoryLines: [[String]]
        var categoryTop: Double
        var labelsTruncated: Bool
        var valuesFit: Bool
    }

    /// True when a vertical layout shows every category label whole (at most two lines) and
    /// every value label without collisions; otherwise `.bar` turns horizontal.
    func verticalFits() -> Bool {
        var scratch = DrawingBuilder(layout: layout, width: spec.width, height: spec.height)
        let top = drawHeader(into: &scratch)
        guard let plan = planVertical(headerBottom: top, height: spec.height) else { return false }
        return spec.categories.count <= Self.maximumVerticalCategories && !plan.labelsTruncated && (plan.valuesFit || valueMarks.isEmpty)
    }

    func planVertical(headerBottom: Double, height: Double) -> VerticalPlan? {
        let m = theme.margin
        let width = spec.width
        let labelStyle = theme.labelStyle
        let labelH = lineHeight(labelStyle)
        let valueH = lineHeight(theme.valueStyle)
        let marks = valueMarks
        let hasPositive = marks.contains { $0.value >= 0 }
        let hasNegative = marks.contains { $0.value < 0 }
        let axisTitle = axis.title(for: spec.valueTitle)
        var top = headerBottom
        if !axisTitle.isEmpty { top += labelH + 4 }
        let plotTop = top + max(labelH / 2, hasPositive ? valueH + 2 : 0)
        let footer = footerHeight(width: width)
        let categoryTitleH = spec.categoryTitle.isEmpty ? 0 : labelH + theme.gap
        let negativeBand = hasNegative ? valueH + 2 : 0

        var reservedLines = 2
        var plan: VerticalPlan?
        for _ in 0..<2 {
            let categoryBand = Double(reservedLines) * labelH + theme.gap
            let plotBottom = height - m - footer - categoryTitleH - categoryBand - negativeBand
            let plotHeight = plotBottom - plotTop
            guard plotHeight >= 40 else { return nil }
            let ticks = self.ticks(length: plotHeight) { _ in labelH }
            let labels = tickLabels(ticks)
            let tickW = labels.map { self.width($0, labelStyle) }.max() ?? 0
            let plotLeft = m + tickW + theme.gap
            let plotRight = width - m
            guard plotRight - plotLeft >= 40 else { return nil }
            let slot = (plotRight - plotLeft) / Double(spec.categories.count)
            let wrapWidth = slot - 8
            let wrap = wrapper(labelStyle)
            var truncated = false
            var lines: [[String]] = []
            for label in spec.categories {
                let wrapped = wrapWidth >= self.width("…", labelStyle) ? wrap.wrapBalanced(label, width: wrapWidth, maxLines: reservedLines) : []
                if Self.squeezed(label) != Self.squeezed(wrapped.joined()) { truncated = true }
                lines.append(wrapped)
            }
            if truncated && spec.orientation == .vertical {
                // Forced vertical and too crowded: labels that cannot show even "…" are left out.
                lines = lines.map { $0.allSatisfy { self.width($0, labelStyle) <= wrapWidth } ? $0 : [] }
            }
            var valuesFit = true
            for mark in marks {
                let room = (spec.series.count > 1 && !stacked) ? (mark.bandEnd - mark.bandStart) * slot - 2 : slot - 2
                if self.width(axis.valueLabel(mark.value), theme.valueStyle) > room { valuesFit = false }
            }
            plan = VerticalPlan(
                plot: Rect(x: plotLeft, y: plotTop, width: plotRight - plotLeft, height: plotHeight),
                ticks: ticks, tickLabels: labels, slot: slot, categoryLines: lines,
                categoryTop: plotBottom + negativeBand + theme.gap,
                labelsTruncated: truncated, valuesFit: valuesFit)
            let used = max(1, lines.map(\.count).max() ?? 1)
            if used == reservedLines { break }
            reservedLines = used
        }
        return plan
    }

    func layoutVertical(into builder: inout DrawingBuilder) throws(ChartError) {
        let headerBottom = drawHeader(into: &builder)
        guard let plan = planVertical(headerBottom: headerBottom, height: builder.height) else {
            throw .canvasTooSmall(width: spec.width, height: spec.height)
        }
        let m = theme.margin
        let labelStyle = theme.labelStyle
        let labelH = lineHeight(labelStyle)
        let plot = plan.plot
        let y = LinearScale(domain: plan.ticks.lower...plan.ticks.upper, range: (plot.maxY, plot.y))

        let axisTitle = axis.title(for: spec.valueTitle)
        builder.text(axisTitle, at: Point(x: m, y: headerBottom), .start, .top, style: labelStyle, color: theme.secondaryText, role: .valueAxisTitle)

        for (value, label) in zip(plan.ticks.values, plan.tickLabels) {
            let py = y(value)
            if value != 0 {
                builder.line(from: Point(x: plot.x, y: py), to: Point(x: plot.maxX, y: py), theme.grid, width: 1, role: .grid)
            }
            builder.text(label, at: Point(x: plot.x - theme.gap, y: py), .end, .middle, style: labelStyle, color: theme.secondaryText, role: .tickLabel)
        }

        let maxBar = 56.0 * Double(stacked ? 1 : spec.series.count)
        func band(_ category: Int, _ start: Double, _ end: Double) -> (Double, Double) {
            let slotX = plot.x + Double(category) * plan.slot
            let fillWidth = min(plan.slot * BarGeometry.fill, maxBar)
            let lead = (plan.slot - fillWidth) / 2
            let f0 = (start - (1 - BarGeometry.fill) / 2) / BarGeometry.fill
            let f1 = (end - (1 - BarGeometry.fill) / 2) / BarGeometry.fill
            return (slotX + lead + f0 * fillWidth, slotX + lead + f1 * fillWidth)
        }

        for segment in BarGeometry.segments(for: spec, stacked: stacked) {
            let (x0, x1) = band(segment.category, segment.bandStart, segment.bandEnd)
            let rect = Rect(corner: Point(x: x0, y: y(axis.scaled(segment.from))), corner: Point(x: x1, y: y(axis.scaled(segment.to))))
            builder.rect(rect, theme.color(forSeries: segment.series), role: .bar(series: segment.series, category: segment.category))
        }
        let zeroY = y(0)
        builder.line(from: Point(x: plot.x, y: zeroY), to: Point(x: plot.maxX, y: zeroY), theme.axis, width: 1, role: .zeroLine)

        if plan.valuesFit {
            for mark in valueMarks {
                let (x0, x1) = band(mark.category, mark.bandStart, mark.bandEnd)
                let end = y(axis.scaled(mark.end))
                let text = axis.valueLabel(mark.value)
                let role = DrawRole.valueLabel(series: mark.series, category: mark.category)
                if mark.value >= 0 {
                    builder.text(text, at: Point(x: (x0 + x1) / 2, y: end - 2), .middle, .bottom, style: theme.valueStyle, color: theme.text, role: role)
                } else {
                    builder.text(text, at: Point(x: (x0 + x1) / 2, y: end + 2), .middle, .top, style: theme.valueStyle, color: theme.text, role: role)
                }
            }
        }

        var categoryBottom = plan.categoryTop
        for (index, lines) in plan.categoryLines.enumerated() {
            let centerX = plot.x + (Double(index) + 0.5) * plan.slot
            for (row, line) in lines.enumerated() {
                let top = plan.categoryTop + Double(row) * labelH
                builder.text(line, at: Point(x: centerX, y: top), .middle, .top, style: labelStyle, color: theme.text, role: .categoryLabel(category: index))
                categoryBottom = max(categoryBottom, top + labelH)
            }
        }
        if !spec.categoryTitle.isEmpty {
            let title = wrapper(labelStyle).ellipsized(spec.categoryTitle, width: plot.width)
            builder.text(title, at: Point(x: plot.center.x, y: categoryBottom + theme.gap), .middle, .top, style: labelStyle, color: theme.secondaryText, role: .categoryAxisTitle)
        }
        drawFooter(into: &builder)
    }

    /// The text without whitespace, to tell whether wrapping dropped anything.
    static func squeezed(_ text: String) -> String {
        String(text.filter { !$0.isWhitespace })
    }
}
