public import Mustache
public import VettedTemplates
import VettedMarkdown

/// swift-mustache, set up to render exactly as Vetted's own engine is meant to: the
/// oracle the tests and `vetted-bench` compare the engine with. Never part of `vetted`.
public enum MustacheOracle {
    /// A library of the same templates, each parsed with the HTML content type line
    /// in front of it.
    /// - Throws: swift-mustache's parse error, when it refuses a template.
    public static func library(_ templates: [(name: String, text: String)]) throws -> MustacheLibrary {
        var library = MustacheLibrary()
        for template in templates {
            library.register(try MustacheTemplate(string: HTMLContent.pragma + template.text), named: template.name)
        }
        return library
    }

    /// The same value in the shapes swift-mustache reads.
    public static func value(_ value: TemplateValue) -> Any {
        switch value {
        case .text(let text): return text
        case .bool(let flag): return flag
        case .int(let number): return number
        case .list(let items): return items.map(Self.value)
        case .object(let fields): return fields.mapValues(Self.value)
        }
    }
}

/// The content type the oracle renders with: HTML, escaped byte by byte, the five
/// characters `& < > " '` with the same entities as Vetted's engine.
public struct HTMLContent: MustacheContentType {
    /// The name the templates select it by (`{{% CONTENT_TYPE: … }}`).
    public static let name = "VETTED_HTML"

    /// The line put before every template; being a standalone tag, it renders
    /// nothing, not even its line break. The content type is registered before the
    /// line is first handed out, since swift-mustache resolves it while parsing.
    public static var pragma: String {
        _ = registered
        return "{{% CONTENT_TYPE: \(name) }}\n"
    }

    private static let registered: Void = MustacheContentTypes.register(HTMLContent(), named: name)

    public func escapeText(_ text: String) -> String {
        Self.escape(text)
    }

    public static func escape(_ text: String) -> String {
        text.escapedForHTMLAttribute
    }
}
