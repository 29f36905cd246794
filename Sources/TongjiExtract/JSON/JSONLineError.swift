/// Why a line of JSON Lines could not be read as a flat JSON object.
public struct JSONLineError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Byte offset into the line where reading stopped.
    public var byteOffset: Int
    /// What was wrong, in words for the user.
    public var reason: String

    /// Creates an error at a byte offset.
    public init(byteOffset: Int, reason: String) {
        self.byteOffset = byteOffset
        self.reason = reason
    }

    /// "not a JSON object: expected ':' after a key at byte 12"
    public var description: String { "not a JSON object: \(reason) at byte \(byteOffset)" }
}
