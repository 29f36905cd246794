/// Numbers as a record writes them: the exact decimal when there is one, else the integer, else
/// the shortest `Double` text, else `null` (JSON has no infinities).
enum JSONNumber {
    /// Room `write` needs for a `Double` without an exact decimal: an integer below 1e18, or the
    /// shortest text of a `Double` (at most 24 bytes, "-2.2250738585072014e-308"), and the word
    /// stored past the digits.
    static let doubleBound = 32

    /// Writes `exact` when given, else `value` (integral values below 1e18 without ".0", other
    /// finite values as `description` writes them, non-finite ones as `null`); returns the offset
    /// after it. Needs `exact?.plainTextBound ?? doubleBound` bytes of room.
    @inline(__always)
    static func write(_ value: Double, exact: ExactDecimal?, into target: inout MutableRawSpan, at: Int) -> Int {
        if let exact { return exact.writePlainText(into: &target, at: at) }
        return writeDouble(value, into: &target, at: at)
    }

    /// `write` for a `Double` without an exact decimal.
    static func writeDouble(_ value: Double, into target: inout MutableRawSpan, at: Int) -> Int {
        guard value.isFinite else { return writeNull(into: &target, at: at) }
        if value == value.rounded(), abs(value) < 1e18 {
            return JSONWriter.writeInteger(Int64(value), into: &target, at: at)
        }
        let text = "\(value)"
        precondition(text.utf8.count <= 24, "JSONNumber: Double text longer than expected")
        return ByteCopy.copy(text.utf8.span.bytes, into: &target, at: at)
    }

    /// Writes `null`; returns the offset after it.
    @inline(__always)
    static func writeNull(into target: inout MutableRawSpan, at: Int) -> Int {
        target.storeBytes(of: UInt32(0x6C6C_756E).littleEndian, toByteOffset: at, as: UInt32.self)  // "null"
        return at &+ 4
    }
}
