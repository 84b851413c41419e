/// The shape of the values a template gets, to check its names before any page is
/// rendered (``TemplateLibrary/check(_:root:)``) and to document them
/// (``reference(title:)``).
public indirect enum TemplateSchema: Sendable, Hashable {
    /// Text, escaped by `{{name}}`.
    case text
    /// Text that is HTML already, meant for `{{{name}}}`. (Either tag may be used with
    /// either kind; the difference is documentation.)
    case html
    /// `true` or `false`: a section renders for `true`, an inverted section for `false`.
    case flag
    /// A whole number.
    case number
    /// A list of values of one shape; a section renders once per element.
    case list(TemplateSchema)
    /// Named fields; any of them may be missing from a particular value.
    case object([TemplateField])

    /// The field of an object schema with that name.
    public func field(_ name: String) -> TemplateField? {
        guard case .object(let fields) = self else { return nil }
        return fields.first { $0.name == name }
    }
}

/// A named field of an object, with what it holds and what it means.
public struct TemplateField: Sendable, Hashable {
    public let name: String
    public let schema: TemplateSchema
    /// One sentence for the reference, e.g. "The review's title.".
    public let doc: String

    public init(name: String, schema: TemplateSchema, doc: String) {
        self.name = name
        self.schema = schema
        self.doc = doc
    }
}
