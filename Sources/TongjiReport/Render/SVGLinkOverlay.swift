import TongjiChart

/// Makes a chart's bars clickable inside `report.html`: an invisible rectangle over each bar,
/// linking to the bar's source and carrying a tooltip (`<title>`), appended to the SVG cairo drew.
///
/// The rectangles come from the same layout the chart was drawn from, so they sit exactly on
/// the bars; the picture itself is unchanged.
enum SVGLinkOverlay {
    /// `svg` with a link over every bar that has a source; the input when it has no `</svg>`.
    static func add(to svg: [UInt8], drawing: ChartDrawing, chart: ReportChart) -> [UInt8] {
        var overlay = "<g class=\"tongji-links\">\n"
        var any = false
        for command in drawing.rects {
            guard case .bar(let series, let category) = command.role,
                let link = chart.barSources[.init(series: series, category: category)]
            else { continue }
            any = true
            let r = command.rect
            let name = category < chart.spec.categories.count ? chart.spec.categories[category] : ""
            var tip = name
            if chart.spec.series.count > 1, series < chart.spec.series.count { tip += " · " + chart.spec.series[series].name }
            tip += "\n" + link.tooltip
            overlay += "<a href=\"#\(Markup.html(link.anchor))\"><rect x=\"\(fixed(r.x))\" y=\"\(fixed(r.y))\" width=\"\(fixed(r.width))\" height=\"\(fixed(r.height))\" fill=\"#000\" fill-opacity=\"0\"><title>\(Markup.html(tip))</title></rect></a>\n"
        }
        overlay += "</g>\n"
        guard any, let end = svg.ranges(of: Array("</svg>".utf8)).last?.lowerBound else { return svg }
        return Array(svg[..<end]) + Array(overlay.utf8) + Array(svg[end...])
    }

    /// The bytes of an inline SVG: without the XML declaration, which HTML does not allow.
    static func inline(_ svg: [UInt8]) -> [UInt8] {
        guard svg.starts(with: Array("<?xml".utf8)), let close = svg.firstRange(of: Array("?>".utf8)) else { return svg }
        var start = close.upperBound
        while start < svg.count, svg[start] == UInt8(ascii: "\n") || svg[start] == UInt8(ascii: "\r") { start += 1 }
        return Array(svg[start...])
    }

    /// Two decimals, enough for a pixel grid and the same on every run.
    static func fixed(_ v: Double) -> String {
        let hundredths = Int((v * 100).rounded())
        let sign = hundredths < 0 ? "-" : ""
        let a = abs(hundredths)
        let frac = a % 100
        return sign + String(a / 100) + "." + (frac < 10 ? "0" : "") + String(frac)
    }
}
