/// Test inputs with the expected positions marked inside the text, after swift-format's
/// `MarkedText`: "总投资1️⃣3.25亿元2️⃣的项目" is the text "总投资3.25亿元的项目" with marker 1 at
/// code point 3 and marker 2 at code point 9. A marker is a digit followed by U+FE0F U+20E3.
struct MarkedText {
    /// The text without its markers.
    let text: String
    /// Code point offset of each marker, by marker number.
    let markers: [Int: Int]

    init(_ marked: String) {
        var out = String.UnicodeScalarView()
        var markers: [Int: Int] = [:]
        let scalars = Array(marked.unicodeScalars)
        var i = 0
        var offset = 0
        while i < scalars.count {
            if i + 2 < scalars.count, scalars[i].value >= 0x30, scalars[i].value <= 0x39,
               scalars[i + 1].value == 0xFE0F, scalars[i + 2].value == 0x20E3 {
                markers[Int(scalars[i].value - 0x30)] = offset
                i += 3
                continue
            }
            out.append(scalars[i])
            offset += 1
            i += 1
        }
        text = String(out)
        self.markers = markers
    }

    /// The span between markers `a` and `b`.
    func span(_ a: Int = 1, _ b: Int = 2) -> Range<Int>? {
        guard let s = markers[a], let e = markers[b] else { return nil }
        return s..<e
    }
}
