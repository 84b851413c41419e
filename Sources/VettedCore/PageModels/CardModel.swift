import VettedTemplates

/// A review's verdict as a badge: `key`, `label`, `tone`, `badge` (the badge text)
/// and `verdict_url`.
struct BadgeModel: TemplateModel {
    let key: String
    let label: String
    let tone: String
    let badge: String
    let verdictURL: String

    init(review: Review, context: RenderContext) {
        key = context.verdictKey(of: review)
        let verdict = context.config.verdict(key)
        label = verdict?.label ?? key
        tone = verdict?.tone ?? "ok"
        badge = context.badgeText(label: label)
        verdictURL = context.urls.verdict(key)
    }

    var templateValue: TemplateValue {
        var fields = TemplateFields()
        fields.text("key", key)
        fields.text("label", label)
        fields.text("tone", tone)
        fields.text("badge", badge)
        fields.text("verdict_url", verdictURL)
        return fields.value
    }
}

/// What a listing shows for one review: title, badge, score, summary, date.
struct CardModel: TemplateModel {
    let title: String
    let description: String
    let url: String
    let product: String
    /// The category's name.
    let category: String?
    /// Country names, comma-separated.
    let jurisdiction: String
    let badge: BadgeModel
    let published: String
    let publishedISO: String
    let score: String?
    /// The coverage is below `scoring.min_coverage`: "Not enough evidence".
    let scoreWithheld: Bool

    init(review: Review, context: RenderContext) {
        title = review.title
        description = review.description
        url = context.urls.review(review.slug.value)
        product = review.product.name
        category = review.product.category.map(context.categoryName)
        jurisdiction = review.product.jurisdiction.map(context.countryName).joined(separator: ", ")
        badge = BadgeModel(review: review, context: context)
        published = review.published.value.dateString
        publishedISO = review.published.value.text
        let assessment = context.assessment(of: review)
        score = assessment.score?.description
        scoreWithheld = assessment.withheld
    }

    var templateValue: TemplateValue {
        var fields = TemplateFields()
        fields.text("title", title)
        fields.text("description", description)
        fields.text("url", url)
        fields.text("product", product)
        fields.text("category", category)
        fields.text("jurisdiction", jurisdiction)
        fields.merge(badge)
        fields.text("published", published)
        fields.text("published_iso", publishedISO)
        fields.text("score", score)
        fields.flag("score_withheld", scoreWithheld)
        return fields.value
    }
}

/// Makes card values, through the preview's cache when there is one.
///
/// A review's card is rendered by `partials/card` once per build, with the card's
/// fields and `site`, and kept in the value as `html`: listings insert it with
/// `{{{html}}}` instead of rendering the same card in every listing, order and page
/// it appears on. The theme check holds the partial to those fields.
struct ReviewCards {
    let context: RenderContext

    func value(_ review: Review) -> TemplateValue {
        guard let cache = context.cards else { return make(review) }
        return cache.value(review) { make(review) }
    }

    /// The fingerprint of a review's card, when the cards are cached.
    func fingerprint(_ review: Review) -> Int? {
        context.cards?.fingerprint(review) { make(review) }
    }

    private func make(_ review: Review) -> TemplateValue {
        let card = CardModel(review: review, context: context).templateValue
        guard case .object(var fields) = card else { return card }
        var root = fields
        root["site"] = context.siteValue
        // Without the line end of the partial's last line: `{{{html}}}` is on a line of its own.
        var html = context.theme.render(Self.partial, .object(root))
        if html.hasSuffix("\n") { html.removeLast() }
        fields["html"] = .text(html)
        return .object(fields)
    }

    static let partial = "partials/card"
}
