import TongjiExtract
import TongjiTables

/// Hand-built mentions for table tests.
enum Sample {
    static func money(_ doc: String, _ start: Int, _ value: String, label: String?, keyword: String?, qualifier: Qualifier = .exact, sentence: String? = nil) -> Mention {
        let exact = ExactDecimal(value)!
        return Mention(doc: doc, start: start, end: start + 4, text: value, value: exact.doubleValue, unit: "CNY",
                       dimension: .money, qualifier: qualifier, surfaceUnit: "元", label: label, keyword: keyword,
                       sentence: sentence ?? "\(keyword ?? "")\(value)元的\(label ?? "")", exactValue: exact)
    }

    static func length(_ doc: String, _ start: Int, _ meters: String, label: String?) -> Mention {
        let exact = ExactDecimal(meters)!
        return Mention(doc: doc, start: start, end: start + 4, text: meters, value: exact.doubleValue, unit: "m",
                       dimension: .length, surfaceUnit: "米", label: label, exactValue: exact)
    }

    static func count(_ doc: String, _ start: Int, _ n: Int, unit: String, label: String? = nil) -> Mention {
        Mention(doc: doc, start: start, end: start + 2, text: "\(n)\(unit)", value: Double(n), unit: unit,
                dimension: .count, surfaceUnit: unit, label: label, exactValue: ExactDecimal(significand: Int64(n)))
    }

    static let investments: [Mention] = [
        money("a.txt", 10, "325000000", label: "热电联产长输管道", keyword: "总投资"),
        money("b.txt", 50, "325000000", label: "“热电联产”长输管道", keyword: "总投资", qualifier: .approx),
        money("b.txt", 90, "1200000000", label: "城区公路改造工程", keyword: "计划投资"),
        money("c.txt", 5, "80000000", label: "城区公路改造工程", keyword: "一期投资"),
        money("c.txt", 30, "500000000", label: "新能源产业园", keyword: "签约"),
        money("c.txt", 60, "7000000", label: "农贸市场", keyword: "营业收入"),
        money("d.txt", 3, "20000000", label: nil, keyword: "融资"),
    ]
}
