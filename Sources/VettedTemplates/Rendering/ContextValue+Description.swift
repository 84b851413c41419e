/// How a value prints in `{{name}}`: swift-mustache prints `String(describing:)` of it,
/// so lists and objects print as Swift describes an `[Any]` or a `[String: Any]`.
extension ContextValue {
    var renderedText: String {
        switch self {
        case .value(let value): Self.describe(value)
        case .reversedList(let items): "ReversedCollection<Array<Any>>(_base: \(Self.describe(list: items)))"
        }
    }

    private static func describe(_ value: TemplateValue) -> String {
        switch value {
        case .text(let text): text
        case .bool(let flag): flag ? "true" : "false"
        case .int(let number): String(number)
        case .list(let items): describe(list: items)
        case .object(let fields): describe(object: fields)
        }
    }

    /// A value inside a list or object: text is quoted and escaped as Swift's debug
    /// description does.
    private static func describeElement(_ value: TemplateValue) -> String {
        if case .text(let text) = value { return text.debugDescription }
        return describe(value)
    }

    private static func describe(list items: [TemplateValue]) -> String {
        "[" + items.map(describeElement).joined(separator: ", ") + "]"
    }

    /// Swift prints a dictionary in its hash order, which changes from run to run; the
    /// keys are sorted here so the output is stable.
    private static func describe(object fields: [String: TemplateValue]) -> String {
        if fields.isEmpty { return "[:]" }
        let entries = fields.sorted { $0.key < $1.key }.map { key, value in
            key.debugDescription + ": " + describeElement(value)
        }
        return "[" + entries.joined(separator: ", ") + "]"
    }
}
