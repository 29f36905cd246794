import Testing
@testable import TongjiChart

/// Ticks by extended Wilkinson: known ranges, and the properties bars rely on.
struct NiceTicksTests {
    @Test(arguments: [
        (0.0, 3.25, 5, [0.0, 0.5, 1, 1.5, 2, 2.5, 3, 3.5]),
        (0.0, 3.25, 3, [0.0, 2, 4]),
        (0.0, 100, 5, [0.0, 25, 50, 75, 100]),
        (0.0, 12, 5, [0.0, 3, 6, 9, 12]),
        (0.0, 0.45, 5, [0.0, 0.1, 0.2, 0.3, 0.4, 0.5]),
        (-12.6, 8.3, 5, [-15.0, -10, -5, 0, 5, 10]),
        (0.0, 9800, 5, [0.0, 2500, 5000, 7500, 10000]),
    ])
    func knownRanges(low: Double, high: Double, target: Int, expected: [Double]) {
        let ticks = NiceTicks.extended(min: low, max: high, targetCount: target)
        #expect(ticks.values.count == expected.count)
        for (got, want) in zip(ticks.values, expected) {
            #expect(abs(got - want) < 1e-9, "\(ticks.values) for \(low)...\(high)")
        }
    }

    @Test func ticksCoverTheTallestBarAndIncludeZero() {
        var generator = SplitMix(seed: 7)
        for _ in 0..<500 {
            let a = generator.nextDouble() * 1000 - 300
            let b = generator.nextDouble() * 5000
            let low = min(0, a, b)
            let high = max(0, a, b)
            let ticks = NiceTicks.extended(min: low, max: high, targetCount: 2 + Int(generator.nextDouble() * 8))
            let values = ticks.values
            #expect(values.first! <= low + 1e-9 && values.last! >= high - 1e-9, "\(values) must enclose \(low)...\(high)")
            #expect(values.contains { abs($0) < 1e-9 }, "\(values) must include 0")
            // The step is short: at most two significant digits (q·j from 1, 5, 2, 2.5, 4, 3).
            var mantissa = ticks.step
            while mantissa >= 10 { mantissa /= 10 }
            while mantissa < 1 { mantissa *= 10 }
            #expect(abs(mantissa * 10 - (mantissa * 10).rounded()) < 1e-6, "step \(ticks.step)")
        }
    }

    @Test func oneValueAndAllZero() {
        #expect(NiceTicks.extended(min: 0, max: 0, targetCount: 5).values.last! >= 1)
        let single = NiceTicks.extended(min: 5, max: 5, targetCount: 5).values
        #expect(single.first == 0 && single.last! >= 5)
    }

    @Test func fractionDigitsFollowTheStep() {
        #expect(NiceTicks(lower: 0, upper: 1, step: 0.25).fractionDigits == 2)
        #expect(NiceTicks(lower: 0, upper: 10, step: 5).fractionDigits == 0)
        #expect(NiceTicks(lower: 0, upper: 0.3, step: 0.1).values == [0, 0.1, 0.2, 0.3])
    }
}

/// A small deterministic random generator for property tests.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func nextDouble() -> Double { Double(next() >> 11) / Double(1 << 53) }
}
