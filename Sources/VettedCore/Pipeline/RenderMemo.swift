import VettedTemplates


/// Remembers rendered listing pages by a fingerprint of the values they were rendered
/// from: a template's output depends only on the template and its values, so equal
/// values give the same page. Editing a review's body leaves its card, and so every
/// listing it appears in, unchanged. The preview drops the memo when the theme changes.
final class RenderMemo: Sendable {
    private let entries = Locked<[String: (key: Int, html: String)]>([:])

    /// A file computed from inputs summed up by `key`; recomputed only when it changes.
    func text(_ file: String, key: Int, make: () -> String) -> String {
        if let hit = entries.withLock({ $0[file] }), hit.key == key { return hit.html }
        let text = make()
        entries.withLock { $0[file] = (key, text) }
        return text
    }

    func render(_ file: String, template: String, value: TemplateValue, theme: Theme) -> String {
        var hasher = Hasher()
        hasher.combine(template)
        Self.fingerprint(value, into: &hasher)
        let key = hasher.finalize()
        if let hit = entries.withLock({ $0[file] }), hit.key == key { return hit.html }
        let html = theme.render(template, value)
        entries.withLock { $0[file] = (key, html) }
        return html
    }

    /// Feeds a template value into a hasher, object keys in sorted order.
    static func fingerprint(_ value: TemplateValue, into hasher: inout Hasher) {
        switch value {
        case .text(let text):
            hasher.combine(0)
            hasher.combine(text)
        case .object(let fields):
            hasher.combine(1)
            for key in fields.keys.sorted() {
                hasher.combine(key)
                if let item = fields[key] { fingerprint(item, into: &hasher) }
            }
        case .list(let items):
            hasher.combine(2)
            hasher.combine(items.count)
            for item in items { fingerprint(item, into: &hasher) }
        case .bool(let flag):
            hasher.combine(3)
            hasher.combine(flag)
        case .int(let number):
            hasher.combine(4)
            hasher.combine(number)
        }
    }
}
