import TongjiExtract

/// Where a figure in the report comes from: an anchor in `report.html` and what a reader needs
/// to find it in the original text (document, offset, the sentence).
public struct SourceLink: Sendable, Hashable {
    /// The anchor in `report.html` ("m-2-1771" for a mention, "doc-2" for a document).
    public var anchor: String
    /// The document.
    public var doc: String
    /// The mention's code point offset in the document, when the link is to one mention.
    public var offset: Int?
    /// The mention's surface text ("3.25 亿元"), when the link is to one mention.
    public var text: String?
    /// The sentence around it, when known.
    public var sentence: String?

    /// A link to one mention.
    public init(mention m: Mention, in corpus: ReportCorpus) {
        anchor = corpus.anchor(of: m)
        doc = m.doc
        offset = m.start
        text = m.text
        sentence = m.sentence
    }

    /// A link to a document's section.
    public init(document doc: String, in corpus: ReportCorpus) {
        anchor = corpus.anchor(ofDocument: doc)
        self.doc = doc
    }

    /// "000_868f.txt @1771" or the document alone: how the source is written in Markdown and CSV.
    public var reference: String {
        offset.map { "\(doc) @\($0)" } ?? doc
    }

    /// A one-line tooltip: the reference and the sentence.
    public var tooltip: String {
        sentence.map { reference + "：" + $0 } ?? reference
    }
}
