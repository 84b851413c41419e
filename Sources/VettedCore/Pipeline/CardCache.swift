import VettedTemplates

/// Keeps each review's card values (title, badge, score…) between preview builds,
/// keyed by the review's file and the site-wide inputs; listings are made of cards.
final class CardCache: Sendable {
    private let entries = Locked<[String: (key: Int, value: TemplateValue)]>([:])
    private let key: @Sendable (Review) -> Int

    init(key: @escaping @Sendable (Review) -> Int) {
        self.key = key
    }

    func value(_ review: Review, make: () -> TemplateValue) -> TemplateValue {
        let wanted = key(review)
        if let hit = entries.withLock({ $0[review.slug.value] }), hit.key == wanted { return hit.value }
        let value = make()
        entries.withLock { $0[review.slug.value] = (wanted, value) }
        return value
    }
}
