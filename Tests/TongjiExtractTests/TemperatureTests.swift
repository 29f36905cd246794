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
}
