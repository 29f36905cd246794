/// Percentages (% ％ ‰, 个百分点 as points `pp`, 成 as tenths) and temperatures (℃ 摄氏度 °C).
/// 百分之/千分之/万分之 come before the number and are read by `FractionPrefix`.
extension UnitLexicon {
    static let percentAndTemperature: [UnitEntry] = [
        UnitEntry("%", .percent, "%", kind: .percent),
        UnitEntry("％", .percent, "%", kind: .percent),
        UnitEntry("‰", .percent, "%", "0.1", kind: .percent),
        UnitEntry("个百分点", .percent, "pp", kind: .percent),
        UnitEntry("個百分點", .percent, "pp", kind: .percent),
        UnitEntry("百分点", .percent, "pp", kind: .percent),
        UnitEntry("成", .percent, "%", "10", kind: .tenths),
        UnitEntry("℃", .temperature, "degC"),
        UnitEntry("摄氏度", .temperature, "degC"),
        UnitEntry("°C", .temperature, "degC"),
        UnitEntry("°c", .temperature, "degC"),
        UnitEntry("度", .temperature, "degC", kind: .degree),
    ]
}
