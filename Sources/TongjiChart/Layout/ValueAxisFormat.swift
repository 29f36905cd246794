import TongjiFormat

/// How a value axis writes its numbers: one unit (米 or 公里), one Chinese scale (万, 亿) for
/// every tick and every value label, with the unit shown once in the axis title.
///
/// ```swift
/// let axis = ValueAxisFormat(largestMagnitude: 3.25e8, unit: "CNY")
/// print(axis.unitLabel)                  // Prints "亿元"
/// print(axis.valueLabel(3.25e8))         // Prints "3.25"
/// print(axis.title(for: "总投资"))        // Prints "总投资（亿元）"
/// ```
public struct ValueAxisFormat: Sendable, Hashable {
    /// The unit people read ("元", "公里", "平方米", "%").
    public var unitName: String
    /// What a raw value is divided by to be in `unitName` (1000 for m → 公里).
    public var divisor: Double
    /// The scale every label on this axis uses.
    public var scale: ChineseScale
    /// The formatter (4 significant digits for value labels).
    public var formatter: ChineseNumberFormatter

    /// Picks the unit and scale for an axis whose largest value magnitude is `largestMagnitude`,
    /// in `unit` (a base unit such as "CNY" or "m", or a Chinese name such as "元").
    public init(largestMagnitude: Double, unit: String, formatter: ChineseNumberFormatter = ChineseNumberFormatter()) {
        let largest = largestMagnitude.isFinite ? largestMagnitude.magnitude : 0
        let shown = UnitDisplay.display(value: largest, baseUnit: unit)
        unitName = shown.unit
        divisor = (largest > 0 && shown.value > 0) ? pow10((log10(largest / shown.value)).rounded()) : 1
        if largest == 0 {
            divisor = 1
            unitName = UnitDisplay.name(of: unit)
        }
        scale = UnitDisplay.isScalable(unit) ? formatter.scale(for: [largest / divisor]) : .one
        self.formatter = formatter
    }

    /// The scale word and the unit: "亿元", "万平方米", "公里", "%" ("" when neither).
    public var unitLabel: String { scale.word + unitName }

    /// A raw value expressed in the axis scale: 3.25e8 元 on a 亿元 axis → 3.25.
    public func scaled(_ value: Double) -> Double { value / divisor / scale.factor }

    /// The axis title: "总投资（亿元）"; "单位：亿元" without a title; the title alone without a unit.
    public func title(for valueTitle: String) -> String {
        if unitLabel.isEmpty { return valueTitle }
        if valueTitle.isEmpty { return "单位：" + unitLabel }
        return valueTitle + "（" + unitLabel + "）"
    }

    /// A tick's number (already scaled) with exactly `fractionDigits` decimals: "0", "0.5", "1.0".
    public func tickLabel(scaledValue: Double, fractionDigits: Int) -> String {
        Self.visibleMinus(formatter.format(scaledValue, in: .one, unit: "", fractionDigits: fractionDigits))
    }

    /// A bar's value in the axis scale, with the formatter's significant digits: "3.25", "−0.8".
    ///
    /// A value too small to read in the axis scale (under 0.01 of it: 170 平方米 on an axis of
    /// 亿平方米 would read "0.0000017") is written in its own scale with its unit instead:
    /// "170平方米", "32.5万平方米".
    public func valueLabel(_ value: Double) -> String {
        let inScale = scaled(value)
        if inScale != 0, inScale.magnitude < 0.01, scale != .one {
            return Self.visibleMinus(formatter.format(value / divisor, unit: unitName))
        }
        return Self.visibleMinus(formatter.format(inScale, in: .one, unit: ""))
    }

    /// A value in the axis scale followed by its unit, for descriptions: "3.25亿元".
    public func valueWithUnit(_ value: Double) -> String {
        Self.visibleMinus(formatter.format(scaled(value), in: .one, unit: "")) + unitLabel
    }

    /// Replaces a leading hyphen-minus by U+2212 MINUS SIGN, which is as wide as a digit and
    /// cannot be missed next to a bar ("−12.6", not "-12.6").
    static func visibleMinus(_ text: String) -> String {
        guard text.first == "-" else { return text }
        return "\u{2212}" + text.dropFirst()
    }
}
