import Testing
import TongjiFormat
@testable import TongjiChart

/// One unit and one 万/亿 scale per axis, shown once in the axis title.
struct ValueAxisFormatTests {
    @Test func moneyAxisUsesOneScaleForEveryLabel() {
        let axis = ValueAxisFormat(largestMagnitude: 3.25e8, unit: "CNY")
        #expect(axis.unitLabel == "亿元")
        #expect(axis.title(for: "总投资") == "总投资（亿元）")
        #expect(axis.title(for: "") == "单位：亿元")
        #expect([3.25e8, 8e7, 5e6].map(axis.valueLabel) == ["3.25", "0.8", "0.05"])
        #expect(axis.tickLabel(scaledValue: 1.5, fractionDigits: 1) == "1.5")
        #expect(axis.tickLabel(scaledValue: 2, fractionDigits: 1) == "2.0")
    }

    @Test func wanScaleAndPlainNumbers() {
        #expect(ValueAxisFormat(largestMagnitude: 145_000, unit: "m2").unitLabel == "万平方米")
        #expect(ValueAxisFormat(largestMagnitude: 1234, unit: "人").unitLabel == "人")
        #expect(ValueAxisFormat(largestMagnitude: 1234, unit: "人").valueLabel(1234) == "1,234")
    }

    @Test func lengthTurnsIntoKilometresAndPercentNeverScales() {
        let road = ValueAxisFormat(largestMagnitude: 63_200, unit: "m")
        #expect(road.unitLabel == "公里")
        #expect(road.valueLabel(63_200) == "63.2")
        let growth = ValueAxisFormat(largestMagnitude: 123_456, unit: "%")
        #expect(growth.unitLabel == "%")
    }

    @Test func negativeValuesShowAVisibleMinusSign() {
        let axis = ValueAxisFormat(largestMagnitude: 12.6, unit: "%")
        #expect(axis.valueLabel(-12.6) == "\u{2212}12.6")
        #expect(axis.tickLabel(scaledValue: -5, fractionDigits: 0) == "\u{2212}5")
    }

    @Test func layoutUsesTheSameScaleOnTicksAndBars() throws {
        let spec = ChartSpec(
            kind: .hbar, categories: ["甲", "乙", "丙"], series: [ChartSeries(values: [3.25e8, 8e7, 5e6])], unit: "CNY", valueTitle: "总投资")
        let drawing = try ChartLayout(measurer: ApproximateTextMeasurer()).layout(spec)
        let titles = drawing.texts.filter { $0.role == .valueAxisTitle }.map(\.text)
        #expect(titles == ["总投资（亿元）"])
        let values = drawing.texts.filter { if case .valueLabel = $0.role { true } else { false } }.map(\.text)
        #expect(values == ["3.25", "0.8", "0.05"])
        let ticks = drawing.texts.filter { $0.role == .tickLabel }.map(\.text)
        #expect(ticks.allSatisfy { !$0.contains("亿") && !$0.contains("万") })
        #expect(ticks.last == "3.5" || ticks.last == "4")
    }
}
