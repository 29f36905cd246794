/// Finds every quantity in a Chinese text.
///
/// The entry point of the extraction core. (Placeholder: the scanner lands in later commits.)
public struct Extractor: Sendable {
    /// Creates an extractor with the built-in grammar.
    public init() {}

    /// Every quantity mention in `text` and the problems met (numbers too large, ...).
    /// `doc` names the source in each record; issue offsets are code point offsets into `text`.
    public func extract(_ text: String, doc: String) -> ExtractionResult {
        ExtractionResult()
    }

    /// Every quantity mention in `text`, in order of position.
    public func mentions(in text: String, doc: String) -> [Mention] {
        extract(text, doc: doc).mentions
    }
}
