/// The JSON-LD of a review page: `Review`, `BreadcrumbList` and, when the review has
/// questions, `FAQPage` (schema.org).
struct StructuredData {
    let review: Review
    let context: RenderContext

    /// - Parameters:
    ///   - answers: the FAQ answers as rendered HTML, in order.
    ///   - hasConflict: the review declares a conflict of interest (its own or the
    ///     site's): search engines do not take a rating from a self-serving review, so it
    ///     has no `reviewRating`.
    func json(answers: [String], hasConflict: Bool = false) -> JSON {
        var graph = [reviewNode(rated: !hasConflict), breadcrumbs()]
        if !review.faq.isEmpty { graph.append(faqPage(answers: answers)) }
        return .object([("@context", .string("https://schema.org")), ("@graph", .array(graph))])
    }

    private var url: String { context.urls.absolute(context.urls.review(review.slug.value)) }

    private func reviewNode(rated: Bool) -> JSON {
        let config = context.config
        let authors = review.authors.compactMap { config.author($0.value) }.map { author -> JSON in
            .object([
                ("@type", .string(author.isOrganization ? "Organization" : "Person")), ("name", .string(author.name)),
                ("url", JSON.string(author.url.map { AbsoluteLinks.absolute(context.urls.site($0), page: url, origin: origin) })),
            ])
        }
        let publisher = JSON.object([
            ("@type", .string("Organization")), ("name", .string(config.title)), ("url", .string(config.baseURL)),
        ])
        let rating = context.score(of: review).flatMap { score -> JSON? in
            guard rated else { return nil }
            return .object([
                ("@type", .string("Rating")), ("ratingValue", .number(score.description)),
                ("bestRating", .int(10)), ("worstRating", .int(0)),
            ])
        }
        return .object([
            ("@type", .string("Review")),
            ("@id", .string(url + "#review")),
            ("name", .string(review.title)),
            ("headline", .string(review.title)),
            ("description", .string(review.description)),
            ("url", .string(url)),
            ("inLanguage", .string(config.language)),
            ("itemReviewed", itemReviewed()),
            ("author", authors.isEmpty ? publisher : .array(authors)),
            ("publisher", publisher),
            ("datePublished", .string(review.published.value.rfc3339)),
            ("dateModified", .string(review.lastModified.rfc3339)),
            ("reviewRating", rating),
            ("keywords", review.tags.isEmpty ? nil : .string(review.tags.joined(separator: ", "))),
        ])
    }

    /// A product whose vendor has its own name reviewed (a company, a service) is an
    /// `Organization`; anything else is a `SoftwareApplication`.
    private func itemReviewed() -> JSON {
        let product = review.product
        if let vendor = product.vendor, vendor == product.name {
            return .object([("@type", .string("Organization")), ("name", .string(product.name)), ("url", JSON.string(product.url))])
        }
        return .object([
            ("@type", .string("SoftwareApplication")),
            ("name", .string(product.name)),
            ("url", JSON.string(product.url)),
            ("applicationCategory", JSON.string(product.category.map(context.categoryName))),
            ("author", product.vendor.map { JSON.object([("@type", .string("Organization")), ("name", .string($0))]) }),
        ])
    }

    private func breadcrumbs() -> JSON {
        let urls = context.urls
        let items = [
            (context.config.title, urls.absolute(urls.home)),
            ("Reviews", urls.absolute(urls.reviews)),
            (review.title, url),
        ]
        return .object([
            ("@type", .string("BreadcrumbList")),
            ("itemListElement", .array(items.enumerated().map { index, item in
                .object([
                    ("@type", .string("ListItem")), ("position", .int(index + 1)),
                    ("name", .string(item.0)), ("item", .string(item.1)),
                ])
            })),
        ])
    }

    private func faqPage(answers: [String]) -> JSON {
        .object([
            ("@type", .string("FAQPage")),
            ("@id", .string(url + "#faq")),
            ("mainEntity", .array(zip(review.faq, answers).map { question, answer in
                .object([
                    ("@type", .string("Question")), ("name", .string(question.question)),
                    ("acceptedAnswer", .object([("@type", .string("Answer")), ("text", .string(answer))])),
                ])
            })),
        ])
    }

    private var origin: String { context.urls.origin }
}
