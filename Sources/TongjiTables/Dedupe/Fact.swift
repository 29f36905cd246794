import TongjiExtract

/// One fact: a mention standing for every mention that states the same thing, with all sources.
public struct Fact: Sendable, Hashable {
    /// The representative mention: of all the fact's mentions, the first by (doc, start).
    public var mention: Mention
    /// The documents the fact was found in, distinct, sorted.
    public var sources: [String]
    /// How many mentions state it.
    public var mentionCount: Int

    /// Creates a fact from one mention.
    public init(_ mention: Mention) {
        self.mention = mention
        self.sources = [mention.doc]
        self.mentionCount = 1
    }

    /// Adds another mention of the same fact.
    mutating func absorb(_ other: Mention) {
        mentionCount += 1
        guard !sources.contains(other.doc) else {
            if Self.precedes(other, mention) { mention = other }
            return
        }
        sources.append(other.doc)
        sources.sort { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
        if Self.precedes(other, mention) { mention = other }
    }

    /// Adds another fact with the same key.
    mutating func absorb(_ other: Fact) {
        mentionCount += other.mentionCount
        var all = Set(sources)
        all.formUnion(other.sources)
        sources = all.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
        if Self.precedes(other.mention, mention) { mention = other.mention }
    }

    static func precedes(_ a: Mention, _ b: Mention) -> Bool {
        if a.doc != b.doc { return a.doc.unicodeScalars.lexicographicallyPrecedes(b.doc.unicodeScalars) }
        return a.start < b.start
    }
}
