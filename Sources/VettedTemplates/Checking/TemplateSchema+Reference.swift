/// A Markdown reference of the values a template gets.
extension TemplateSchema {
    /// The fields as a nested Markdown list under a heading:
    ///
    ///     # Title
    ///
    ///     - `page` (object): The page being rendered.
    ///       - `title` (text): The page's title.
    ///       - `tags` (list of objects): …
    ///         - `name` (text): …
    public func reference(title: String) -> String {
        var lines = ["# \(title)", ""]
        switch self {
        case .object(let fields):
            Self.appendFields(fields, depth: 0, to: &lines)
        case .list(let element):
            lines.append("A \(Self.describe(self)).")
            if case .object(let fields) = Self.innermost(element) {
                lines.append("")
                Self.appendFields(fields, depth: 0, to: &lines)
            }
        default:
            lines.append("A \(Self.describe(self)).")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func appendFields(_ fields: [TemplateField], depth: Int, to lines: inout [String]) {
        let indent = String(repeating: "  ", count: depth)
        for field in fields {
            let doc = field.doc.isEmpty ? "" : ": \(field.doc)"
            lines.append("\(indent)- `\(field.name)` (\(describe(field.schema)))\(doc)")
            if case .object(let inner) = innermost(field.schema) {
                appendFields(inner, depth: depth + 1, to: &lines)
            }
        }
    }

    /// The element of lists of lists…, or the schema itself.
    private static func innermost(_ schema: TemplateSchema) -> TemplateSchema {
        if case .list(let element) = schema { return innermost(element) }
        return schema
    }

    /// `text`, `HTML`, `flag`, `number`, `object`, `list of objects`, …
    static func describe(_ schema: TemplateSchema) -> String {
        switch schema {
        case .text: "text"
        case .html: "HTML, for {{{ }}}"
        case .flag: "flag"
        case .number: "number"
        case .object: "object"
        case .list(let element): "list of \(plural(element))"
        }
    }

    private static func plural(_ schema: TemplateSchema) -> String {
        switch schema {
        case .text: "texts"
        case .html: "HTML texts"
        case .flag: "flags"
        case .number: "numbers"
        case .object: "objects"
        case .list(let element): "lists of \(plural(element))"
        }
    }
}
