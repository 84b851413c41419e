
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

    func render(_ file: String, template: String, values: [String: Any], theme: Theme) -> String {
        var hasher = Hasher()
        hasher.combine(template)
        Self.fingerprint(values, into: &hasher)
        let key = hasher.finalize()
        if let hit = entries.withLock({ $0[file] }), hit.key == key { return hit.html }
        let html = theme.render(template, values)
        entries.withLock { $0[file] = (key, html) }
        return html
    }

    /// Feeds a template value (dictionaries, lists, strings, numbers, booleans) into a
    /// hasher, dictionary keys in sorted order.
    static func fingerprint(_ value: Any, into hasher: inout Hasher) {
        switch value {
        case let text as String:
            hasher.combine(0)
            hasher.combine(text)
        case let dictionary as [String: Any]:
            hasher.combine(1)
            for key in dictionary.keys.sorted() {
                hasher.combine(key)
                if let item = dictionary[key] { fingerprint(item, into: &hasher) }
            }
        case let list as [Any]:
            hasher.combine(2)
            hasher.combine(list.count)
            for item in list { fingerprint(item, into: &hasher) }
        case let flag as Bool:
            hasher.combine(3)
            hasher.combine(flag)
        case let number as Int:
            hasher.combine(4)
            hasher.combine(number)
        default:
            hasher.combine(5)
            hasher.combine(String(describing: value))
        }
    }
}
