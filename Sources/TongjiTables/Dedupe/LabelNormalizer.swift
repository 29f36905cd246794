/// Normalizes labels for deciding whether two mentions state the same fact.
///
/// The rule, applied to both labels before comparing them:
/// 1. full-width ASCII forms become ASCII (Ａ→A, １→1, ＂→"), the ideographic space a space;
/// 2. ASCII letters become lower case;
/// 3. whitespace, punctuation and symbols are removed (ASCII and CJK: quotes “”‘’「」『』, brackets
///    （）【】《》〈〉, 、，。：；！？·—…, hyphens and the like), so "“热电联产”长输管道" and
///    "热电联产长输管道" match;
/// 4. nothing else: characters are not simplified, synonyms are not merged, and a label is not
///    matched with a longer or shorter one (城区公路 ≠ 新建改造城区公路).
public enum LabelNormalizer {
    /// The normalized label.
    public static func normalize(_ label: String) -> String {
        var out = String.UnicodeScalarView()
        for var scalar in label.unicodeScalars {
            if (0xFF01...0xFF5E).contains(scalar.value), let ascii = Unicode.Scalar(scalar.value - 0xFEE0) {
                scalar = ascii
            }
            if scalar.value == 0x3000 { continue }
            if ("A"..."Z").contains(scalar), let lower = Unicode.Scalar(scalar.value + 32) { scalar = lower }
            switch scalar.properties.generalCategory {
            case .spaceSeparator, .lineSeparator, .paragraphSeparator, .control, .format,
                 .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
                 .initialPunctuation, .finalPunctuation, .otherPunctuation,
                 .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
                continue
            default:
                out.append(scalar)
            }
        }
        return String(out)
    }
}
