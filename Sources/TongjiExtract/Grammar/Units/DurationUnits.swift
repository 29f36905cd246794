/// Durations, kept in their own unit (years are never turned into days). Also the words that make a
/// number a date, an era, a grade or a clock time (`UnitKind.blocker`).
extension UnitLexicon {
    static let duration: [UnitEntry] = [
        UnitEntry("年", .duration, "year", kind: .duration),
        UnitEntry("周年", .duration, "year", kind: .duration),
        UnitEntry("个年头", .duration, "year", kind: .duration),
        UnitEntry("个月", .duration, "month", kind: .duration),
        UnitEntry("个多月", .duration, "month", kind: .duration, over: true),
        UnitEntry("周", .duration, "week", kind: .duration),
        UnitEntry("个星期", .duration, "week", kind: .duration),
        UnitEntry("星期", .duration, "week", kind: .duration),
        UnitEntry("天", .duration, "day", kind: .duration),
        UnitEntry("日", .duration, "day", kind: .dayOfMonth),
        UnitEntry("个工作日", .duration, "day", kind: .duration),
        UnitEntry("工作日", .duration, "day", kind: .duration),
        UnitEntry("小时", .duration, "hour", kind: .duration),
        UnitEntry("个小时", .duration, "hour", kind: .duration),
        UnitEntry("个多小时", .duration, "hour", kind: .duration, over: true),
        UnitEntry("分钟", .duration, "minute", kind: .duration),
        // N个半 + unit: a number and a half (3个半小时 = 3.5 hour, 一个半月 = 1.5 month).
        UnitEntry("个半小时", .duration, "hour", kind: .duration, half: true),
        UnitEntry("个半钟头", .duration, "hour", kind: .duration, half: true),
        UnitEntry("个半月", .duration, "month", kind: .duration, half: true),
        UnitEntry("个半星期", .duration, "week", kind: .duration, half: true),
        UnitEntry("个半工作日", .duration, "day", kind: .duration, half: true),
        // Not quantities: dates, eras, grades, clock times, phases.
        UnitEntry("月", .duration, "month", kind: .blocker),
        UnitEntry("月份", .duration, "month", kind: .blocker),
        UnitEntry("年代", .duration, "year", kind: .blocker),
        UnitEntry("年级", .duration, "year", kind: .blocker),
        UnitEntry("年度", .duration, "year", kind: .blocker),
        UnitEntry("年初", .duration, "year", kind: .blocker),
        UnitEntry("年底", .duration, "year", kind: .blocker),
        UnitEntry("年末", .duration, "year", kind: .blocker),
        UnitEntry("号", .duration, "day", kind: .blocker),
        UnitEntry("时", .duration, "hour", kind: .blocker),
        UnitEntry("点钟", .duration, "hour", kind: .blocker),
        UnitEntry("级", .count, "级", kind: .blocker),
        UnitEntry("楼", .count, "楼", kind: .blocker),
        // Compound transport units (ton-kilometres, passenger-kilometres) have no record in the spec.
        UnitEntry("吨公里", .mass, "kg", kind: .blocker),
        UnitEntry("人公里", .count, "人", kind: .blocker),
    ]
}
