/// A Chinese number scale: none, 万 (10^4), 亿 (10^8) or 万亿 (10^12).
///
/// Chinese groups digits by four, not three: 325,000,000 reads 3.25亿, 145,000 reads 14.5万.
/// One scale is chosen per value (`ChineseNumberFormatter.format(_:unit:)`) or per column or
/// chart axis (`ChineseNumberFormatter.scale(for:)`), so that a reader compares like with like.
///
/// ```swift
/// print(ChineseScale.yi.word, ChineseScale.yi.factor)   // Prints "亿 100000000.0"
/// ```
public struct ChineseScale: Sendable, Hashable, CustomStringConvertible {
    /// The scale word written after the number: "", "万", "亿" or "万亿".
    public let word: String
    /// The power of ten the scale stands for: 0, 4, 8 or 12.
    public let power: Int

    /// 10^power as a `Double` (exact: every factor is a power of ten below 2^53).
    public var factor: Double {
        var f = 1.0
        for _ in 0..<power { f *= 10 }
        return f
    }

    /// Creates a scale; use the named scales (`one`, `wan`, `yi`, `wanYi`) unless you need another.
    public init(word: String, power: Int) {
        self.word = word
        self.power = power
    }

    /// No scale: the number as it is (1,234).
    public static let one = ChineseScale(word: "", power: 0)
    /// 万, ten thousand (14.5万).
    public static let wan = ChineseScale(word: "万", power: 4)
    /// 亿, a hundred million (3.25亿).
    public static let yi = ChineseScale(word: "亿", power: 8)
    /// 万亿, a trillion (1.2万亿).
    public static let wanYi = ChineseScale(word: "万亿", power: 12)

    /// The named scales from small to large.
    public static let all: [ChineseScale] = [.one, .wan, .yi, .wanYi]

    /// The largest named scale whose factor is at most `magnitude` (`.one` below 10^4, zero,
    /// and non-finite values), so that the scaled number is at least 1.
    public static func fitting(magnitude: Double) -> ChineseScale {
        let m = magnitude.magnitude
        guard m.isFinite else { return .one }
        var chosen = ChineseScale.one
        for scale in all where m >= scale.factor { chosen = scale }
        return chosen
    }

    /// The next larger named scale, or nil for 万亿.
    public var larger: ChineseScale? {
        guard let i = Self.all.firstIndex(of: self), i + 1 < Self.all.count else { return nil }
        return Self.all[i + 1]
    }

    /// The scale word ("亿"), or "1" for no scale.
    public var description: String { word.isEmpty ? "1" : word }
}
