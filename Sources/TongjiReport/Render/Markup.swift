import TongjiCairo

/// Escaping for the two text formats the report writes.
enum Markup {
    /// HTML text and attribute escaping (& < > " '), the same rules as the charts' SVG.
    static func html(_ text: String) -> String {
        SVGAccessibility.escape(text)
    }

    /// A Markdown table cell: `|` escaped, line breaks as spaces, HTML's `<` and `&` escaped so
    /// that a sentence never turns into markup.
    static func markdownCell(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for ch in text {
            switch ch {
            case "|": out += "\\|"
            case "\r\n", "\n", "\r": out += " "
            case "<": out += "&lt;"
            case "&": out += "&amp;"
            default: out.append(ch)
            }
        }
        return out
    }
}
