/// The file formats a chart is written in, chosen by the output's extension.
public enum ChartFormat: String, Sendable, Hashable, CaseIterable {
    /// A bitmap (scaled, 2x by default, for sharp text).
    case png
    /// Vector, self-contained (glyphs as paths), with `<title>` and `<desc>` for screen readers.
    case svg
    /// Vector, for print.
    case pdf

    /// The format for a path's extension (case-insensitive), or nil.
    public init?(path: String) {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        self.init(rawValue: path[path.index(after: dot)...].lowercased())
    }

    /// The format for `path`, or an error naming the path.
    public static func forPath(_ path: String) throws(RenderError) -> ChartFormat {
        guard let format = ChartFormat(path: path) else { throw .unsupportedFormat(path: path) }
        return format
    }
}
