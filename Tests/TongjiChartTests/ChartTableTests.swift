import Testing
@testable import TongjiChart

/// Tables and mention rows become specs: sums per category and group, units from the data.
struct ChartTableTests {
    @Test func sumsPerCategoryInFirstAppearanceOrder() throws {
        let table = ChartTable(
            header: ["doc", "label", "value", "unit"],
            rows: [["a", "管道", "325000000", "CNY"], ["b", "公路", "8e7", "CNY"], ["c", "管道", "1,000,000", "CNY"], ["d", "", "5", "CNY"]])
        let spec = try table.spec(x: "label", y: "value")
        #expect(spec.categories == ["管道", "公路"])
        #expect(spec.series.count == 1)
        #expect(spec.series[0].values == [326_000_000, 80_000_000])
        #expect(spec.unit == "CNY")
    }

    @Test func groupsBecomeSeries() throws {
        let table = ChartTable(header: ["district", "year", "amount_CNY"], rows: [["东区", "2023", "1"], ["东区", "2024", "2"], ["西区", "2024", "5"]])
        let spec = try table.spec(x: "district", y: "amount_CNY", group: "year")
        #expect(spec.kind == .grouped)
        #expect(spec.series.map(\.name) == ["2023", "2024"])
        #expect(spec.series.map(\.values) == [[1, 0], [2, 5]])
        #expect(spec.unit == "CNY", "the unit comes from the column suffix")
    }

    @Test func errorsNameTheColumnAndRow() {
        let table = ChartTable(header: ["label", "value", "unit"], rows: [["甲", "1", "CNY"], ["乙", "三亿", "CNY"]])
        #expect(throws: ChartError.notANumber(column: "value", row: 3, text: "三亿")) { try table.spec(x: "label", y: "value") }
        #expect(throws: ChartError.unknownColumn("amount", available: ["label", "value", "unit"])) { try table.spec(x: "label", y: "amount") }
        let mixed = ChartTable(header: ["label", "value", "unit"], rows: [["甲", "1", "CNY"], ["乙", "2", "m2"]])
        #expect(throws: ChartError.mixedUnits(["CNY", "m2"])) { try mixed.spec(x: "label", y: "value") }
    }

    @Test func defaultColumns() {
        #expect(ChartTable(header: ["doc", "label", "value"], rows: []).defaultColumns()! == ("label", "value"))
        let table = ChartTable(header: ["project", "sources", "amount_CNY"], rows: [["管道", "a;b", "325000000"]])
        #expect(table.defaultColumns()! == ("project", "amount_CNY"))
    }
}
