import Testing
@testable import TongjiExtract

/// Length, area, volume, mass, energy and power: units, scales and conversion to base units.
@Suite struct MeasureTests {
    @Test func length() {
        expectMention("新建改造城区公路 1️⃣63.2 公里2️⃣、通屯硬化路", Expected(dimension: .length, value: 63200, unit: "m", surfaceUnit: "公里"))
        expectMention("1️⃣12千米2️⃣", Expected(dimension: .length, value: 12000, unit: "m"))
        expectMention("如今身高1️⃣168cm2️⃣", Expected(dimension: .length, value: 1.68, unit: "m"))
        expectMention("1️⃣三百米2️⃣", Expected(dimension: .length, value: 300, unit: "m"))
        expectMention("1️⃣两米半2️⃣", Expected(dimension: .length, value: 2.5, unit: "m"))
    }

    @Test func area() {
        expectMention("改造老旧小区地下管网1️⃣14.5万平方\n米2️⃣，硬覆盖", Expected(dimension: .area, value: 145000, unit: "m2", surfaceUnit: "万平方米"))
        expectMention("让江源1️⃣1348平方公里2️⃣土地上", Expected(dimension: .area, value: 1.348e9, unit: "m2"))
        expectMention("带动全省养殖小龙虾1️⃣387万亩2️⃣。", Expected(dimension: .area, value: 3.87e6 * 10000 / 15, unit: "m2"))
        expectMention("流转土地1️⃣120公顷2️⃣", Expected(dimension: .area, value: 1.2e6, unit: "m2"))
    }

    @Test func volumeAndMass() {
        expectMention("清理各类垃圾1️⃣5.75万立方米2️⃣", Expected(dimension: .volume, value: 57500, unit: "m3", surfaceUnit: "万立方米"))
        expectMention("年产1️⃣20万吨2️⃣山梨酸", Expected(dimension: .mass, value: 2e8, unit: "kg", surfaceUnit: "万吨"))
        expectMention("日均1️⃣20万公斤2️⃣", Expected(dimension: .mass, value: 2e5, unit: "kg"))
        expectMention("1️⃣三斤半2️⃣", Expected(dimension: .mass, value: 1.75, unit: "kg"))
        expectMention("摄入1️⃣2.4微克2️⃣的维生素", Expected(dimension: .mass, value: 2.4e-9, unit: "kg"))
        expectMention("将1️⃣十几吨2️⃣的设备", Expected(dimension: .mass, value: 10000, unit: "kg", qualifier: .over, surfaceUnit: "吨"))
    }

    @Test func compoundTransportUnitsAreNotMass() {
        expectNothing("货物周转量1234.5亿吨公里")
        expectNothing("旅客周转量56.7亿人公里")
    }

    @Test func energyAndPower() {
        expectMention("全年发电量1️⃣3.2亿千瓦时2️⃣", Expected(dimension: .energy, value: 3.2e8, unit: "kWh", surfaceUnit: "亿千瓦时"))
        expectMention("装机容量1️⃣100万千瓦2️⃣", Expected(dimension: .power, value: 1e6, unit: "kW", surfaceUnit: "万千瓦"))
        expectMention("光伏电站1️⃣50兆瓦2️⃣", Expected(dimension: .power, value: 50000, unit: "kW"))
        expectMention("居民用电量1️⃣300度2️⃣", Expected(dimension: .energy, value: 300, unit: "kWh"))
        expectMention("全社会用电1️⃣1.5万度2️⃣", Expected(dimension: .energy, value: 15000, unit: "kWh"))
    }

    @Test func theLastOneIsAFigureOfSpeech() {
        expectNothing("打通农村寄递“最后一公里”")
        expectNothing("守好最后一米")
        expectMention("道路全长1️⃣一公里2️⃣。", Expected(dimension: .length, value: 1000, unit: "m", surfaceUnit: "公里"))
        // 里 after a Chinese numeral starts a place name, unless a distance's words follow.
        expectNothing("打造七里坪村等示范村")
        expectNothing("在十里桃花谷开幕")
        expectMention("走了1️⃣十里2️⃣路", Expected(dimension: .length, value: 5000, unit: "m", surfaceUnit: "里"))
        expectMention("方圆1️⃣十里2️⃣都知道", Expected(dimension: .length, value: 5000, unit: "m", surfaceUnit: "里"))
    }
}
