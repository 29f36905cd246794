/// Finds every quantity in a Chinese text.
///
/// The entry point of the extraction core. (Placeholder: the scanner lands in later commits.)
public struct Extractor: Sendable {
    /// Creates an extractor with the built-in grammar.
    public init() {}

    /// Every quantity mention in `text`, in order of position; `doc` names the source in each record.
    public func mentions(in text: String, doc: String) -> [Mention] {
        []
    }
}
