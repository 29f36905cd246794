internal import CCairo

/// zlib's CRC-32 (the checksum that ends every PNG chunk) over a `Span`, so the PNG encoder needs
/// neither C nor pointers: the one pointer zlib wants is made here, next to the other C wrappers.
///
/// Why zlib's: it is already linked (CCairo links `z` for cairo) and table-driven; a CRC of a
/// chart's IDAT chunk is a few tens of kilobytes.
enum ZlibChecksum {
    /// The CRC-32 of `bytes`, continuing from `crc` (the CRC of the bytes before them; 0 to start).
    static func crc32(_ bytes: Span<UInt8>, continuing crc: UInt32 = 0) -> UInt32 {
        // zlib returns 0 for a null buffer whatever `crc` is, and an empty span may have no address.
        guard !bytes.isEmpty else { return crc }
        return bytes.withUnsafeBufferPointer { buffer in
            UInt32(CCairo.crc32(uLong(crc), buffer.baseAddress, uInt(buffer.count)))
        }
    }
}
