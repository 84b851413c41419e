/// `/api/reviews.json`: every published review as data, for other tools. The format
/// is documented with a JSON Schema in docs/api.md; `version` changes only when a
/// field is removed or changes meaning.
struct ReviewIndex {
    let context: RenderContext

    func json() -> String {
        let reviews = context.reviews.map { review -> JSON in
            let product = review.product
            return JSON.object([
                ("slug", .string(review.slug.value)),
                ("title", .string(review.title)),
                ("description", .string(review.description)),
                ("url", .string(context.urls.absolute(context.urls.review(review.slug.value)))),
                ("badge_url", .string(context.urls.absolute(context.urls.badge(review.slug.value)))),
                ("product", JSON.object([
                    ("name", .string(product.name)),
                    ("vendor", JSON.string(product.vendor)),
                    ("url", JSON.string(product.url)),
                    ("category", JSON.string(product.category)),
                    ("jurisdiction", .array(product.jurisdiction.map(JSON.string))),
                ])),
                ("verdict", verdict(review)),
                ("score", context.score(of: review).map { .number($0.description) } ?? .null),
                ("coverage", coverage(review)),
                ("published", .string(review.published.value.rfc3339)),
                ("updated", JSON.string(review.updated?.rfc3339)),
                ("reviewed", JSON.string(review.sourcesChecked?.rfc3339)),
                ("last_modified", .string(review.lastModified.rfc3339)),
                ("tags", .array(review.tags.map(JSON.string))),
            ])
        }
        return JSON.object([
            ("version", .int(1)),
            ("site", .object([("title", .string(context.config.title)), ("url", .string(context.config.baseURL))])),
            ("count", .int(context.reviews.count)),
            ("reviews", .array(reviews)),
        ]).serialized(pretty: true) + "\n"
    }

    func verdict(_ review: Review) -> JSON {
        let key = context.verdictKey(of: review)
        let level = context.config.verdict(key)
        return .object([
            ("key", .string(key)),
            ("label", .string(level?.label ?? key)),
            ("tone", .string(level?.tone ?? "ok")),
        ])
    }

    /// Applicable criteria with evidence, and whether the score is withheld for too few.
    func coverage(_ review: Review) -> JSON {
        let assessment = context.assessment(of: review)
        guard let coverage = assessment.coverage else { return .null }
        return .object([
            ("with_evidence", .int(coverage.withEvidence)), ("applicable", .int(coverage.applicable)),
            ("score_withheld", .bool(assessment.withheld)),
        ])
    }

    /// The JSON Feed extension object: verdict and score.
    func verdictAndScore(_ review: Review) -> JSON {
        .object([
            ("verdict", verdict(review)),
            ("score", context.score(of: review).map { .number($0.description) } ?? .null),
        ])
    }
}
