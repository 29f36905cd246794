/// One bar (or stacked segment) in data terms, before it becomes pixels: where it starts and ends
/// on the value axis, and which part of its category's slot it fills.
struct BarSegment: Sendable, Hashable {
    var series: Int
    var category: Int
    /// Value-axis start (0, or the top of the segment below in a stack).
    var from: Double
    /// Value-axis end.
    var to: Double
    /// The part of the category slot the bar covers, as fractions 0...1 of the slot.
    var bandStart: Double
    var bandEnd: Double
}

/// A number to write at the end of a bar or stack.
struct ValueMark: Sendable, Hashable {
    var series: Int
    var category: Int
    /// The value written.
    var value: Double
    /// Where the bar ends on the value axis (the label goes beyond it).
    var end: Double
    var bandStart: Double
    var bandEnd: Double
}

/// Bars for each kind: single, grouped (side by side) and stacked (positive values stack up from
/// zero, negative ones down, each in series order).
enum BarGeometry {
    /// How much of a category's slot its bars fill.
    static let fill = 0.72

    static func segments(for spec: ChartSpec, stacked: Bool) -> [BarSegment] {
        let k = spec.series.count
        let lead = (1 - fill) / 2
        var result: [BarSegment] = []
        for c in spec.categories.indices {
            var positive = 0.0
            var negative = 0.0
            for s in 0..<k {
                let v = spec.series[s].values[c]
                if stacked || k == 1 {
                    let from = v >= 0 ? positive : negative
                    let to = stacked ? from + v : v
                    if stacked { if v >= 0 { positive = to } else { negative = to } }
                    result.append(BarSegment(series: s, category: c, from: stacked ? from : 0, to: to, bandStart: lead, bandEnd: 1 - lead))
                } else {
                    let width = fill / Double(k)
                    let start = lead + Double(s) * width
                    result.append(BarSegment(series: s, category: c, from: 0, to: v, bandStart: start, bandEnd: start + width))
                }
            }
        }
        return result
    }

    static func valueMarks(for spec: ChartSpec, stacked: Bool) -> [ValueMark] {
        let lead = (1 - fill) / 2
        if !stacked {
            return segments(for: spec, stacked: false).map {
                ValueMark(series: $0.series, category: $0.category, value: $0.to, end: $0.to, bandStart: $0.bandStart, bandEnd: $0.bandEnd)
            }
        }
        // A stack shows its total at its end; a stack with negative parts shows their sum below.
        var marks: [ValueMark] = []
        for c in spec.categories.indices {
            let values = spec.series.map { $0.values[c] }
            let positive = values.filter { $0 > 0 }.reduce(0, +)
            let negative = values.filter { $0 < 0 }.reduce(0, +)
            if positive > 0 || negative == 0 {
                marks.append(ValueMark(series: -1, category: c, value: positive, end: positive, bandStart: lead, bandEnd: 1 - lead))
            }
            if negative < 0 {
                marks.append(ValueMark(series: -1, category: c, value: negative, end: negative, bandStart: lead, bandEnd: 1 - lead))
            }
        }
        return marks
    }

    /// The smallest and largest value the axis must show (always including zero).
    static func extent(for spec: ChartSpec, stacked: Bool) -> (min: Double, max: Double) {
        var low = 0.0
        var high = 0.0
        for segment in segments(for: spec, stacked: stacked) {
            low = min(low, segment.from, segment.to)
            high = max(high, segment.from, segment.to)
        }
        return (low, high)
    }
}
