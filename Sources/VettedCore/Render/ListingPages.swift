import VettedTemplates

/// The generated listings: all reviews, verdicts, tags, categories and the 404 page.
/// Each grouping is built in one pass over the reviews, so cost grows linearly.
struct ListingPages {
    let context: RenderContext

    /// A listing to write: its folder URL, template and values.
    struct Listing {
        let url: String
        let file: String
        let template: String
        /// Makes the page's model, converted: a matrix is only worked out by the job
        /// that renders it, so matrices are made in parallel.
        let make: () -> TemplateValue
        var page: TemplateValue { make() }
        /// The newest change among the reviews it lists, for the sitemap.
        let lastModified: Timestamp?
        /// The reviews the page depends on, for the preview's key.
        var reviews: [Review] = []
        /// True when it shows only their cards; false when it shows more of them
        /// (a matrix) or depends on their tags and categories (the terms pages).
        var byCards = false
        /// Listings in another order than their default are left out of the sitemap.
        var inSitemap = true
    }

    func listings() -> [Listing] {
        let urls = context.urls
        let config = context.config
        let cards = ReviewCards(context: context)
        let paged = PagedListings(context: context)
        var all: [Listing] = []

        let allCards = parallelMap(context.reviews, cards.value)
        let entries = Array(zip(context.reviews, allCards)).map { (review: $0.0, card: $0.1) }
        let newest = context.reviews.map(\.lastModified).max()
        all += paged.listings(PagedListings.Source(
            url: urls.reviews, title: "All reviews", description: "Every review.", entries: entries, lastModified: newest))

        // Each group's reviews with their cards, newest first, made in one pass.
        var groups: [String: [(review: Review, card: TemplateValue)]] = [:]
        var tagNames: [String: String] = [:]
        var changed: [String: Timestamp] = [:]
        for entry in entries {
            let review = entry.review
            var keys = ["verdict:" + context.verdictKey(of: review)]
            if let category = review.product.category { keys.append("category:" + category) }
            for tag in Set(review.tags.map(Slug.make)).sorted() {
                tagNames[tag] = tagNames[tag] ?? review.tags.first { Slug.make($0) == tag } ?? tag
                keys.append("tag:" + tag)
            }
            for key in keys {
                groups[key, default: []].append(entry)
                if changed[key].map({ review.lastModified > $0 }) ?? true { changed[key] = review.lastModified }
            }
        }
        func count(_ key: String) -> Int { groups[key]?.count ?? 0 }

        let verdictTerms = config.verdicts.map { verdict in
            term(name: verdict.label, url: urls.verdict(verdict.key), count: count("verdict:" + verdict.key), tone: verdict.tone)
        }
        all.append(terms(url: urls.verdicts, title: "Verdicts", description: "Reviews grouped by verdict.", terms: verdictTerms, lastModified: newest))
        for verdict in config.verdicts {
            let key = "verdict:" + verdict.key
            all += paged.listings(PagedListings.Source(
                url: urls.verdict(verdict.key), title: "Verdict: \(verdict.label)", description: "Reviews with the verdict \(verdict.label).",
                entries: groups[key] ?? [], lastModified: changed[key]))
        }

        let tagSlugs = tagNames.keys.sorted()
        let tagTerms = tagSlugs.map { slug in term(name: tagNames[slug] ?? slug, url: urls.tag(slug), count: count("tag:" + slug)) }
        all.append(terms(url: urls.tags, title: "Tags", description: "Every tag used in a review.", terms: tagTerms, lastModified: newest))
        for slug in tagSlugs {
            let name = tagNames[slug] ?? slug
            all += paged.listings(PagedListings.Source(
                url: urls.tag(slug), title: "Tag: \(name)", description: "Reviews tagged \(name).", entries: groups["tag:" + slug] ?? [],
                lastModified: changed["tag:" + slug]))
        }

        let matrix = ComparisonMatrix(context: context)
        let compared = matrix.categories()
        let compareTerms = compared.map { term(name: context.categoryName($0.key), url: urls.compare($0.key), count: $0.reviews.count) }
        all.append(terms(
            url: urls.compareIndex, title: "Compare", description: "Side-by-side matrices of every reviewed product, one per category.",
            terms: compareTerms, lastModified: newest))
        for (key, reviews) in compared {
            all.append(Listing(
                url: urls.compare(key), file: urls.file(for: urls.compare(key)), template: "compare",
                make: { matrix.model(category: key, reviews: reviews).templateValue }, lastModified: changed["category:" + key],
                reviews: reviews, byCards: false))
        }

        // The categories of site.yaml in its order, then those only reviews name.
        let named = groups.keys.compactMap { $0.stripping(prefix: "category:") }
        let categoryKeys = config.categories.map(\.key) + named.filter { config.category($0) == nil }.sorted()
        let categoryTerms = categoryKeys.map { key in
            term(name: context.categoryName(key), url: urls.category(key), count: count("category:" + key))
        }
        all.append(terms(
            url: urls.categories, title: "Categories", description: "Reviews grouped by category.", terms: categoryTerms,
            lastModified: newest))
        let comparedKeys = Set(compared.map(\.key))
        for key in categoryKeys {
            // The description, the picks, then every review, best score first.
            let name = context.categoryName(key)
            let picks = (config.category(key)?.picks ?? []).compactMap { pick in
                context.reviewsBySlug[pick.value].flatMap { $0.product.category == key ? $0 : nil }
            }
            var source = PagedListings.Source(
                url: urls.category(key), title: name, description: "Reviews in the category \(name).",
                entries: groups["category:" + key] ?? [], lastModified: changed["category:" + key])
            source.defaultOrder = .score
            source.introHTML = context.siteTexts.categoryDescriptions[key]
            source.picks = picks.map(cards.value)
            source.compareURL = comparedKeys.contains(key) ? urls.compare(key) : nil
            all += paged.listings(source)
        }

        var scoredOn: [String: Int] = [:]
        for review in context.reviews { if let key = review.scorecard?.rubric.value { scoredOn[key, default: 0] += 1 } }
        let rubricTerms = context.site.rubrics.map { rubric in
            term(name: rubric.title, url: urls.rubric(rubric.key), count: scoredOn[rubric.key] ?? 0)
        }
        all.append(terms(
            url: urls.rubrics, title: "Rubrics", description: "How reviews are scored: every criterion, answer and weight.",
            terms: rubricTerms, lastModified: newest))
        all += JurisdictionListings(context: context, pages: self).listings(entries: entries, newest: newest)
        return all
    }

    /// The 404 page; it can be served from any path, so its links are root-relative.
    func notFound() -> NotFoundModel {
        NotFoundModel(
            title: "Page not found", description: "There is no page at this address.",
            url: context.urls.absolute(context.urls.home) + "404.html",
            latest: context.reviews.prefix(5).map(ReviewCards(context: context).value))
    }

    func terms(url: String, title: String, description: String, terms: [TermModel], lastModified: Timestamp?) -> Listing {
        let page = TermsModel(title: title, description: description, url: context.urls.absolute(url), terms: terms)
        // Counts of tags, verdicts and categories: they depend on every review's file.
        return Listing(
            url: url, file: context.urls.file(for: url), template: "terms", make: { page.templateValue }, lastModified: lastModified,
            reviews: context.reviews, byCards: false)
    }

    /// A verdict, tag, category or rubric with its number of reviews.
    func term(name: String, url: String, count: Int, tone: String? = nil) -> TermModel {
        TermModel(name: name, url: url, count: count, tone: tone)
    }
}
