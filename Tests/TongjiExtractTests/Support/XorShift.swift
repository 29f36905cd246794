/// A small deterministic random number generator (xorshift64), shared by the randomized tests, so
/// that every run tries the same inputs and a failure can be replayed.
struct XorShift: RandomNumberGenerator {
    /// The generator's state; any nonzero seed.
    var state: UInt64

    /// The next pseudo-random word.
    mutating func next() -> UInt64 {
        state ^= state << 13
        state ^= state >> 7
        state ^= state << 17
        return state
    }

    /// A pseudo-random number in 0..<n.
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
}
