/// A small fixed set of scalars, held sorted and searched by halves: for tests that may run for
/// every numeral with a unit, where hashing into a `Set<UInt32>` costs more than the search.
struct SortedScalars: Sendable {
    private let values: [UInt32]

    /// The scalars of `characters`.
    init(_ characters: String) {
        values = Array(Set(characters.unicodeScalars.map(\.value))).sorted()
    }

    /// Whether `v` is one of them.
    func contains(_ v: UInt32) -> Bool {
        var lo = 0
        var hi = values.count
        while lo < hi {
            let mid = (lo + hi) >> 1
            let m = values[mid]
            if m == v { return true }
            if m < v { lo = mid + 1 } else { hi = mid }
        }
        return false
    }
}
