public import VettedYAML

/// A value from the front matter together with where it was written, for
/// references that are checked once every file is read.
public struct Located<Value: Sendable>: Sendable {
    public let value: Value
    public let mark: Mark
    /// How a scalar was quoted, so Markdown positions inside it can be exact.
    let style: Node.ScalarStyle

    init(_ value: Value, at mark: Mark, style: Node.ScalarStyle = .plain) {
        self.value = value
        self.mark = mark
        self.style = style
    }
}

/// A mapping whose keys were checked against the keys it may have.
struct Fields {
    let node: Node
    /// What the mapping is, for messages: "the front matter", "'product'", "sources item 2".
    let name: String
    private let values: [String: Node]
    /// Keys written with no value (`title:`), so a missing value points at its key.
    let emptyKeys: [String: Mark]

    init(node: Node, name: String, values: [String: Node], emptyKeys: [String: Mark] = [:]) {
        self.node = node
        self.name = name
        self.values = values
        self.emptyKeys = emptyKeys
    }

    /// The value of a key, or nil when the key is absent or null.
    subscript(key: String) -> Node? { values[key] }
}

/// Reads typed values out of YAML nodes, logging every problem with its position and
/// carrying on, so one run reports every mistake of a file.
struct FieldReader {
    let log: DiagnosticLog

    /// Checks that `node` is a mapping with only `allowed` keys.
    func fields(_ node: Node, allowed: [String], name: String) -> Fields? {
        guard let pairs = node.mapping else {
            log.error("\(name) must be a mapping of keys to values, not \(node.kindDescription)", at: node.mark)
            return nil
        }
        var values: [String: Node] = [:]
        var emptyKeys: [String: Mark] = [:]
        for pair in pairs {
            guard let key = pair.key.scalar else {
                log.error("keys in \(name) must be plain words, not \(pair.key.kindDescription)", at: pair.key.mark)
                continue
            }
            guard allowed.contains(key) else {
                log.error("unknown key '\(key)' in \(name)\(Suggestion.hint(for: key, in: allowed))", at: pair.key.mark)
                continue
            }
            if pair.value.isNull { emptyKeys[key] = pair.key.mark } else { values[key] = pair.value }
        }
        return Fields(node: node, name: name, values: values, emptyKeys: emptyKeys)
    }

    /// Logs a missing required key at the mapping.
    func missing(_ key: String, in fields: Fields) {
        if let mark = fields.emptyKeys[key] {
            log.error("'\(key)' needs a value", at: mark)
        } else {
            log.error("missing required key '\(key)' in \(fields.name)", at: fields.node.mark)
        }
    }

    func string(_ fields: Fields, _ key: String, required: Bool = false) -> String? {
        located(fields, key, required: required)?.value
    }

    /// A string with its position.
    func located(_ fields: Fields, _ key: String, required: Bool = false) -> Located<String>? {
        guard let node = fields[key] else {
            if required { missing(key, in: fields) }
            return nil
        }
        return located(node, key: key)
    }

    /// A scalar as a string; a list or mapping is an error.
    func located(_ node: Node, key: String) -> Located<String>? {
        guard case .scalar(let value, let style) = node.kind else {
            log.error("'\(key)' must be a string, not \(node.kindDescription)", at: node.mark)
            return nil
        }
        if required(nonEmpty: value) {
            log.error("'\(key)' must not be empty", at: node.mark)
            return nil
        }
        return Located(value, at: node.mark, style: style)
    }

    private func required(nonEmpty value: String) -> Bool {
        value.allSatisfy(\.isWhitespace)
    }

    func int(_ fields: Fields, _ key: String, range: ClosedRange<Int>, required: Bool = false) -> Int? {
        guard let node = fields[key] else {
            if required { missing(key, in: fields) }
            return nil
        }
        guard node.isPlainScalar, let text = node.scalar, let value = Int(text) else {
            log.error("'\(key)' must be a whole number, not \(describe(node))", at: node.mark)
            return nil
        }
        guard range.contains(value) else {
            log.error("'\(key)' must be between \(range.lowerBound) and \(range.upperBound), not \(value)", at: node.mark)
            return nil
        }
        return value
    }

    /// A number from 0 to 1, e.g. `0.6`.
    func fraction(_ fields: Fields, _ key: String) -> Double? {
        guard let node = fields[key] else { return nil }
        guard node.isPlainScalar, let text = node.scalar, let value = Double(text), value.isFinite else {
            log.error("'\(key)' must be a number from 0 to 1, such as 0.6, not \(describe(node))", at: node.mark)
            return nil
        }
        guard (0...1).contains(value) else {
            log.error("'\(key)' must be from 0 to 1 (a share: 0.6 is 60 %), not \(text)", at: node.mark)
            return nil
        }
        return value
    }

    /// A score out of 10 with at most one decimal, e.g. `7.5`.
    func score(_ fields: Fields, _ key: String) -> Score? {
        guard let node = fields[key] else { return nil }
        let text = node.isPlainScalar ? node.scalar ?? "" : ""
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        if (1...2).contains(parts.count), parts[0].count <= 3, let whole = Int(parts[0]), parts[0].allSatisfy(\.isASCIIDigitCharacter),
            parts.count == 1 || (parts[1].count == 1 && parts[1].allSatisfy(\.isASCIIDigitCharacter))
        {
            let tenths = whole * 10 + (parts.count == 2 ? Int(parts[1]) ?? 0 : 0)
            if (0...100).contains(tenths) { return Score(tenths: tenths) }
        }
        log.error("'\(key)' must be a score from 0 to 10 with at most one decimal, such as 7.5, not \(describe(node))", at: node.mark)
        return nil
    }

    func bool(_ fields: Fields, _ key: String) -> Bool? {
        guard let node = fields[key] else { return nil }
        if node.isPlainScalar {
            switch node.scalar {
            case "true", "True", "TRUE": return true
            case "false", "False", "FALSE": return false
            default: break
            }
        }
        log.error("'\(key)' must be true or false, not \(describe(node))", at: node.mark)
        return nil
    }

    func date(_ fields: Fields, _ key: String, required: Bool = false) -> Timestamp? {
        guard let node = fields[key] else {
            if required { missing(key, in: fields) }
            return nil
        }
        return date(node, key: key)
    }

    func date(_ node: Node, key: String) -> Timestamp? {
        guard let text = node.scalar, let value = Timestamp(text) else {
            log.error("'\(key)' must be a date as YYYY-MM-DD or RFC 3339, not \(describe(node))", at: node.mark)
            return nil
        }
        return value
    }

    /// A list; a single scalar is accepted as a list of one when `single` is true.
    func list(_ fields: Fields, _ key: String, required: Bool = false, single: Bool = false) -> [Node]? {
        guard let node = fields[key] else {
            if required { missing(key, in: fields) }
            return nil
        }
        if let items = node.sequence {
            if required, items.isEmpty { log.error("'\(key)' must list at least one item", at: node.mark) }
            return items
        }
        if single, node.scalar != nil { return [node] }
        log.error("'\(key)' must be a list, not \(node.kindDescription)", at: node.mark)
        return nil
    }

    /// A list of strings with their positions.
    func strings(_ fields: Fields, _ key: String, required: Bool = false, single: Bool = false) -> [Located<String>] {
        (list(fields, key, required: required, single: single) ?? []).compactMap { located($0, key: key) }
    }

    /// One of a fixed set of words.
    func choice(_ fields: Fields, _ key: String, in choices: [String], required: Bool = false) -> String? {
        guard let value = located(fields, key, required: required) else { return nil }
        guard choices.contains(value.value) else {
            log.error(
                "'\(key)' must be one of \(choices.joined(separator: ", ")), not '\(value.value)'"
                    + Suggestion.hint(for: value.value, in: choices),
                at: value.mark
            )
            return nil
        }
        return value.value
    }

    /// An absolute http or https URL.
    func url(_ fields: Fields, _ key: String, required: Bool = false) -> String? {
        guard let value = located(fields, key, required: required) else { return nil }
        guard WebURL.isAbsoluteHTTP(value.value) else {
            log.error("'\(key)' must be an absolute http:// or https:// URL, not '\(value.value)'", at: value.mark)
            return nil
        }
        return value.value
    }

    /// A link for `href`: an absolute http(s) URL or a root-relative path like `/about/`.
    func link(_ fields: Fields, _ key: String) -> String? {
        guard let value = located(fields, key) else { return nil }
        guard SiteURLs.isSafeHref(value.value) else {
            log.error("'\(key)' must be an http(s) URL or a path starting with /, not '\(value.value)'", at: value.mark)
            return nil
        }
        return value.value
    }

    private func describe(_ node: Node) -> String {
        if let text = node.scalar { return "'\(text)'" }
        return node.kindDescription
    }
}
