import Testing
@testable import TongjiChart

/// Checked geometrically: no two labels overlap and every label and bar stays inside the canvas,
/// for 1 to 60 bars and labels of 2 to 30 characters, in every kind, with negative values too.
struct LayoutGeometryTests {
    static let counts = [1, 2, 3, 5, 8, 12, 16, 20, 30, 45, 60]
    static let labelLengths = [2, 5, 10, 18, 30]

    /// A label of `length` characters mixing Chinese, numbers and Latin words.
    static func label(_ index: Int, length: Int) -> String {
        let pieces = ["城区", "道路", "G15", "改造", "3.25", "工程", "产业园", "PM2.5", "（一期）", "污水处理", "新能源", "管网"]
        var text = "\(index + 1)号"
        var i = index
        while text.count < length {
            text += pieces[i % pieces.count]
            i += 7
        }
        return String(text.prefix(length))
    }

    static func spec(kind: ChartKind, count: Int, length: Int, negative: Bool) -> ChartSpec {
        let categories = (0..<count).map { label($0, length: length) }
        let seriesCount = (kind == .grouped || kind == .stacked) ? 3 : 1
        let series = (0..<seriesCount).map { s in
            ChartSeries(
                name: ["计划投资", "完成投资", "到位资金"][s],
                values: (0..<count).map { i in
                    let v = Double((i * 37 + s * 11) % 97 + 1) * 1.7e6
                    return negative && (i + s) % 3 == 0 ? -v / 2 : v
                })
        }
        return ChartSpec(
            kind: kind, categories: categories, series: series, sort: .desc,
            title: "各项目投资情况（\(count)项）", subtitle: "按项目汇总", source: "各区县政府网站",
            unit: "CNY", valueTitle: "投资额", categoryTitle: "项目")
    }

    @Test(arguments: ChartKind.allCases)
    func labelsNeverOverlapAndStayInsideTheCanvas(kind: ChartKind) throws {
        let layout = ChartLayout(measurer: ApproximateTextMeasurer())
        for count in Self.counts {
            for length in Self.labelLengths {
                for negative in [false, true] {
                    let drawing = try layout.layout(Self.spec(kind: kind, count: count, length: length, negative: negative))
                    let canvas = Rect(x: 0, y: 0, width: drawing.size.width, height: drawing.size.height)
                    let boxes = drawing.texts.map(\.bounds)
                    let context = "\(kind) \(count) bars, labels of \(length), negative: \(negative)"
                    for (text, box) in zip(drawing.texts, boxes) {
                        #expect(canvas.contains(box), "\(context): \"\(text.text)\" \(box) leaves the canvas")
                    }
                    for i in boxes.indices {
                        for j in boxes.indices where j > i && boxes[i].overlaps(boxes[j]) {
                            Issue.record("\(context): \"\(drawing.texts[i].text)\" overlaps \"\(drawing.texts[j].text)\"")
                        }
                    }
                    for bar in drawing.rects {
                        #expect(canvas.contains(bar.rect), "\(context): \(bar.role) leaves the canvas")
                    }
                    // Every category is drawn and labelled.
                    let categoriesWithBars = Set(drawing.rects.compactMap { if case .bar(_, let c) = $0.role { c } else { nil } })
                    #expect(categoriesWithBars.count == count, "\(context)")
                    let labelled = Set(drawing.texts.compactMap { if case .categoryLabel(let c) = $0.role { c } else { nil } })
                    #expect(labelled.count == count, "\(context): \(labelled.count) labels")
                }
            }
        }
    }

    @Test func barsStayClearOfLabels() throws {
        let layout = ChartLayout(measurer: ApproximateTextMeasurer())
        for kind in ChartKind.allCases {
            for count in [3, 12, 40] {
                let drawing = try layout.layout(Self.spec(kind: kind, count: count, length: 10, negative: true))
                let bars = drawing.rects.filter { if case .bar = $0.role { true } else { false } }
                for text in drawing.texts {
                    for bar in bars where text.bounds.overlaps(bar.rect, tolerance: 0.5) {
                        Issue.record("\(kind) \(count): \"\(text.text)\" covers \(bar.role)")
                    }
                }
            }
        }
    }
}
