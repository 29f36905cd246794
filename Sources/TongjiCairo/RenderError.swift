import TongjiChart

/// Why a chart could not be drawn or written. Messages are lowercase, quote the input and say
/// what to do.
public enum RenderError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The CJK font is missing: Pango drew `unknownGlyphs` characters of the probe as boxes.
    case missingCJKFont(unknownGlyphs: Int)
    /// The output's extension is not .png, .svg or .pdf.
    case unsupportedFormat(path: String)
    /// Cairo reported an error.
    case cairo(operation: String, status: String)
    /// The file could not be written.
    case writeFailed(path: String, reason: String)
    /// The scale for PNG output is out of range.
    case invalidScale(Double)
    /// The chart could not be laid out.
    case layout(ChartError)

    /// The message shown to the user.
    public var description: String {
        switch self {
        case .missingCJKFont(let count):
            return "the Chinese font \"Noto Sans CJK SC\" is missing (\(count) characters of \"\(FontProbe.probeText)\" would be drawn as boxes): install it with \"apt-get install -y fonts-noto-cjk\" (or run scripts/bootstrap)"
        case .unsupportedFormat(let path):
            return "cannot tell the chart format of \"\(path)\": name the output .png, .svg or .pdf"
        case .cairo(let operation, let status):
            return "cairo failed to \(operation): \(status)"
        case .writeFailed(let path, let reason):
            return "cannot write \"\(path)\": \(reason)"
        case .invalidScale(let scale):
            return "scale \(scale) is out of range: use a number from 0.25 to 8 (2 is sharp on most screens)"
        case .layout(let error):
            return error.description
        }
    }
}
