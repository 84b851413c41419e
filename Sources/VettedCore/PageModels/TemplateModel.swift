import VettedTemplates

/// A page model: typed data a template shows, with one conversion into template values.
protocol TemplateModel {
    var templateValue: TemplateValue { get }
}

/// Builds the fields of one template object. Absent values and empty text are left
/// out, so `{{#name}}` sections render only when there is something to show; lists
/// are kept even when empty, so templates can test them with `{{^empty(list)}}`.
struct TemplateFields {
    private(set) var fields: [String: TemplateValue]

    init() {
        // Most models have a dozen fields or more: grow the table once.
        fields = Dictionary(minimumCapacity: 16)
    }

    /// The fields every page has: `title`, `description` and `url`.
    static func page(title: String, description: String?, url: String) -> TemplateFields {
        var fields = TemplateFields()
        fields.text("title", title)
        fields.text("description", description)
        fields.text("url", url)
        return fields
    }

    /// Text, left out when absent or empty.
    mutating func text(_ key: String, _ value: String?) {
        guard let value, !value.isEmpty else { return }
        fields[key] = .text(value)
    }

    mutating func flag(_ key: String, _ value: Bool) {
        fields[key] = .bool(value)
    }

    mutating func number(_ key: String, _ value: Int) {
        fields[key] = .int(value)
    }

    mutating func model(_ key: String, _ value: (some TemplateModel)?) {
        guard let value else { return }
        fields[key] = value.templateValue
    }

    mutating func list(_ key: String, _ values: [some TemplateModel]) {
        fields[key] = .list(values.map(\.templateValue))
    }

    /// A list of values already converted (cards from the cache).
    mutating func values(_ key: String, _ values: [TemplateValue]) {
        fields[key] = .list(values)
    }

    /// Adds every field of another object (a card's badge fields, say); later keys win.
    mutating func merge(_ other: some TemplateModel) {
        guard case .object(let more) = other.templateValue else { return }
        fields.merge(more) { _, new in new }
    }

    var value: TemplateValue { .object(fields) }
}

/// A date as templates show it: `date` (2026-06-10) and `iso` (as written in the front matter).
struct DateModel: TemplateModel {
    let date: String
    let iso: String

    init(_ timestamp: Timestamp) {
        date = timestamp.dateString
        iso = timestamp.text
    }

    var templateValue: TemplateValue { .object(["date": .text(date), "iso": .text(iso)]) }
}

/// A link with a title: site navigation, tags, cited sources.
struct LinkModel: TemplateModel {
    let title: String
    let url: String
    /// The name the title goes by in the template (`title` or `name`).
    var titleKey = "title"
    /// `sponsored nofollow noopener` for a link to an affiliate domain.
    var rel: String?

    var templateValue: TemplateValue {
        var fields: [String: TemplateValue] = [titleKey: .text(title), "url": .text(url)]
        if let rel { fields["rel"] = .text(rel) }
        return .object(fields)
    }
}

/// A heading of the table of contents.
struct HeadingModel: TemplateModel {
    let level: Int
    let id: String
    let text: String

    var templateValue: TemplateValue { .object(["level": .int(level), "id": .text(id), "text": .text(text)]) }
}

/// The affiliate disclosure shown above a page's first affiliate link.
struct DisclosureModel: TemplateModel {
    let text: String
    let policyURL: String?

    var templateValue: TemplateValue {
        var fields = TemplateFields()
        fields.text("text", text)
        fields.text("policy_url", policyURL)
        return fields.value
    }
}
