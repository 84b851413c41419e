/// A value a template renders: what every page model converts itself into.
///
/// Templates read values by switching over this enum; there are no dynamic casts.
public enum TemplateValue: Sendable, Equatable {
    /// Text, HTML-escaped by `{{name}}` and written as it is by `{{{name}}}`.
    case text(String)
    case bool(Bool)
    case int(Int)
    case list([TemplateValue])
    case object([String: TemplateValue])
}
