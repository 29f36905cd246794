/// Mass, converted to kilograms (1 吨 = 1000 kg, 1 斤 = 0.5 kg).
extension UnitLexicon {
    static let mass: [UnitEntry] = [
        UnitEntry("吨", .mass, "kg", "1000"),
        UnitEntry("公吨", .mass, "kg", "1000"),
        UnitEntry("公斤", .mass, "kg"),
        UnitEntry("千克", .mass, "kg"),
        UnitEntry("克", .mass, "kg", "0.001"),
        UnitEntry("毫克", .mass, "kg", "0.000001"),
        UnitEntry("微克", .mass, "kg", "0.000000001"),
        UnitEntry("斤", .mass, "kg", "0.5"),
        UnitEntry("kg", .mass, "kg"),
        UnitEntry("KG", .mass, "kg"),
    ]
}
