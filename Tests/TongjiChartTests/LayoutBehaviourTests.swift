import Testing
@testable import TongjiChart

/// What a reader sees: orientation, order, negative bars, legend, colours.
struct LayoutBehaviourTests {
    let layout = ChartLayout(measurer: ApproximateTextMeasurer())

    func bars(_ drawing: ChartDrawing) -> [(series: Int, category: Int, rect: Rect, color: Color)] {
        drawing.rects.compactMap {
            if case .bar(let s, let c) = $0.role { (s, c, $0.rect, $0.fill) } else { nil }
        }
    }

    @Test func shortLabelsStayVerticalLongOrManyTurnHorizontal() throws {
        let short = ChartSpec(categories: ["东区", "西区", "南区"], series: [ChartSeries(values: [3, 2, 1])])
        #expect(try layout.layout(short).orientation == .vertical)

        let long = ChartSpec(
            categories: ["城区道路提升改造及配套管网建设项目（一期工程）", "西区", "南区", "北区", "中心区", "开发区", "高新区", "新区"],
            series: [ChartSeries(values: [3, 2, 1, 4, 5, 6, 7, 8])])
        #expect(try layout.layout(long).orientation == .horizontal)

        let many = ChartSpec(categories: (1...40).map { "\($0)区" }, series: [ChartSeries(values: (1...40).map(Double.init))])
        #expect(try layout.layout(many).orientation == .horizontal)

        var forced = many
        forced.orientation = .vertical
        #expect(try layout.layout(forced).orientation == .vertical)
    }

    @Test func sortAndTopPickTheLargest() throws {
        let spec = ChartSpec(
            kind: .hbar, categories: ["甲", "乙", "丙", "丁"], series: [ChartSeries(values: [1, 4, 2, 3])], sort: .desc, top: 3)
        let drawing = try layout.layout(spec)
        let labels = drawing.texts.filter { if case .categoryLabel = $0.role { true } else { false } }.sorted { $0.position.y < $1.position.y }
        #expect(labels.map(\.text) == ["乙", "丁", "丙"])
        let asc = try ChartSpec(categories: ["甲", "乙", "丙"], series: [ChartSeries(values: [2, 3, 1])], sort: .asc).prepared()
        #expect(asc.categories == ["丙", "甲", "乙"])
    }

    @Test func negativeBarsGoBelowZeroWithAMinusSign() throws {
        let spec = ChartSpec(categories: ["一月", "二月", "三月"], series: [ChartSeries(values: [5.2, -12.6, 3])], unit: "%", valueTitle: "增速")
        let drawing = try layout.layout(spec)
        #expect(drawing.orientation == .vertical)
        let zero = try #require(drawing.lines.first { $0.role == .zeroLine })
        let bar = try #require(bars(drawing).first { $0.category == 1 })
        #expect(bar.rect.y >= zero.from.y - 0.01, "a negative bar starts at zero and goes down")
        #expect(bar.rect.height > 0)
        let positive = try #require(bars(drawing).first { $0.category == 0 })
        #expect(positive.rect.maxY <= zero.from.y + 0.01)
        let label = try #require(drawing.texts.first { $0.role == .valueLabel(series: 0, category: 1) })
        #expect(label.text == "\u{2212}12.6")
        #expect(label.bounds.y >= bar.rect.maxY, "the label sits below the negative bar")
    }

    @Test func groupedAndStackedHaveALegendInPaletteColours() throws {
        for kind in [ChartKind.grouped, .stacked] {
            let spec = ChartSpec(
                kind: kind, categories: ["东区", "西区"],
                series: [ChartSeries(name: "2023年", values: [3, 4]), ChartSeries(name: "2024年", values: [5, 6])])
            let drawing = try layout.layout(spec)
            let legend = drawing.texts.filter { if case .legendLabel = $0.role { true } else { false } }.map(\.text)
            #expect(legend == ["2023年", "2024年"])
            let swatches = drawing.rects.filter { if case .legendSwatch = $0.role { true } else { false } }.map(\.fill)
            #expect(swatches == [ChartPalette.okabeIto[0], ChartPalette.okabeIto[1]])
            for bar in bars(drawing) {
                #expect(bar.color == ChartPalette.okabeIto[bar.series])
            }
        }
        let single = try layout.layout(ChartSpec(categories: ["东区"], series: [ChartSeries(values: [1])]))
        #expect(!single.texts.contains { if case .legendLabel = $0.role { true } else { false } })
    }

    @Test func stackedBarsShowTheirTotal() throws {
        let spec = ChartSpec(
            kind: .stacked, categories: ["东区", "西区"],
            series: [ChartSeries(name: "A", values: [1e8, 2e8]), ChartSeries(name: "B", values: [3e8, 1e8])], unit: "CNY")
        let drawing = try layout.layout(spec)
        let totals = drawing.texts.filter { if case .valueLabel = $0.role { true } else { false } }.map(\.text)
        #expect(totals == ["4", "3"])
        // The stack's segments touch: B starts where A ends.
        let east = bars(drawing).filter { $0.category == 0 }.sorted { $0.series < $1.series }
        if drawing.orientation == .vertical {
            #expect(abs(east[0].rect.y - east[1].rect.maxY) < 0.01)
        } else {
            #expect(abs(east[0].rect.maxX - east[1].rect.x) < 0.01)
        }
    }

    @Test func titleSubtitleAndSourceAreDrawn() throws {
        let spec = ChartSpec(categories: ["东区"], series: [ChartSeries(values: [1])], title: "标题", subtitle: "副标题", source: "统计公报")
        let drawing = try layout.layout(spec)
        #expect(drawing.texts.first { $0.role == .title }?.text == "标题")
        #expect(drawing.texts.first { $0.role == .subtitle }?.text == "副标题")
        #expect(drawing.texts.first { $0.role == .source }?.text == "数据来源：统计公报")
        #expect(drawing.title == "标题")
        #expect(drawing.summary.hasPrefix("柱状图"))
    }

    @Test func horizontalChartsWithManyBarsGrowTaller() throws {
        let spec = ChartSpec(kind: .hbar, categories: (1...60).map { "第\($0)号项目" }, series: [ChartSeries(values: (1...60).map(Double.init))])
        let drawing = try layout.layout(spec)
        #expect(drawing.size.width == 800)
        #expect(drawing.size.height > 500)
    }
}
