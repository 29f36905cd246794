/// Deflate's length symbols (RFC 1951 §3.2.5): for each match length 3–258, its symbol
/// (257–285) and extra bits.
final class LengthCodes: Sendable {
    /// Symbol per length.
    let code: [UInt16]
    /// Extra bit count per length.
    let extraBits: [UInt8]
    /// Extra bits value per length.
    let extraValue: [UInt16]

    /// The one table.
    static let shared = LengthCodes()

    private init() {
        let base = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258]
        let extra = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
        var code = [UInt16](repeating: 0, count: 259)
        var extraBits = [UInt8](repeating: 0, count: 259)
        var extraValue = [UInt16](repeating: 0, count: 259)
        for length in 3...258 {
            // The last symbol whose base is at most the length; 258 has its own symbol (285).
            var index = base.count - 1
            while base[index] > length { index -= 1 }
            code[length] = UInt16(257 + index)
            extraBits[length] = UInt8(extra[index])
            extraValue[length] = UInt16(length - base[index])
        }
        self.code = code
        self.extraBits = extraBits
        self.extraValue = extraValue
    }
}
