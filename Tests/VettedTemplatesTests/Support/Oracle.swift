import Mustache
import VettedMarkdown
import VettedTemplates

/// swift-mustache set up as the product used it: every template starts with a pragma
/// selecting a content type that escapes with `escapedForHTMLAttribute`.
enum Oracle {
    /// The line the product put before every template.
    static var pragma: String {
        _ = registered
        return "{{% CONTENT_TYPE: VETTED_HTML }}\n"
    }

    private static let registered: Void = MustacheContentTypes.register(VettedHTML(), named: "VETTED_HTML")

    private struct VettedHTML: MustacheContentType {
        func escapeText(_ text: String) -> String { text.escapedForHTMLAttribute }
    }

    /// swift-mustache's library of the templates (each with the pragma line), or the
    /// error parsing one of them.
    static func library(_ templates: [(name: String, text: String)]) -> Result<MustacheLibrary, any Error> {
        var library = MustacheLibrary()
        do {
            for template in templates {
                library.register(try MustacheTemplate(string: pragma + template.text), named: template.name)
            }
        } catch {
            return .failure(error)
        }
        return .success(library)
    }

    /// Renders `name` with swift-mustache, or returns the parse error.
    /// - Parameter stableObjects: objects print their keys sorted (see ``OracleObject``).
    static func render(
        _ templates: [(name: String, text: String)], _ name: String, _ value: TemplateValue, stableObjects: Bool = true
    ) -> Result<String, any Error> {
        library(templates).map { $0.render(any(value, stableObjects: stableObjects), withTemplate: name) ?? "" }
    }

    /// The value swift-mustache gets for a template value: `String`, `Bool`, `Int`,
    /// `[Any]` and `[String: Any]` (or ``OracleObject``).
    static func any(_ value: TemplateValue, stableObjects: Bool) -> Any {
        switch value {
        case .text(let text): return text
        case .bool(let flag): return flag
        case .int(let number): return number
        case .list(let items): return items.map { any($0, stableObjects: stableObjects) } as [Any]
        case .object(let fields):
            let converted = fields.mapValues { any($0, stableObjects: stableObjects) }
            return stableObjects ? OracleObject(fields: converted) : converted as [String: Any]
        }
    }
}

/// An object for swift-mustache that behaves as a `[String: Any]` (children by key, the
/// transforms `count` and `empty`) but prints its keys in sorted order, as Vetted does,
/// instead of a dictionary's hash order, which changes from run to run.
struct OracleObject: MustacheParent, MustacheTransformable, CustomStringConvertible {
    let fields: [String: Any]

    func child(named name: String) -> Any? { fields[name] }

    func transform(_ name: String) -> Any? {
        switch name {
        case "count": fields.count
        case "empty": fields.isEmpty
        default: nil
        }
    }

    /// `Dictionary.description`, keys sorted.
    var description: String {
        guard !fields.isEmpty else { return "[:]" }
        var result = "["
        for (offset, field) in fields.sorted(by: { $0.key < $1.key }).enumerated() {
            if offset > 0 { result += ", " }
            debugPrint(field.key, terminator: "", to: &result)
            result += ": "
            debugPrint(field.value, terminator: "", to: &result)
        }
        return result + "]"
    }
}
