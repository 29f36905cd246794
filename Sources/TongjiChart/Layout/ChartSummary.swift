/// The one-line description of a chart's data for screen readers (SVG `<desc>`, alt text).
enum ChartSummary {
    static func describe(_ spec: ChartSpec, axis: ValueAxisFormat, orientation: ChartOrientation) -> String {
        let kind: String
        switch spec.kind {
        case .grouped: kind = "分组条形图"
        case .stacked: kind = "堆积条形图"
        case .bar, .hbar: kind = orientation == .horizontal ? "横向条形图" : "柱状图"
        }
        let measured = spec.valueTitle.isEmpty ? "数值" : spec.valueTitle
        let unit = axis.unitLabel.isEmpty ? "" : "（\(axis.unitLabel)）"
        var text = "\(kind)，\(measured)\(unit)，共\(spec.categories.count)项"
        if spec.series.count > 1 {
            text += "、\(spec.series.count)个系列（\(spec.series.map(\.name).joined(separator: "、"))）"
        }
        let totals = spec.categories.indices.map { c in spec.series.reduce(0.0) { $0 + $1.values[c] } }
        if let high = totals.indices.max(by: { totals[$0] < totals[$1] }),
            let low = totals.indices.min(by: { totals[$0] < totals[$1] })
        {
            text += "：最大为\(spec.categories[high]) \(axis.valueWithUnit(totals[high]))"
            if low != high { text += "，最小为\(spec.categories[low]) \(axis.valueWithUnit(totals[low]))" }
        }
        return text + "。"
    }
}
