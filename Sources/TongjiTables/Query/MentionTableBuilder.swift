import TongjiExtract

/// Anything that turns a stream of mentions into a table: the general `TableEngine` and the
/// presets' builders.
public protocol MentionTableBuilder: Sendable {
    /// The fields a mention must carry; a fast reader may leave the others empty.
    var neededFields: Set<MentionField> { get }
    /// Adds one mention.
    mutating func add(_ mention: Mention)
    /// The finished table.
    func table() throws(TableUsageError) -> Table
}

extension TableEngine: MentionTableBuilder {}
