/// How a piece of text is set: size in pixels and weight. The family is the renderer's
/// (Noto Sans CJK SC for TongjiCairo).
public struct TextStyle: Sendable, Hashable {
    /// Font weight.
    public enum Weight: String, Sendable, Hashable {
        /// Regular text.
        case regular
        /// Titles.
        case bold
    }

    /// Font size in pixels (the em square).
    public var size: Double
    /// Font weight.
    public var weight: Weight

    /// Creates a style.
    public init(size: Double, weight: Weight = .regular) {
        self.size = size
        self.weight = weight
    }
}
