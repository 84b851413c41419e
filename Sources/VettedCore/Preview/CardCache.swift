
/// Keeps each review's card values (title, badge, score…) between preview builds,
/// keyed by the review's file and the site-wide inputs; listings are made of cards.
final class CardCache: Sendable {
    /// Template values are plain data made here and never mutated after.
    private struct Box: @unchecked Sendable {
        let values: [String: Any]
    }

    private let entries = Locked<[String: (key: Int, box: Box)]>([:])
    private let key: @Sendable (Review) -> Int

    init(key: @escaping @Sendable (Review) -> Int) {
        self.key = key
    }

    func values(_ review: Review, make: () -> [String: Any]) -> [String: Any] {
        let wanted = key(review)
        if let hit = entries.withLock({ $0[review.slug.value] }), hit.key == wanted { return hit.box.values }
        let values = make()
        entries.withLock { $0[review.slug.value] = (wanted, Box(values: values)) }
        return values
    }
}
