/// The hot loop: validates a text's UTF-8 and lists every byte where a quantity can start, with its
/// code point offset, in one pass over the bytes.
///
/// Almost every byte of a text cannot start a number, so this loop only classifies characters: an
/// ASCII digit, or a three-byte character in the trigger set (the Chinese numerals 〇一二两…十百千万亿
/// and 半 of `ChineseNumerals.startCharacters`, and the full-width digits ０–９).
///
/// The speed tricks, for Chinese text (runs of three-byte characters):
/// - validation and the search share their loads: the input layer used to validate a chunk, then
///   the scanner read it again; now the validating pass lists the triggers (`TriggerList`);
/// - two characters per 64-bit load (four per two loads): when both sequences of the load are
///   well-formed three-byte ones (checked with one mask), the two characters are tested from the
///   register, without a branch per byte;
/// - single ASCII bytes (the commas between Chinese runs) are steps of the same loop;
/// - a character is tested with a perfect hash (`TriggerHash`) of its three bytes: one multiply,
///   one table load, one compare, instead of decoding the scalar into a bitmap index;
/// - code points are counted per load (two or four characters), not per character.
struct TriggerScanner {
    /// The trigger characters, as a perfect hash of their UTF-8 bytes.
    private let hash: TriggerHash

    /// The shared scanner for the grammar's start characters.
    static let standard = TriggerScanner(triggers: ChineseNumerals.startCharacters)

    /// A scanner for the three-byte scalars of `triggers` in U+3000..<U+A000 (the CJK range the
    /// grammar uses), the full-width digits ０–９, and the ASCII digits.
    init(triggers: [UInt32]) {
        var scalars = triggers.filter { $0 >= 0x3000 && $0 < 0xA000 }
        scalars.append(contentsOf: 0xFF10...0xFF19)
        hash = TriggerHash(scalars: scalars)
    }

    /// Every trigger in `bytes` with its code point offset, when `bytes` are well-formed UTF-8;
    /// nil when they are not (the caller then decodes them, replacing the invalid bytes).
    ///
    /// Validation and the trigger search in one pass over the bytes: the steps of
    /// `UTF8Validation` (two or four three-byte characters per pair of loads, eight ASCII bytes,
    /// one ASCII byte, one three-byte character, else one sequence checked exactly), each also
    /// testing its characters: the three-byte ones with the hash, eight ASCII bytes for digits
    /// with one SWAR test. Counting code points costs one add per step.
    ///
    /// Not inlined, so that its loop keeps its few values in registers.
    @inline(never)
    func triggers(in bytes: [UInt8]) -> TriggerList? {
        list(in: bytes, validating: true)
    }

    /// Every trigger in `bytes`, which are valid UTF-8 (from a `String`, or validated before):
    /// the same loop without the checks that only validation needs (a step tests lead bytes
    /// only), as fast as the search was before it was fused with validation.
    @inline(never)
    func triggers(inValid bytes: [UInt8]) -> TriggerList {
        list(in: bytes, validating: false) ?? TriggerList(capacity: 0)
    }

    /// The loop of `triggers(in:)` (`validating`: nil for bytes that are not UTF-8) and of
    /// `triggers(inValid:)` (the bytes are valid UTF-8; never nil). Always inlined, so that each
    /// caller gets the loop for its constant `validating`, with no test of it left.
    @inline(__always)
    private func list(in bytes: [UInt8], validating: Bool) -> TriggerList? {
        let text = bytes.span
        let raw = text.bytes
        let slots = hash.slots.span
        let n = text.count
        var list = TriggerList(capacity: n >> 6)
        let nibbles: UInt64 = 0x0F00_000F  // the low nibbles of the two lead bytes (bytes 0 and 3)
        let ones4: UInt64 = 0x01_0100_0101  // the same, for four nibbles at bytes 0, 1, 3 and 4
        let ed4: UInt64 = 0x0D_0D00_0D0D
        let flags4: UInt64 = 0x80_8000_8080
        let highBits: UInt64 = 0x8080_8080_8080_8080
        let key: UInt64 = 0xFF_FFFF  // one character's three bytes
        let leadMask: UInt64 = 0xF000_00F0  // without validation: the high nibbles of bytes 0 and 3
        let leads: UInt64 = 0xE000_00E0  // both three-byte leads
        var i = 0
        var c = 0
        while i < n {
            while UInt(bitPattern: i) <= UInt(bitPattern: n) && n &- i >= 8 {
                let x = raw.unsafeLoadUnaligned(fromByteOffset: i, as: UInt64.self).littleEndian
                if validating ? ThreeByteWords.areTwoSequences(x) : x & leadMask == leads {
                    // Four characters in one step when the next six bytes are two more sequences:
                    // both loads' shapes in one test, and their four lead nibbles (y's moved to
                    // bytes 1 and 4) in one test for 0 (E0) and D (ED), which leave for the slow
                    // step: each nibble is a lane below 16, and a lane minus one sets its bit 7
                    // only when it was 0 (a borrow into the next lane comes only from a lane
                    // that is 0, which fails the test anyway).
                    if n &- i >= 14 {
                        let y = raw.unsafeLoadUnaligned(fromByteOffset: i &+ 6, as: UInt64.self).littleEndian
                        let m = (x & nibbles) | (y & nibbles) << 8
                        if validating ? ThreeByteWords.areTwoSequences(y) && ((m &- ones4) | ((m ^ ed4) &- ones4)) & flags4 == 0
                            : y & leadMask == leads {
                            if hash.contains(x & key, slots: slots) { list.append(byte: i, codePoint: c) }
                            if hash.contains((x >> 24) & key, slots: slots) { list.append(byte: i &+ 3, codePoint: c &+ 1) }
                            if hash.contains(y & key, slots: slots) { list.append(byte: i &+ 6, codePoint: c &+ 2) }
                            if hash.contains((y >> 24) & key, slots: slots) { list.append(byte: i &+ 9, codePoint: c &+ 3) }
                            i &+= 12
                            c &+= 4
                            continue
                        }
                    }
                    if validating && ThreeByteWords.hasBoundedLead(x) { break }
                    if hash.contains(x & key, slots: slots) { list.append(byte: i, codePoint: c) }
                    if hash.contains((x >> 24) & key, slots: slots) { list.append(byte: i &+ 3, codePoint: c &+ 1) }
                    i &+= 6
                    c &+= 2
                    continue
                }
                if x & 0x80 == 0 {
                    if x & highBits == 0 {
                        // Eight ASCII bytes: a lane is a digit when adding 0x50 sets its bit 7
                        // (at least 0x30) and adding 0x46 does not (below 0x3A); no lane carries.
                        var digits = (x &+ 0x5050_5050_5050_5050) & ~(x &+ 0x4646_4646_4646_4646) & highBits
                        while digits != 0 {
                            let k = digits.trailingZeroBitCount >> 3
                            list.append(byte: i &+ k, codePoint: c &+ k)
                            digits &= digits &- 1
                        }
                        c &+= 8
                        i &+= 8
                        continue
                    }
                    if (x & 0xFF) &- 0x30 < 10 { list.append(byte: i, codePoint: c) }
                    c &+= 1
                    i &+= 1
                    continue
                }
                if validating {
                    if x & 0xC0_C0F0 != 0x80_80E0 { break }
                    let l = x & 0x0F
                    if l == 0 || l == 0x0D { break }
                } else if x & 0xF0 != 0xE0 {
                    break
                }
                if hash.contains(x & key, slots: slots) { list.append(byte: i, codePoint: c) }
                c &+= 1
                i &+= 3
            }
            guard i < n else { break }
            // The slow step: one sequence, checked exactly (or, without validation, its length
            // from its lead byte).
            let length = validating ? UTF8Validation.sequenceLength(text, at: i) : Self.length(lead: text[unchecked: i])
            if length == 1 {
                if text[unchecked: i] &- 0x30 < 10 { list.append(byte: i, codePoint: c) }
            } else if length == 3 && n &- i > 2 {
                let v = UInt64(text[unchecked: i]) | UInt64(text[unchecked: i &+ 1]) << 8 | UInt64(text[unchecked: i &+ 2]) << 16
                if hash.contains(v, slots: slots) { list.append(byte: i, codePoint: c) }
            } else if length == 0 {
                return nil
            }
            i &+= length
            c &+= 1
        }
        return list
    }

    /// The byte length of the sequence that `lead` starts in valid UTF-8.
    @inline(__always)
    private static func length(lead: UInt8) -> Int {
        lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    }
}
