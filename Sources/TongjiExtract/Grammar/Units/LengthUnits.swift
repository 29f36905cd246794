/// Length, converted to metres. 千米 is also read as the scale 千 + 米 (same value).
extension UnitLexicon {
    static let length: [UnitEntry] = [
        UnitEntry("米", .length, "m"),
        UnitEntry("延米", .length, "m"),
        UnitEntry("千米", .length, "m", "1000"),
        UnitEntry("公里", .length, "m", "1000"),
        // After a Chinese numeral 里 mostly starts a place name (七里坪村, 十里桃花谷); it is a distance
        // before these words (十里路, 方圆十里地, 三里远, 十里之外) or where no ideograph follows.
        UnitEntry("里", .length, "m", "500", guardRule: .chineseNumeralBefore(allowedBefore: SortedScalars("路地远外长之以左多余开内都"))),
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
