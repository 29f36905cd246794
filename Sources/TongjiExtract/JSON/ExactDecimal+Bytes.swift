/// Exact decimals written straight into a record, for the JSON Lines writer: the same text as
/// `description` ("325000000", "-12.6", "0.05"), without building a `String` per number.
extension ExactDecimal {
    /// Room `writePlainText` needs: a sign, "0.", the digits, the zeros an exponent adds.
    var plainTextBound: Int { 24 &+ Int(exponent.magnitude) }

    /// Writes the plain decimal text of this number (as `description` gives it) at `at`; returns
    /// the offset after it. Significand digits, then the exponent's zeros; or the digits before
    /// the point, the point, and the fraction digits zero-padded to the exponent's width.
    func writePlainText(into target: inout MutableRawSpan, at: Int) -> Int {
        var o = at
        if significand < 0 {
            target.storeBytes(of: UInt8(ascii: "-"), toByteOffset: o, as: UInt8.self)
            o &+= 1
        }
        let magnitude = significand.magnitude
        if exponent >= 0 {
            o = JSONWriter.writeDigits(magnitude, into: &target, at: o)
            if significand != 0 {
                for _ in 0..<exponent {
                    target.storeBytes(of: 0x30, toByteOffset: o, as: UInt8.self)
                    o &+= 1
                }
            }
            return o
        }
        let fraction = -exponent
        var whole: UInt64 = 0
        var part = magnitude
        if fraction < 20 {
            var scale: UInt64 = 1
            for _ in 0..<fraction { scale &*= 10 }
            whole = magnitude / scale
            part = magnitude % scale
        }
        o = JSONWriter.writeDigits(whole, into: &target, at: o)
        target.storeBytes(of: UInt8(ascii: "."), toByteOffset: o, as: UInt8.self)
        return JSONWriter.writeDigits(part, minimumWidth: fraction, into: &target, at: o &+ 1)
    }

    /// Appends the plain decimal text of this number (as `description` gives it) to `out`.
    func appendPlainText(to out: inout [UInt8]) {
        out.appendWriting(upTo: plainTextBound) { writePlainText(into: &$0, at: 0) }
    }
}
