/// Makes cairo's SVG accessible: `role="img"` on the root and `<title>` and `<desc>` as its
/// first children, which screen readers announce. Cairo has no API for either, so the bytes are
/// edited after cairo wrote them.
public enum SVGAccessibility {
    /// `svg` with the title and description inserted after the root `<svg …>` start tag.
    /// Returns the input unchanged if it has no `<svg` element.
    public static func insert(title: String, description: String, into svg: [UInt8]) -> [UInt8] {
        let open = Array("<svg".utf8)
        guard let start = firstIndex(of: open, in: svg, from: 0),
            let close = svg[start...].firstIndex(of: UInt8(ascii: ">"))
        else { return svg }
        let selfClosing = close > start && svg[close - 1] == UInt8(ascii: "/")
        guard !selfClosing else { return svg }
        let inserted = Array(#" role="img""#.utf8)
        let children = Array("\n<title>\(escape(title))</title>\n<desc>\(escape(description))</desc>".utf8)
        var result: [UInt8] = []
        result.reserveCapacity(svg.count + children.count + inserted.count)
        result += svg[..<close]
        result += inserted
        result.append(UInt8(ascii: ">"))
        result += children
        result += svg[(close + 1)...]
        return result
    }

    /// XML character escaping for text content and attributes: & < > " ' (and control
    /// characters XML 1.0 forbids are dropped).
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static func firstIndex(of needle: [UInt8], in haystack: [UInt8], from: Int) -> Int? {
        guard needle.count <= haystack.count else { return nil }
        var i = from
        while i + needle.count <= haystack.count {
            if haystack[i] == needle[0], Array(haystack[i..<(i + needle.count)]) == needle { return i }
            i += 1
        }
        return nil
    }
}
