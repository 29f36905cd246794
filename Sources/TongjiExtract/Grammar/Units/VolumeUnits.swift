/// Volume, converted to cubic metres.
extension UnitLexicon {
    static let volume: [UnitEntry] = [
        UnitEntry("立方米", .volume, "m3"),
        UnitEntry("立方", .volume, "m3"),
        UnitEntry("升", .volume, "m3", "0.001"),
        UnitEntry("毫升", .volume, "m3", "0.000001"),
        UnitEntry("m3", .volume, "m3"),
        UnitEntry("m³", .volume, "m3"),
        UnitEntry("㎥", .volume, "m3"),
    ]
}
