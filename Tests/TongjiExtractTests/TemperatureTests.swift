import Testing
@testable import TongjiExtract

/// Temperatures: ℃ 摄氏度 °C always; 度 only in weather context; 零下 and minus signs.
@Suite struct TemperatureTests {
    @Test func degrees() {
        expectMention("最高气温1️⃣35℃2️⃣", Expected(dimension: .temperature, value: 35, unit: "degC"))
        expectMention("1️⃣20摄氏度2️⃣", Expected(dimension: .temperature, value: 20, unit: "degC"))
        expectMention("他烧到了1️⃣39°C2️⃣那么高", Expected(dimension: .temperature, value: 39, unit: "degC"))
        expectMention("把温度升高1️⃣5度2️⃣", Expected(dimension: .temperature, value: 5, unit: "degC"))
    }

    @Test func belowZero() {
        expectMention("最低气温1️⃣零下28℃2️⃣", Expected(dimension: .temperature, value: -28, unit: "degC"))
        expectMention("1️⃣零下二十几度2️⃣的严寒", Expected(dimension: .temperature, value: -20, unit: "degC", qualifier: .over, surfaceUnit: "度"))
        expectMention("气温降至1️⃣-5℃2️⃣", Expected(dimension: .temperature, value: -5, unit: "degC"))
    }

    @Test func degreeOutsideWeatherIsNotTemperature() {
        expectNothing("他一度想放弃")
        expectNothing("转了180度")
    }

    @Test func degreeTakesItsMeaningFromTheWordsAround() {
        // A scaled or large 度 is no weather temperature: beside 用电量 it is a kilowatt-hour.
        expectMention("受高温天气影响，全市用电量达到1️⃣1.32亿度2️⃣。", Expected(dimension: .energy, value: 1.32e8, unit: "kWh", surfaceUnit: "亿度"))
        expectMention("今天最高气温1️⃣37度2️⃣。", Expected(dimension: .temperature, value: 37, unit: "degC", surfaceUnit: "度"))
        // A sentence with neither kind of word takes its meaning from the sentence before it.
        expectMention("月用电量在230度以内的部分执行第一档电价；1️⃣231至420度2️⃣的部分执行第二档。",
                      Expected(dimension: .energy, value: 231, unit: "kWh", valueMax: 420, surfaceUnit: "度"))
        expectNothing("他一度很困难；从这个角度看，问题不大。")
    }
}
