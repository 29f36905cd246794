/// Length, converted to metres. 千米 is also read as the scale 千 + 米 (same value).
extension UnitLexicon {
    static let length: [UnitEntry] = [
        UnitEntry("米", .length, "m"),
        UnitEntry("延米", .length, "m"),
        UnitEntry("千米", .length, "m", "1000"),
        UnitEntry("公里", .length, "m", "1000"),
        UnitEntry("里", .length, "m", "500"),
        UnitEntry("厘米", .length, "m", "0.01"),
        UnitEntry("公分", .length, "m", "0.01"),
        UnitEntry("毫米", .length, "m", "0.001"),
        UnitEntry("km", .length, "m", "1000"),
        UnitEntry("KM", .length, "m", "1000"),
        UnitEntry("m", .length, "m"),
        UnitEntry("cm", .length, "m", "0.01"),
        UnitEntry("CM", .length, "m", "0.01"),
        UnitEntry("mm", .length, "m", "0.001"),
    ]
}
