/// `,"dimension":"money","qualifier":"exact","surface_unit":` for every dimension and qualifier
/// (11 × 4), rendered once per process: the stretch between a record's unit and its surface unit
/// depends on two enums only, so it is always a copy. (Neighbouring mentions rarely share unit and
/// surface unit, so the strings around it are written per record.)
struct UnitFieldTable: Sendable {
    /// The shared table.
    static let shared = UnitFieldTable()

    /// Every entry, one after another.
    private let bytes: [UInt8]
    /// Where entry `k` starts; entry `k` ends where `k + 1` starts.
    private let starts: [Int]

    private init() {
        var bytes: [UInt8] = []
        var starts: [Int] = []
        for dimension in Dimension.allCases {
            for qualifier in Qualifier.allCases {
                precondition(starts.count == Self.index(dimension, qualifier), "UnitFieldTable: case order")
                starts.append(bytes.count)
                JSONWriter.appendRaw(",\"dimension\":", to: &bytes)
                JSONWriter.appendString(dimension.rawValue, to: &bytes)
                JSONWriter.appendRaw(",\"qualifier\":", to: &bytes)
                JSONWriter.appendString(qualifier.rawValue, to: &bytes)
                JSONWriter.appendRaw(",\"surface_unit\":", to: &bytes)
            }
        }
        starts.append(bytes.count)
        self.bytes = bytes
        self.starts = starts
    }

    /// The entry's number: dimensions in declaration order, four qualifiers each.
    @inline(__always)
    private static func index(_ dimension: Dimension, _ qualifier: Qualifier) -> Int {
        let d: Int
        switch dimension {
        case .money: d = 0
        case .length: d = 1
        case .area: d = 2
        case .volume: d = 3
        case .mass: d = 4
        case .energy: d = 5
        case .power: d = 6
        case .percent: d = 7
        case .temperature: d = 8
        case .duration: d = 9
        case .count: d = 10
        }
        let q: Int
        switch qualifier {
        case .exact: q = 0
        case .approx: q = 1
        case .over: q = 2
        case .under: q = 3
        }
        return d &* 4 &+ q
    }

    /// How many bytes the entry has.
    @inline(__always)
    func count(_ dimension: Dimension, _ qualifier: Qualifier) -> Int {
        let k = Self.index(dimension, qualifier)
        return starts[k &+ 1] &- starts[k]
    }

    /// Copies the entry to `at`; returns the offset after it.
    @inline(__always)
    func write(_ dimension: Dimension, _ qualifier: Qualifier, into target: inout MutableRawSpan, at: Int) -> Int {
        let k = Self.index(dimension, qualifier)
        return ByteCopy.copy(bytes.span.bytes.extracting(starts[k]..<starts[k &+ 1]), into: &target, at: at)
    }
}
