/// Electric energy (kWh) and power (kW). 度 (in `percentAndTemperature`) is energy beside electricity words.
/// 千瓦 is also the scale 千 + 瓦 (same value).
extension UnitLexicon {
    static let energyAndPower: [UnitEntry] = [
        UnitEntry("千瓦时", .energy, "kWh"),
        UnitEntry("千瓦·时", .energy, "kWh"),
        UnitEntry("瓦时", .energy, "kWh", "0.001"),
        UnitEntry("兆瓦时", .energy, "kWh", "1000"),
        UnitEntry("kWh", .energy, "kWh"),
        UnitEntry("MWh", .energy, "kWh", "1000"),
        UnitEntry("GWh", .energy, "kWh", "1000000"),
        UnitEntry("TWh", .energy, "kWh", "1000000000"),
        UnitEntry("千瓦", .power, "kW"),
        UnitEntry("瓦", .power, "kW", "0.001"),
        UnitEntry("兆瓦", .power, "kW", "1000"),
        UnitEntry("吉瓦", .power, "kW", "1000000"),
        UnitEntry("kW", .power, "kW"),
        UnitEntry("KW", .power, "kW"),
        UnitEntry("MW", .power, "kW", "1000"),
        UnitEntry("GW", .power, "kW", "1000000"),
        UnitEntry("TW", .power, "kW", "1000000000"),
    ]
}
