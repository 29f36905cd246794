import Testing
@testable import TongjiExtract

/// `Candidate` stores its optionals as a value and a flag: they read back as written, and the
/// outcome stays small enough to be copied without `memcpy`.
@Suite struct CandidateTests {
    @Test func optionalsReadBackAsWritten() {
        var c = Candidate(start: 1, end: 9, numberStart: 2, value: 3.5, exactValue: ExactDecimal("3.5"),
                          unit: "m", dimension: .length, qualifier: .exact, surfaceUnit: "米")
        #expect(c.exactValue == ExactDecimal("3.5"))
        #expect(c.valueMax == nil && c.exactValueMax == nil)
        c.valueMax = 0
        c.exactValueMax = ExactDecimal.zero
        #expect(c.valueMax == 0 && c.exactValueMax == ExactDecimal.zero)
        c.exactValue = nil
        c.valueMax = nil
        #expect(c.exactValue == nil && c.valueMax == nil && c.exactValueMax == ExactDecimal.zero)
        let d = Candidate(start: 0, end: 1, numberStart: 0, value: 1, exactValue: nil, valueMax: 2,
                          exactValueMax: ExactDecimal(significand: 2), unit: "个", dimension: .count,
                          qualifier: .over, surfaceUnit: "个")
        #expect(d.exactValue == nil && d.valueMax == 2 && d.exactValueMax == ExactDecimal(significand: 2))
    }

    @Test func outcomeFitsInOneHundredTwentyEightBytes() {
        #expect(MemoryLayout<ParseOutcome>.size <= 128)
    }
}
