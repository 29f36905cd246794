/// Wraps labels into lines no wider than a given width, the way Chinese typesetting does.
///
/// Lines break between CJK characters (Chinese needs no spaces) and at spaces, but never inside
/// a number or a Latin word ("3.25", "G15", "PM2.5" stay whole); closing punctuation never starts
/// a line and opening punctuation never ends one. Text that needs more than `maxLines` lines
/// is cut and ends with "…"; so is a single word wider than the line.
///
/// ```swift
/// let wrapper = LabelWrapper(measurer: ApproximateTextMeasurer(), style: TextStyle(size: 10))
/// print(wrapper.wrap("热电联产长输管道工程", width: 50, maxLines: 2))
/// // Prints ["热电联产长", "输管道工程"]
/// ```
public struct LabelWrapper {
    /// How the text is measured.
    public var measurer: any TextMeasurer
    /// The style the lines will be drawn in.
    public var style: TextStyle

    /// Creates a wrapper measuring through `measurer` in `style`.
    public init(measurer: any TextMeasurer, style: TextStyle) {
        self.measurer = measurer
        self.style = style
    }

    /// The lines of `text`, each at most `width` wide, at most `maxLines` of them.
    public func wrap(_ text: String, width: Double, maxLines: Int = .max) -> [String] {
        let maxLines = max(1, maxLines)
        let tokens = Self.tokens(of: text)
        var lines: [String] = []
        var current = ""
        var truncated = false
        for token in tokens {
            let candidate = current.isEmpty ? token.trimmingLeadingSpaces : current + token
            if current.isEmpty || fits(candidate.trimmingTrailingSpaces, width) {
                current = candidate
                continue
            }
            lines.append(current.trimmingTrailingSpaces)
            current = token.trimmingLeadingSpaces
            if lines.count == maxLines {
                truncated = true
                break
            }
        }
        if !truncated, !current.isEmpty { lines.append(current.trimmingTrailingSpaces) }
        if lines.count > maxLines {
            lines = Array(lines.prefix(maxLines))
            truncated = true
        }
        if lines.isEmpty { return [] }
        // A line may still be too wide when one unbreakable word is wider than the line.
        for i in lines.indices where !fits(lines[i], width) {
            lines[i] = ellipsized(lines[i], width: width)
        }
        if truncated, let last = lines.last, !last.hasSuffix(Self.ellipsis) {
            lines[lines.count - 1] = ellipsized(last + Self.ellipsis, width: width)
        }
        return lines
    }

    /// Like `wrap`, but with lines of even length: the narrowest width that needs no more lines
    /// than `wrap` at `width` (so "新能源汽车零部件产业园" wraps as 新能源汽车 / 零部件产业园,
    /// not with one character left alone on the second line).
    public func wrapBalanced(_ text: String, width: Double, maxLines: Int = .max) -> [String] {
        let greedy = wrap(text, width: width, maxLines: maxLines)
        guard greedy.count > 1, !(greedy.last?.hasSuffix(Self.ellipsis) ?? false) else { return greedy }
        var low = width / Double(greedy.count)
        var high = width
        var best = greedy
        for _ in 0..<8 {
            let mid = (low + high) / 2
            let candidate = wrap(text, width: mid, maxLines: maxLines)
            if candidate.count == greedy.count, !(candidate.last?.hasSuffix(Self.ellipsis) ?? false),
                candidate.allSatisfy({ fits($0, mid) })
            {
                best = candidate
                high = mid
            } else {
                low = mid
            }
        }
        return best
    }

    /// The width of the widest line `wrap` would produce.
    public func widestLine(_ lines: [String]) -> Double {
        lines.map { measurer.measure($0, style: style).width }.max() ?? 0
    }

    /// The text shortened from the end so that it plus "…" fits `width`.
    public func ellipsized(_ text: String, width: Double) -> String {
        if fits(text, width) { return text }
        var characters = Array(text)
        if characters.last == "…" { characters.removeLast() }
        while !characters.isEmpty {
            characters.removeLast()
            let candidate = String(characters).trimmingTrailingSpaces + Self.ellipsis
            if fits(candidate, width) { return candidate }
        }
        return Self.ellipsis
    }

    static let ellipsis = "…"

    private func fits(_ text: String, _ width: Double) -> Bool {
        measurer.measure(text, style: style).width <= width + 1e-9
    }

    /// Splits text into unbreakable pieces: one CJK character (with the closing punctuation after
    /// it and the opening punctuation before it), one word, or one run of spaces.
    static func tokens(of text: String) -> [String] {
        var tokens: [String] = []
        var pendingOpening = ""
        var previous: CharacterClass?
        for character in text {
            let kind = CharacterClass.of(character)
            switch kind {
            case .opening:
                pendingOpening.append(character)
                previous = kind
                continue
            case .closing:
                if pendingOpening.isEmpty, !tokens.isEmpty {
                    tokens[tokens.count - 1].append(character)
                } else {
                    pendingOpening.append(character)
                }
            case .word where previous == .word && pendingOpening.isEmpty && !tokens.isEmpty:
                tokens[tokens.count - 1].append(character)
            case .space where previous == .space && !tokens.isEmpty:
                tokens[tokens.count - 1].append(character)
            default:
                tokens.append(pendingOpening + String(character))
                pendingOpening = ""
            }
            previous = kind == .closing ? previous : kind
        }
        if !pendingOpening.isEmpty {
            if tokens.isEmpty { tokens.append(pendingOpening) } else { tokens[tokens.count - 1] += pendingOpening }
        }
        return tokens
    }
}

extension String {
    var trimmingTrailingSpaces: String {
        var s = Substring(self)
        while let last = s.last, last.isWhitespace { s.removeLast() }
        return String(s)
    }

    var trimmingLeadingSpaces: String {
        String(drop(while: { $0.isWhitespace }))
    }
}
