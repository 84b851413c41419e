/// A position in a text: 1-based line and column (columns count Unicode scalars).
public struct Mark: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let line: Int
    public let column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (lhs: Mark, rhs: Mark) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }

    public var description: String { "\(line):\(column)" }

    /// The same mark moved down by `lines` lines.
    public func shifted(lines: Int) -> Mark {
        Mark(line: line + lines, column: column)
    }
}

/// An immutable YAML node with the position where it starts.
public struct Node: Sendable {
    /// How a scalar was written; plain scalars are the only ones that resolve to
    /// `null`, booleans and numbers.
    public enum ScalarStyle: Sendable {
        case plain, singleQuoted, doubleQuoted, literal, folded
    }

    /// A key and its value in a mapping, in document order.
    public struct Pair: Sendable {
        public let key: Node
        public let value: Node
    }

    public enum Kind: Sendable {
        case scalar(String, ScalarStyle)
        case sequence([Node])
        case mapping([Pair])
    }

    public let kind: Kind
    public let mark: Mark
    /// An explicit tag such as `tag:yaml.org,2002:str`, if the document gave one.
    public let tag: String?
    /// The number of nodes this node stands for once aliases are expanded.
    let weight: Int

    init(kind: Kind, mark: Mark, tag: String?, weight: Int) {
        self.kind = kind
        self.mark = mark
        self.tag = tag
        self.weight = weight
    }
}

extension Node {
    /// The scalar's text, or nil for a sequence or mapping.
    public var scalar: String? {
        if case .scalar(let value, _) = kind { return value }
        return nil
    }

    /// True for `~`, `null`, `Null`, `NULL` and an empty plain scalar.
    public var isNull: Bool {
        guard case .scalar(let value, .plain) = kind, tag == nil else { return false }
        return value.isEmpty || value == "~" || value == "null" || value == "Null" || value == "NULL"
    }

    /// True when the scalar is written plainly (unquoted), so it may be a bool or number.
    public var isPlainScalar: Bool {
        if case .scalar(_, .plain) = kind { return true }
        return false
    }

    /// The items of a sequence, or nil.
    public var sequence: [Node]? {
        if case .sequence(let items) = kind { return items }
        return nil
    }

    /// The pairs of a mapping, or nil.
    public var mapping: [Pair]? {
        if case .mapping(let pairs) = kind { return pairs }
        return nil
    }

    /// A word for the node's kind, for messages: "a string", "a list", "a mapping".
    public var kindDescription: String {
        switch kind {
        case .scalar: return isNull ? "nothing" : "a string"
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        }
    }
}
