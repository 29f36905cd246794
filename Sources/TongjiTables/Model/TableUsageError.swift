/// A `tongji table` request that cannot be run as written: the command exits with status 2 and
/// prints this message.
public struct TableUsageError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong and what to do, lowercase, quoting the input.
    public var message: String

    /// Creates an error.
    public init(_ message: String) {
        self.message = message
    }

    /// The message.
    public var description: String { message }

    /// `--by nope`: "unknown field \"nope\" in --by: valid fields are doc, dimension, ..."
    public static func unknownField(_ name: String, option: String) -> TableUsageError {
        TableUsageError("unknown field \"\(name)\" in \(option): valid fields are \(MentionField.validNames)")
    }

    /// `--agg nope`
    public static func unknownAggregate(_ name: String) -> TableUsageError {
        TableUsageError("unknown aggregate \"\(name)\" in --agg: valid aggregates are \(Aggregate.validNames)")
    }

    /// `--where label` (no operator)
    public static func invalidFilter(_ text: String) -> TableUsageError {
        TableUsageError("invalid filter \"\(text)\" in --where: write field=a,b (equals one of), field!=a, field~text (contains), or value>=number (also >, <, <=)")
    }

    /// `--where value>=abc`
    public static func invalidNumber(_ text: String, in filter: String) -> TableUsageError {
        TableUsageError("invalid number \"\(text)\" in --where \"\(filter)\": write a plain decimal such as 100000000")
    }

    /// `--sort nope`
    public static func unknownSortColumn(_ name: String, valid: [String]) -> TableUsageError {
        TableUsageError("unknown column \"\(name)\" in --sort: valid columns are \(valid.joined(separator: ", "))")
    }

    /// `--preset nope`
    public static func unknownPreset(_ name: String) -> TableUsageError {
        TableUsageError("unknown preset \"\(name)\": valid presets are \(Preset.allCases.map(\.rawValue).joined(separator: ", "))")
    }
}
