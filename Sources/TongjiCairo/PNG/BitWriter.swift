/// Writes bits least-significant first, as deflate packs them (RFC 1951 §3.1.1), into a byte
/// array it grows only in `withRoom`: the per-bit path (`PendingBits.write`) is one bounds-checked
/// 4-byte store into a `MutableRawSpan` taken once per block, with no capacity or uniqueness
/// checks (those checks on `[UInt8].append` were a tenth of a PNG's time).
final class BitWriter {
    /// The output: `bits.count` bytes written, then zeroed room up to `storage.count`.
    private var storage: [UInt8]
    /// The bits not yet stored and where the next four bytes go.
    private var bits = PendingBits()

    /// A writer whose output starts with `prefix` (the zlib header), with room for `capacity`
    /// bytes before it has to grow.
    init(prefix: [UInt8], capacity: Int) {
        storage = prefix + [UInt8](repeating: 0, count: max(capacity, prefix.count + 64) - prefix.count)
        bits.count = prefix.count
    }

    /// Makes room for at least `bytes` more bytes of output (plus the 4-byte store's slack), then
    /// calls `body` with the pending bits and the whole output as a `MutableRawSpan` to write
    /// them to with `PendingBits.write`; a block's symbols are all written in one call.
    @inline(__always)
    func withRoom<R>(_ bytes: Int, _ body: (inout PendingBits, inout MutableRawSpan) -> R) -> R {
        let needed = bits.count + bytes + 16
        if needed > storage.count {
            // Zeroed, as the bytes `finish` pads are assumed to be.
            storage += repeatElement(0, count: max(needed, storage.count * 2) - storage.count)
        }
        var elements = storage.mutableSpan
        var output = elements.mutableBytes
        return body(&bits, &output)
    }

    /// Pads the last byte with zero bits and returns everything written.
    func finish() -> [UInt8] {
        withRoom(8) { bits, output in bits.flush(to: &output) }
        storage.removeSubrange(bits.count...)
        let written = storage
        storage = []
        return written
    }
}

/// The bit accumulator of a `BitWriter`: up to 63 bits not yet stored and the byte offset they
/// go to. A value type apart from the output span, so the hot loop keeps both in registers.
struct PendingBits {
    /// Bits waiting to be stored, the oldest in the low bits.
    private var buffer: UInt64 = 0
    /// How many bits of `buffer` are in use.
    private var used = 0
    /// Bytes stored so far: where the next store goes.
    fileprivate(set) var count = 0

    /// Appends the low `width` bits of `value` (width ≤ 32), storing four bytes into `output`
    /// whenever 32 bits are complete (within the room `BitWriter.withRoom` made).
    @inline(__always)
    mutating func write(_ value: UInt32, width: Int, to output: inout MutableRawSpan) {
        buffer |= UInt64(value) << UInt64(used)
        used += width
        if used >= 32 {
            output.storeBytes(of: UInt32(truncatingIfNeeded: buffer).littleEndian, toByteOffset: count, as: UInt32.self)
            count += 4
            buffer >>= 32
            used -= 32
        }
    }

    /// Stores the remaining bits a byte at a time, the last byte padded with zero bits.
    fileprivate mutating func flush(to output: inout MutableRawSpan) {
        while used > 0 {
            output.storeBytes(of: UInt8(truncatingIfNeeded: buffer), toByteOffset: count, as: UInt8.self)
            count += 1
            buffer >>= 8
            used -= 8
        }
        used = 0
    }
}
