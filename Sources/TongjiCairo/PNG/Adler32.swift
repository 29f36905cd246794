/// The Adler-32 checksum (RFC 1950) that ends a zlib stream, fed by `RunLengthDeflater` as it
/// reads: byte by byte for literals and in closed form for a run of one repeated byte (k bytes
/// of value v add k·v to the first sum and k·a + v·k(k+1)/2 to the second), so the filtered
/// rows, mostly long zero runs, are never scanned a second time for the checksum.
struct Adler32 {
    private static let modulus: UInt64 = 65521
    private var a: UInt64 = 1
    private var b: UInt64 = 0
    private var pending = 0

    /// The checksum of everything added so far.
    var value: UInt32 { UInt32((b % Self.modulus) << 16 | (a % Self.modulus)) }

    /// Adds one byte.
    @inline(__always)
    mutating func add(_ byte: UInt8) {
        a += UInt64(byte)
        b += a
        pending += 1
        // a stays below 2^32 and b below 2^50 for 2^16 bytes between reductions.
        if pending >= 65_536 { reduce() }
    }

    /// Adds `count` copies of `byte`.
    mutating func add(repeating byte: UInt8, count: Int) {
        reduce()
        let k = UInt64(count) % Self.modulus
        let v = UInt64(byte)
        let triangle = UInt64(count) * UInt64(count + 1) / 2 % Self.modulus
        b = (b + k * a + v * triangle) % Self.modulus
        a = (a + k * v) % Self.modulus
    }

    private mutating func reduce() {
        a %= Self.modulus
        b %= Self.modulus
        pending = 0
    }
}
