import Testing
@testable import TongjiChart

/// Bad specs and tables get clear errors whose text is pinned here.
struct ChartErrorTests {
    let layout = ChartLayout(measurer: ApproximateTextMeasurer())

    @Test func messages() {
        #expect(ChartError.noData.description == "no data to chart: the input has no rows with a category and a value; check the input and the --x/--y columns")
        #expect(ChartError.seriesLengthMismatch(series: "2024年", values: 2, categories: 3).description == "series \"2024年\" has 2 values for 3 categories: give one value per category")
        #expect(ChartError.notFinite(category: "东区", series: "").description == "the value of \"东区\" is not a finite number: fix or drop it")
        #expect(ChartError.unknownColumn("amount", available: ["label", "amount_CNY"]).description == "unknown column \"amount\": the input has \"label\", \"amount_CNY\"")
        #expect(ChartError.notANumber(column: "amount_CNY", row: 3, text: "三亿").description == "column \"amount_CNY\" row 3: \"三亿\" is not a number")
        #expect(ChartError.mixedUnits(["CNY", "m2"]).description == "the rows mix units \"CNY\", \"m2\": filter to one unit first (tongji table --where unit=...)")
        #expect(ChartError.canvasTooSmall(width: 100, height: 80).description == "a 100x80 canvas is too small for a chart: use at least 200x150")
    }

    @Test func badSpecsThrowInsteadOfDrawing() {
        #expect(throws: ChartError.noData) { try layout.layout(ChartSpec(categories: [], series: [])) }
        #expect(throws: ChartError.seriesLengthMismatch(series: "", values: 1, categories: 2)) {
            try layout.layout(ChartSpec(categories: ["甲", "乙"], series: [ChartSeries(values: [1])]))
        }
        #expect(throws: ChartError.notFinite(category: "乙", series: "")) {
            try layout.layout(ChartSpec(categories: ["甲", "乙"], series: [ChartSeries(values: [1, .nan])]))
        }
        #expect(throws: ChartError.canvasTooSmall(width: 100, height: 80)) {
            try layout.layout(ChartSpec(categories: ["甲"], series: [ChartSeries(values: [1])], width: 100, height: 80))
        }
    }
}
