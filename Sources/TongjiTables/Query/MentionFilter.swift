import TongjiExtract

/// One `--where` condition on a mention field.
///
/// Forms: `field=a,b` (equals one of; `keyword=总投资,计划投资`), `field!=a,b` (equals none),
/// `field~text` (contains; `label~公路`), and on `value` also `>`, `>=`, `<`, `<=` with a plain
/// decimal in the base unit (`value>=100000000`). Comparisons of text are exact, after nothing.
public struct MentionFilter: Sendable, Hashable, CustomStringConvertible {
    /// How the field is tested.
    public enum Test: Sendable, Hashable {
        /// Equals one of.
        case oneOf([String])
        /// Equals none of.
        case noneOf([String])
        /// Contains.
        case contains(String)
        /// `value` compared with a number: `<` is `less`, `>=` is `!less`...
        case compare(ComparisonOperator, ExactDecimal)
    }

    /// A numeric comparison.
    public enum ComparisonOperator: String, Sendable, Hashable {
        case greater = ">", greaterOrEqual = ">=", less = "<", lessOrEqual = "<="
    }

    /// The field tested.
    public var field: MentionField
    /// The test.
    public var test: Test
    /// The filter as written.
    public var description: String

    /// Parses one `--where` argument, or explains the accepted forms and fields.
    public init(parsing text: String) throws(TableUsageError) {
        description = text
        let scalars = Array(text.unicodeScalars)
        var i = 0
        while i < scalars.count, scalars[i] == "_" || ("a"..."z").contains(scalars[i]) || ("A"..."Z").contains(scalars[i]) {
            i += 1
        }
        let name = String(String.UnicodeScalarView(scalars[0..<i]))
        guard !name.isEmpty, i < scalars.count else { throw TableUsageError.invalidFilter(text) }
        field = try MentionField(name: name, option: "--where")
        let rest = String(String.UnicodeScalarView(scalars[i...]))
        func operand(_ skip: Int) -> String { String(rest.dropFirst(skip)) }
        func list(_ s: String) -> [String] { s.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingSpaces } }
        if rest.hasPrefix("!=") {
            test = .noneOf(list(operand(2)))
        } else if rest.hasPrefix("=") {
            test = .oneOf(list(operand(1)))
        } else if rest.hasPrefix("~") {
            test = .contains(operand(1))
        } else if let op = [ComparisonOperator.greaterOrEqual, .lessOrEqual, .greater, .less].first(where: { rest.hasPrefix($0.rawValue) }) {
            guard field == .value else {
                throw TableUsageError("invalid filter \"\(text)\" in --where: only value compares with \(op.rawValue); write \(name)=a or \(name)~text")
            }
            let number = operand(op.rawValue.count).trimmingSpacesString
            guard let decimal = DecimalText.parse(number) else { throw TableUsageError.invalidNumber(number, in: text) }
            test = .compare(op, decimal)
        } else {
            throw TableUsageError.invalidFilter(text)
        }
    }

    /// True when the mention passes.
    public func matches(_ mention: Mention) -> Bool {
        switch test {
        case .oneOf(let values): return values.contains(field.text(of: mention))
        case .noneOf(let values): return !values.contains(field.text(of: mention))
        case .contains(let part): return field.text(of: mention).contains(part)
        case .compare(let op, let bound):
            let v = mention.exactValue ?? DecimalText.exact(mention.value)
            guard let v else { return false }
            switch op {
            case .greater: return bound < v
            case .greaterOrEqual: return !(v < bound)
            case .less: return v < bound
            case .lessOrEqual: return !(bound < v)
            }
        }
    }
}

extension String {
    var trimmingSpacesString: String { self[...].trimmingSpaces }
}
