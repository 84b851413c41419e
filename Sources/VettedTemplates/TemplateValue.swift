/// A value a template renders: what every page model converts itself into.
///
/// Templates read values by switching over this enum; there are no dynamic casts.
public enum TemplateValue: Sendable, Equatable {
    /// Text, HTML-escaped by `{{name}}` and written as it is by `{{{name}}}`.
    case text(String)
    /// A flag: a section renders for `true`, an inverted section for `false`; prints
    /// as `true` or `false`.
    case bool(Bool)
    /// A whole number, printed in decimal digits.
    case int(Int)
    /// A list: a section renders once per element, an inverted section when it is empty.
    case list([TemplateValue])
    /// Named values; a missing key is absent. A section renders once inside it.
    case object([String: TemplateValue])
}
