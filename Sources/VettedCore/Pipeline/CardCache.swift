import VettedTemplates

/// Keeps each review's card values (title, badge, score…) between preview builds,
/// keyed by the review's file and the site-wide inputs; listings are made of cards.
final class CardCache: Sendable {
    private let entries = Locked<[String: (key: Int, value: TemplateValue, fingerprint: Int)]>([:])
    private let key: @Sendable (Review) -> Int
    private let fingerprints: Bool

    /// - Parameter fingerprints: keep a fingerprint of each card's values, for the
    ///   preview's listing keys (a build has no use for them).
    init(fingerprints: Bool = false, key: @escaping @Sendable (Review) -> Int) {
        self.key = key
        self.fingerprints = fingerprints
    }

    func value(_ review: Review, make: () -> TemplateValue) -> TemplateValue {
        entry(review, make: make).value
    }

    /// What the card shows, summed up: equal for equal cards.
    func fingerprint(_ review: Review, make: () -> TemplateValue) -> Int {
        entry(review, make: make).fingerprint
    }

    private func entry(_ review: Review, make: () -> TemplateValue) -> (key: Int, value: TemplateValue, fingerprint: Int) {
        let wanted = key(review)
        if let hit = entries.read({ $0[review.slug.value] }), hit.key == wanted { return hit }
        let value = make()
        var hasher = Hasher()
        if fingerprints { RenderMemo.fingerprint(value, into: &hasher) }
        let entry = (wanted, value, hasher.finalize())
        entries.withLock { $0[review.slug.value] = entry }
        return entry
    }
}
