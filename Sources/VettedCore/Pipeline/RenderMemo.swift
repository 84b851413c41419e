import VettedTemplates


/// Remembers the preview's rendered site files (listings, feeds, badges) by a key of
/// what they depend on, so a file whose inputs did not change is not made again.
/// Editing a review's body leaves its card, and so every listing it appears in,
/// unchanged. The preview drops the memo when the theme or settings change.
final class RenderMemo: Sendable {
    private let entries = Locked<[String: (key: Int, html: String)]>([:])

    /// A file computed from inputs summed up by `key`; recomputed only when it changes.
    func text(_ file: String, key: Int, make: () -> String) -> String {
        if let hit = entries.read({ $0[file] }), hit.key == key { return hit.html }
        let text = make()
        entries.withLock { $0[file] = (key, text) }
        return text
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
