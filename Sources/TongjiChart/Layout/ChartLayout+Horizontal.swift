/// Horizontal bars: categories down the left (wrapped, right-aligned), values along the bottom.
extension LayoutContext {
    func layoutHorizontal(into builder: inout DrawingBuilder) throws(ChartError) {
        let m = theme.margin
        let width = builder.width
        let labelStyle = theme.labelStyle
        let valueStyle = theme.valueStyle
        let labelH = lineHeight(labelStyle)
        let valueH = lineHeight(valueStyle)
        let n = spec.categories.count
        let k = stacked ? 1 : spec.series.count

        // Category labels: wrapped to at most 35% of the width, three lines at most.
        let wrap = wrapper(labelStyle)
        let widest = spec.categories.map { self.width($0, labelStyle) }.max() ?? 0
        let columnLimit = max(labelStyle.size * 2, min(width * 0.35, widest))
        let categoryLines = spec.categories.map { wrap.wrapBalanced($0, width: columnLimit, maxLines: 3) }
        let columnWidth = categoryLines.map { wrap.widestLine($0) }.max() ?? 0
        let maxLines = categoryLines.map(\.count).max() ?? 1

        // Value labels beside the bars: room on the right for positives, left of zero for negatives.
        let marks = valueMarks
        let positiveW = marks.filter { $0.value >= 0 }.map { self.width(axis.valueLabel($0.value), valueStyle) }.max() ?? 0
        let negativeW = marks.filter { $0.value < 0 }.map { self.width(axis.valueLabel($0.value), valueStyle) }.max() ?? 0

        // Header, then one row with the axis titles (category title left, value title right).
        let headerBottom = drawHeader(into: &builder)
        let valueTitle = axis.title(for: spec.valueTitle)
        let categoryTitle = spec.categoryTitle
        var plotTop = headerBottom
        let titleWidths = (valueTitle.isEmpty ? 0 : self.width(valueTitle, labelStyle)) + (categoryTitle.isEmpty ? 0 : self.width(categoryTitle, labelStyle))
        let titleRows = (valueTitle.isEmpty && categoryTitle.isEmpty) ? 0 : (titleWidths + 16 <= width - 2 * m || valueTitle.isEmpty || categoryTitle.isEmpty ? 1 : 2)
        plotTop += Double(titleRows) * (labelH + 2) + (titleRows > 0 ? 4 : 0)

        // Rows: tall enough for the wrapped labels; the canvas grows when the rows need it.
        let footer = footerHeight(width: width)
        let tickBand = 4 + labelH
        let rowNeeded = max(Double(maxLines) * labelH + 4, 16)
        var plotBottom = builder.height - m - footer - tickBand
        if (plotBottom - plotTop) < rowNeeded * Double(n) {
            builder.height = (builder.height + rowNeeded * Double(n) - (plotBottom - plotTop)).rounded(.up)
            plotBottom = builder.height - m - footer - tickBand
        }
        guard plotBottom - plotTop >= 20 else { throw .canvasTooSmall(width: spec.width, height: spec.height) }
        let slot = (plotBottom - plotTop) / Double(n)

        // Value axis: ticks whose labels do not collide, plot edges leaving room for every label.
        var plotLeft = m + columnWidth + theme.gap + (negativeW > 0 ? negativeW + 4 : 0)
        var plotRight = width - m - (positiveW > 0 ? positiveW + 4 : 0)
        var ticks = NiceTicks(lower: 0, upper: 1, step: 1)
        var labels: [String] = []
        let baseLeft = plotLeft
        let baseRight = plotRight
        for _ in 0..<3 {
            guard plotRight - plotLeft >= 40 else { throw .canvasTooSmall(width: spec.width, height: spec.height) }
            ticks = self.ticks(length: plotRight - plotLeft) { t in
                self.tickLabels(t).map { self.width($0, labelStyle) }.max() ?? 0
            }
            labels = tickLabels(ticks)
            let halfTick = (labels.map { self.width($0, labelStyle) }.max() ?? 0) / 2
            let newLeft = max(baseLeft, m + halfTick)
            let newRight = min(baseRight, width - m - halfTick)
            if newLeft == plotLeft && newRight == plotRight { break }
            plotLeft = newLeft
            plotRight = newRight
        }
        let plot = Rect(x: plotLeft, y: plotTop, width: plotRight - plotLeft, height: plotBottom - plotTop)
        let x = LinearScale(domain: ticks.lower...ticks.upper, range: (plot.x, plot.maxX))

        // Axis titles.
        if titleRows > 0 {
            let titleY = headerBottom
            builder.text(categoryTitle, at: Point(x: m, y: titleY), .start, .top, style: labelStyle, color: theme.secondaryText, role: .categoryAxisTitle)
            let valueY = titleRows == 2 ? titleY + labelH + 2 : titleY
            let fitted = wrap.ellipsized(valueTitle, width: width - 2 * m)
            builder.text(fitted, at: Point(x: width - m, y: valueY), .end, .top, style: labelStyle, color: theme.secondaryText, role: .valueAxisTitle)
        }

        // Grid and tick labels.
        for (value, label) in zip(ticks.values, labels) {
            let px = x(value)
            if value != 0 {
                builder.line(from: Point(x: px, y: plot.y), to: Point(x: px, y: plot.maxY), theme.grid, width: 1, role: .grid)
            }
            builder.text(label, at: Point(x: px, y: plot.maxY + 4), .middle, .top, style: labelStyle, color: theme.secondaryText, role: .tickLabel)
        }

        // Bars, at most 32 px thick per series.
        let maxThickness = 32.0 * Double(k)
        func band(_ category: Int, _ start: Double, _ end: Double) -> (Double, Double) {
            let slotY = plot.y + Double(category) * slot
            let fillHeight = min(slot * BarGeometry.fill, maxThickness)
            let lead = (slot - fillHeight) / 2
            let f0 = (start - (1 - BarGeometry.fill) / 2) / BarGeometry.fill
            let f1 = (end - (1 - BarGeometry.fill) / 2) / BarGeometry.fill
            return (slotY + lead + f0 * fillHeight, slotY + lead + f1 * fillHeight)
        }
        for segment in BarGeometry.segments(for: spec, stacked: stacked) {
            let (y0, y1) = band(segment.category, segment.bandStart, segment.bandEnd)
            let rect = Rect(corner: Point(x: x(axis.scaled(segment.from)), y: y0), corner: Point(x: x(axis.scaled(segment.to)), y: y1))
            builder.rect(rect, theme.color(forSeries: segment.series), role: .bar(series: segment.series, category: segment.category))
        }
        let zeroX = x(0)
        builder.line(from: Point(x: zeroX, y: plot.y), to: Point(x: zeroX, y: plot.maxY), theme.axis, width: 1, role: .zeroLine)

        // Value labels, when each fits its bar's thickness.
        let thickness = min(slot * BarGeometry.fill, maxThickness) / Double(k)
        if k == 1 || thickness >= valueH {
            for mark in marks {
                let (y0, y1) = band(mark.category, mark.bandStart, mark.bandEnd)
                let end = x(axis.scaled(mark.end))
                let text = axis.valueLabel(mark.value)
                let role = DrawRole.valueLabel(series: mark.series, category: mark.category)
                if mark.value >= 0 {
                    builder.text(text, at: Point(x: end + 4, y: (y0 + y1) / 2), .start, .middle, style: valueStyle, color: theme.text, role: role)
                } else {
                    builder.text(text, at: Point(x: end - 4, y: (y0 + y1) / 2), .end, .middle, style: valueStyle, color: theme.text, role: role)
                }
            }
        }

        // Category labels, right-aligned against the plot, centred on their row.
        for (index, lines) in categoryLines.enumerated() {
            let center = plot.y + (Double(index) + 0.5) * slot
            var top = center - Double(lines.count) * labelH / 2
            for line in lines {
                builder.text(line, at: Point(x: m + columnWidth, y: top), .end, .top, style: labelStyle, color: theme.text, role: .categoryLabel(category: index))
                top += labelH
            }
        }
        drawFooter(into: &builder)
    }
}
