/// How a unit word behaves in the grammar once it follows a number.
enum UnitKind: Sendable, Equatable {
    /// A unit of measure (元, 公里, 平方米, 吨, 千瓦时 ...): 一 before it is a real number ("一吨").
    case measure
    /// A classifier for counts (个, 家, 人 ...): a bare 一 before it is an article ("一场盛宴").
    case classifier
    /// A duration (年, 个月, 天 ...): bare 一 is an article, four-digit numbers before 年 are years.
    case duration
    /// 日 as a duration: only with 内/以内 after it or a duration keyword before it, else a date.
    case dayOfMonth
    /// A percentage or percentage points.
    case percent
    /// 成 (tenths): 三成 = 30%, only after small numbers and not inside words like 成为.
    case tenths
    /// 度: a temperature in weather context, energy (kWh) beside electricity words, else nothing.
    case degree
    /// Words that look like units but make the number a date, an era, a grade or a clock time
    /// (月, 年代, 年级, 年度, 号, 时 ...): the number is not a quantity.
    case blocker
}

/// When a unit word that also starts other words counts as the unit (see `UnitEntry.guardRule`).
enum UnitGuard: Sendable {
    /// Always.
    case none
    /// Only after Arabic digits, and not before any of `notBefore` (6层 but not 一层楼 or 5层次;
    /// 60对 but not 1对1): after a Chinese numeral these classifiers mostly start other words.
    case afterDigits(notBefore: SortedScalars)
    /// After a Chinese numeral, only when no ideograph follows or one of `allowedBefore` does
    /// (十里路, 方圆十里都 but not 七里坪村): otherwise the numeral and the word start a place name.
    case chineseNumeralBefore(allowedBefore: SortedScalars)
}

/// One unit word of the lexicon: what it is written as, what it measures and how it converts.
/// A class (immutable, shared) so that handing an entry around costs one reference count.
final class UnitEntry: Sendable {
    /// The word as written after the number ("平方公里").
    let surface: String
    /// What it measures.
    let dimension: Dimension
    /// The base unit its values are converted into ("m2"), or the classifier itself for counts.
    let unit: String
    /// The conversion factor into the base unit, when it is a finite decimal (1 公里 = 1000 m).
    let exactFactor: ExactDecimal?
    /// The conversion factor as a Double (always set; the only one for 亩 = 10000/15 m2).
    let factor: Double
    /// How it behaves in the grammar.
    let kind: UnitKind
    /// The unit word itself says "more than" (个多月).
    let impliesOver: Bool
    /// The unit word itself adds a half to the number (个半小时: 3个半小时 = 3.5 hour).
    let addsHalf: Bool
    /// When the word counts as this unit, for words that also start other words.
    let guardRule: UnitGuard
    /// The last scalar of `surface` (asked after every unit match, so kept rather than recomputed).
    let lastScalar: UInt32
    /// The UTF-8 length of `surface`.
    let surfaceByteCount: Int

    /// A unit whose factor is a finite decimal such as "1000" or "0.5".
    init(_ surface: String, _ dimension: Dimension, _ unit: String, _ factor: String = "1",
         kind: UnitKind = .measure, over: Bool = false, half: Bool = false, guardRule: UnitGuard = .none) {
        self.surface = surface
        self.dimension = dimension
        self.unit = unit
        let exact = ExactDecimal(factor)
        self.exactFactor = exact
        self.factor = exact?.doubleValue ?? 1
        self.kind = kind
        self.impliesOver = over
        self.addsHalf = half
        self.guardRule = guardRule
        self.lastScalar = surface.unicodeScalars.last?.value ?? 0
        self.surfaceByteCount = surface.utf8.count
    }

    /// A unit whose factor is not a finite decimal (亩 = 10000/15 m2).
    init(_ surface: String, _ dimension: Dimension, _ unit: String, inexact factor: Double) {
        self.surface = surface
        self.dimension = dimension
        self.unit = unit
        self.exactFactor = nil
        self.factor = factor
        self.kind = .measure
        self.impliesOver = false
        self.addsHalf = false
        self.guardRule = .none
        self.lastScalar = surface.unicodeScalars.last?.value ?? 0
        self.surfaceByteCount = surface.utf8.count
    }
}
