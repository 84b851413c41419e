import Mustache
import VettedMarkdown

/// The content type every template is rendered with: HTML, escaped byte by byte.
///
/// swift-mustache's own HTML escaping looks up every `Character` in a dictionary,
/// which made it the largest single cost of a build. This escapes the same five
/// characters (`& < > " '`) with the same entities, the way the Markdown renderer
/// escapes attributes: on UTF-8 bytes, returning text that needs no escaping without
/// copying it. Working on bytes also escapes a quote that a combining mark follows,
/// which a `Character`-based escaper leaves alone because the two form one grapheme.
struct HTMLContent: MustacheContentType {
    /// The name the templates select it by (`{{% CONTENT_TYPE: … }}`).
    static let name = "VETTED_HTML"

    /// The line `Theme` puts before every template; being a standalone tag, it renders
    /// nothing, not even its line break. The content type is registered before the
    /// line is first handed out, since swift-mustache resolves it while parsing.
    static var pragma: String {
        _ = registered
        return "{{% CONTENT_TYPE: \(name) }}\n"
    }

    /// Makes the content type known to swift-mustache, once.
    private static let registered: Void = MustacheContentTypes.register(HTMLContent(), named: name)

    func escapeText(_ text: String) -> String {
        Self.escape(text)
    }

    static func escape(_ text: String) -> String {
        text.escapedForHTMLAttribute
    }
}
