/// Area, converted to square metres. 1 亩 = 10000/15 m2 is not a finite decimal, so 亩 values carry
/// no exact value.
extension UnitLexicon {
    static let area: [UnitEntry] = [
        UnitEntry("平方米", .area, "m2"),
        UnitEntry("平米", .area, "m2"),
        UnitEntry("平方公里", .area, "m2", "1000000"),
        UnitEntry("平方千米", .area, "m2", "1000000"),
        UnitEntry("平方厘米", .area, "m2", "0.0001"),
        UnitEntry("公顷", .area, "m2", "10000"),
        UnitEntry("亩", .area, "m2", inexact: 10000.0 / 15.0),
        UnitEntry("㎡", .area, "m2"),
        UnitEntry("m2", .area, "m2"),
        UnitEntry("m²", .area, "m2"),
        UnitEntry("km2", .area, "m2", "1000000"),
        UnitEntry("km²", .area, "m2", "1000000"),
    ]
}
