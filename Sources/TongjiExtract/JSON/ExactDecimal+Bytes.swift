/// Exact decimals written straight into a byte buffer, for the JSON Lines writer: the same text as
/// `description` ("325000000", "-12.6", "0.05"), without building a `String` per number.
extension ExactDecimal {
    /// Appends the plain decimal text of this number (as `description` gives it) to `out`.
    func appendPlainText(to out: inout [UInt8]) {
        if significand < 0 { out.append(UInt8(ascii: "-")) }
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes: room for the 20 digits of UInt64.max
        let exponent = self.exponent
        withUnsafeMutableBytes(of: &digits) { buffer in
            var v = significand.magnitude
            var k = buffer.count
            repeat {
                k -= 1
                buffer[k] = 0x30 &+ UInt8(truncatingIfNeeded: v % 10)
                v /= 10
            } while v > 0
            let text = UnsafeRawBufferPointer(rebasing: buffer[k...])
            let count = text.count
            if exponent >= 0 {
                JSONWriter.appendBytes(text, to: &out)
                if significand != 0 {
                    for _ in 0..<exponent { out.append(0x30) }
                }
            } else {
                let fraction = -exponent
                if count > fraction {
                    JSONWriter.appendBytes(UnsafeRawBufferPointer(rebasing: text[..<(count - fraction)]), to: &out)
                    out.append(UInt8(ascii: "."))
                    JSONWriter.appendBytes(UnsafeRawBufferPointer(rebasing: text[(count - fraction)...]), to: &out)
                } else {
                    out.append(0x30)
                    out.append(UInt8(ascii: "."))
                    for _ in 0..<(fraction - count) { out.append(0x30) }
                    JSONWriter.appendBytes(text, to: &out)
                }
            }
        }
    }
}
