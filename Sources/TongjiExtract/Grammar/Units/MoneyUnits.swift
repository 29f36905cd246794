/// Money: 元 and foreign currencies, converted to their ISO codes. Scales (万, 亿) are read with the
/// number, so 亿元 is 亿 + 元 and 亿美元 is 亿 + 美元.
extension UnitLexicon {
    static let money: [UnitEntry] = [
        UnitEntry("元", .money, "CNY"),
        UnitEntry("元人民币", .money, "CNY"),
        UnitEntry("人民币", .money, "CNY"),
        UnitEntry("块钱", .money, "CNY"),
        // 角 and 分 alone are left out (分 is also minutes and points); with 钱 they are money.
        UnitEntry("毛钱", .money, "CNY", "0.1"),
        UnitEntry("角钱", .money, "CNY", "0.1"),
        UnitEntry("分钱", .money, "CNY", "0.01"),
        UnitEntry("美元", .money, "USD"),
        UnitEntry("美金", .money, "USD"),
        UnitEntry("美圆", .money, "USD"),
        UnitEntry("欧元", .money, "EUR"),
        UnitEntry("港元", .money, "HKD"),
        UnitEntry("港币", .money, "HKD"),
        UnitEntry("日元", .money, "JPY"),
        UnitEntry("英镑", .money, "GBP"),
        UnitEntry("韩元", .money, "KRW"),
        UnitEntry("卢布", .money, "RUB"),
        UnitEntry("瑞士法郎", .money, "CHF"),
        UnitEntry("新台币", .money, "TWD"),
        UnitEntry("台币", .money, "TWD"),
        UnitEntry("澳元", .money, "AUD"),
        UnitEntry("加元", .money, "CAD"),
    ]
}
