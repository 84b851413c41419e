/// The values a listing shows for one review: title, badge, score, summary, date.
struct ReviewCard {
    let context: RenderContext

    func values(_ review: Review) -> [String: Any] {
        guard let cache = context.cards else { return make(review) }
        return cache.values(review) { make(review) }
    }

    private func make(_ review: Review) -> [String: Any] {
        var values = TemplateValues()
        values["title"] = review.title
        values["description"] = review.description
        values["url"] = context.urls.review(review.slug.value)
        values["product"] = review.product.name
        values.merge(badge(for: review))
        values["published"] = review.published.value.dateString
        values["published_iso"] = review.published.value.text
        values["score"] = context.score(of: review)?.description
        return values.values
    }

    /// `label`, `tone`, `badge` (the badge text) and `verdict_url` of a review's verdict.
    func badge(for review: Review) -> [String: Any] {
        let key = review.verdict.rating.value
        let verdict = context.config.verdict(key)
        var values = TemplateValues()
        values["key"] = key
        values["label"] = verdict?.label ?? key
        values["tone"] = verdict?.tone ?? "ok"
        values["badge"] = context.badgeText(label: verdict?.label ?? key)
        values["verdict_url"] = context.urls.verdict(key)
        return values.values
    }
}

extension TemplateValues {
    mutating func merge(_ other: [String: Any]) {
        for (key, value) in other { self[key] = value }
    }
}
