import Testing
import TongjiFormat

@Suite("Chinese number formatter")
struct ChineseNumberFormatterTests {
    let f = ChineseNumberFormatter()

    @Test("one value takes its own scale", arguments: [
        (325_000_000.0, "元", "3.25亿元"),
        (145_000.0, "平方米", "14.5万平方米"),
        (1234.0, "人", "1,234人"),
        (63.2, "公里", "63.2公里"),
        (0.0, "元", "0元"),
        (-12.6, "%", "-12.6%"),
        (-325_000_000.0, "元", "-3.25亿元"),
        (12_345_678.0, "元", "1235万元"),
        (1.2e12, "元", "1.2万亿元"),
        (1e16, "元", "10,000万亿元"),
        (9999.99, "元", "1万元"),
        (99_995_000.0, "元", "1亿元"),
        (50_000_000.0, "元", "5000万元"),
        (0.1 + 0.2, "", "0.3"),
        (1.2345, "", "1.235"),
        (0.000125, "", "0.000125"),
        (3e8, "元", "3亿元"),
    ])
    func formatsOne(value: Double, unit: String, expected: String) {
        #expect(f.format(value, unit: unit) == expected)
    }

    @Test func neverPrintsExponentOrTrailingZeros() {
        for v in [1e-7, 3.25e20, 0.5, 100.0, 1e4, 2.5e8] {
            let s = f.format(v, unit: "")
            #expect(!s.contains("e"), "\(s)")
            #expect(!(s.contains(".") && s.hasSuffix("0")), "\(s)")
        }
    }

    @Test func infinityAndNaNDoNotTrap() {
        #expect(f.format(.infinity, unit: "元") == "—")
        #expect(f.format(.nan, in: .yi, unit: "元") == "—")
    }

    @Test func significantDigitsAreConfigurable() {
        #expect(ChineseNumberFormatter(significantDigits: 2).format(325_000_000, unit: "元") == "3.3亿元")
        // Integer digits are never dropped.
        #expect(ChineseNumberFormatter(significantDigits: 2).format(1234, unit: "人") == "1,234人")
    }

    @Test("one scale for a column or an axis")
    func scaleForValues() {
        #expect(f.scale(for: [3.25e8, 8e7, 1.2e9]) == .yi)
        #expect(f.scale(for: [5e6, 8e7]) == .wan)
        #expect(f.scale(for: [12, 900]) == .one)
        #expect(f.scale(for: []) == .one)
        #expect(f.scale(for: [.nan, 2e12]) == .wanYi)
        #expect(f.scale(for: [-3e8, 1e4]) == .yi)
        #expect(f.scale(for: [9999.99]) == .wan)
    }

    @Test("values in a given scale")
    func formatInScale() {
        #expect(f.format(3e8, in: .yi, unit: "元") == "3亿元")
        #expect(f.format(8e7, in: .yi, unit: "元") == "0.8亿元")
        #expect(f.format(5e6, in: .yi, unit: "元") == "0.05亿元")
        #expect(f.format(1.5e8, in: .yi, unit: "元", fractionDigits: 1) == "1.5亿元")
        #expect(f.format(1e8, in: .yi, fractionDigits: 1) == "1.0亿")
        #expect(f.format(0, in: .wan, unit: "元", fractionDigits: 0) == "0万元")
        #expect(f.format(1234.5, in: .one, unit: "人", fractionDigits: 0) == "1,235人")
        #expect(f.format(0.3 * 3, in: .one) == "0.9")
    }

    @Test func scales() {
        #expect(ChineseScale.yi.factor == 1e8)
        #expect(ChineseScale.wanYi.word == "万亿" && ChineseScale.wanYi.power == 12)
        #expect(ChineseScale.one.word.isEmpty)
        #expect(ChineseScale.fitting(magnitude: -5e4) == .wan)
    }

    @Test func plainNumbersForMachines() {
        #expect(ChineseNumberFormatter.plain(325_000_000) == "325000000")
        #expect(ChineseNumberFormatter.plain(0.1 + 0.2) == "0.3")
        #expect(ChineseNumberFormatter.plain(-12.6) == "-12.6")
        #expect(ChineseNumberFormatter.plain(1e20) == "100000000000000000000")
        #expect(ChineseNumberFormatter.plain(666.6667) == "666.6667")
    }
}

@Suite("Units and display width")
struct UnitDisplayTests {
    @Test("base units as people read them", arguments: [
        (63_200.0, "m", "63.2公里"),
        (500.0, "m", "500米"),
        (325_000_000.0, "CNY", "3.25亿元"),
        (145_000.0, "m2", "14.5万平方米"),
        (1234.0, "人", "1,234人"),
        (5e7, "kg", "5万吨"),
        (12.5, "kg", "12.5千克"),
        (-12.6, "%", "-12.6%"),
        (15_000.0, "%", "15,000%"),
        (0.5, "pp", "0.5个百分点"),
        (-28.0, "degC", "-28℃"),
        (3.0, "month", "3个月"),
        (2e5, "kWh", "20万千瓦时"),
        (1.2e6, "kW", "120万千瓦"),
        (3e3, "m3", "3,000立方米"),
        (2.0, "USD", "2美元"),
    ])
    func formats(value: Double, unit: String, expected: String) {
        #expect(UnitDisplay.format(value, baseUnit: unit) == expected)
    }

    @Test func namesWithoutConversion() {
        #expect(UnitDisplay.name(of: "year") == "年")
        #expect(UnitDisplay.name(of: "day") == "天")
        #expect(UnitDisplay.name(of: "hour") == "小时")
        #expect(UnitDisplay.name(of: "家") == "家")
        #expect(UnitDisplay.display(value: 63_200, baseUnit: "m") == (63.2, "公里"))
    }

    @Test func widths() {
        #expect(DisplayWidth.of("abc") == 3)
        #expect(DisplayWidth.of("总投资") == 6)
        #expect(DisplayWidth.of("3.25亿元") == 8)
        #expect(DisplayWidth.of("ｆｕｌｌ") == 8)          // fullwidth forms
        #expect(DisplayWidth.of("，。") == 4)              // CJK punctuation
        #expect(DisplayWidth.of("e\u{301}") == 1)          // combining acute
        #expect(DisplayWidth.of("𠀀") == 2)                // CJK extension B
        #expect(DisplayWidth.of("") == 0)
    }

    @Test func padding() {
        #expect(DisplayWidth.pad("公路", to: 6) == "公路  ")
        #expect(DisplayWidth.pad("12", to: 5, alignment: .right) == "   12")
        #expect(DisplayWidth.pad("亿", to: 5, alignment: .center) == " 亿  ")
        #expect(DisplayWidth.pad("长文本", to: 2) == "长文本")
        #expect(DisplayWidth.truncate("热电联产长输管道", to: 9) == "热电联产…")
        #expect(DisplayWidth.truncate("abc", to: 9) == "abc")
    }
}
