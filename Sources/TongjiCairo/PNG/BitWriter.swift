/// Writes bits least-significant first, as deflate packs them (RFC 1951 §3.1.1), into a buffer
/// it grows only in `reserve`: the per-bit path has no capacity or uniqueness checks (those
/// checks on `[UInt8].append` were a tenth of a PNG's time).
final class BitWriter {
    private var storage: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private var count = 0
    private var buffer: UInt64 = 0
    private var bits = 0

    /// A writer whose output starts with `prefix` (the zlib header).
    init(prefix: [UInt8], capacity: Int) {
        self.capacity = max(capacity, prefix.count + 64)
        storage = .allocate(capacity: self.capacity)
        for byte in prefix {
            storage[count] = byte
            count += 1
        }
    }

    deinit {
        storage.deallocate()
    }

    /// Makes room for at least `bytes` more bytes of output.
    func reserve(_ bytes: Int) {
        let needed = count + bytes + 16
        guard needed > capacity else { return }
        let grown = max(needed, capacity * 2)
        let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
        bigger.update(from: storage, count: count)
        storage.deallocate()
        storage = bigger
        capacity = grown
    }

    /// Appends the low `width` bits of `value` (width ≤ 32) within the reserved room.
    @inline(__always)
    func write(_ value: UInt32, width: Int) {
        buffer |= UInt64(value) << UInt64(bits)
        bits += width
        if bits >= 32 {
            (UnsafeMutableRawPointer(storage) + count).storeBytes(of: UInt32(truncatingIfNeeded: buffer).littleEndian, as: UInt32.self)
            count += 4
            buffer >>= 32
            bits -= 32
        }
    }

    /// Pads the last byte with zero bits and returns everything written.
    func finish() -> [UInt8] {
        reserve(8)
        while bits > 0 {
            storage[count] = UInt8(truncatingIfNeeded: buffer)
            count += 1
            buffer >>= 8
            bits -= 8
        }
        bits = 0
        return Array(UnsafeBufferPointer(start: storage, count: count))
    }
}
