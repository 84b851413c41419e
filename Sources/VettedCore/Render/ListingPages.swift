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
    }

    func listings() -> [Listing] {
        let urls = context.urls
        let config = context.config
        let cards = ReviewCards(context: context)
        var all: [Listing] = []

        let allCards = parallelMap(context.reviews, cards.value)
        let newest = context.reviews.map(\.lastModified).max()
        all.append(list(
            url: urls.reviews, title: "All reviews", description: "Every review, newest first.", cards: allCards,
            reviews: context.reviews, lastModified: newest))

        var byVerdict: [String: [TemplateValue]] = [:]
        var byCategory: [String: [TemplateValue]] = [:]
        var byTag: [String: (name: String, cards: [TemplateValue])] = [:]
        // The same groups as reviews, for the preview's keys.
        var reviewsByGroup: [String: [Review]] = [:]
        var changed: [String: Timestamp] = [:]
        func touch(_ key: String, _ date: Timestamp) {
            if changed[key].map({ date > $0 }) ?? true { changed[key] = date }
        }
        for (review, card) in zip(context.reviews, allCards) {
            let date = review.lastModified
            let verdict = context.verdictKey(of: review)
            byVerdict[verdict, default: []].append(card)
            touch("verdict:" + verdict, date)
            reviewsByGroup["verdict:" + verdict, default: []].append(review)
            if let category = review.product.category {
                byCategory[category, default: []].append(card)
                touch("category:" + category, date)
                reviewsByGroup["category:" + category, default: []].append(review)
            }
            for tag in Set(review.tags.map(Slug.make)).sorted() {
                let name = review.tags.first { Slug.make($0) == tag } ?? tag
                byTag[tag, default: (name, [])].cards.append(card)
                touch("tag:" + tag, date)
                reviewsByGroup["tag:" + tag, default: []].append(review)
            }
        }

        let verdictTerms = config.verdicts.map { verdict -> TermModel in
            let count = byVerdict[verdict.key]?.count ?? 0
            return term(name: verdict.label, url: urls.verdict(verdict.key), count: count, tone: verdict.tone)
        }
        all.append(terms(url: urls.verdicts, title: "Verdicts", description: "Reviews grouped by verdict.", terms: verdictTerms, lastModified: newest))
        for verdict in config.verdicts {
            all.append(list(
                url: urls.verdict(verdict.key), title: "Verdict: \(verdict.label)",
                description: "Reviews with the verdict \(verdict.label).", cards: byVerdict[verdict.key] ?? [],
                reviews: reviewsByGroup["verdict:" + verdict.key] ?? [], lastModified: changed["verdict:" + verdict.key]))
        }

        let tagSlugs = byTag.keys.sorted()
        let tagTerms = tagSlugs.compactMap { slug in
            byTag[slug].map { term(name: $0.name, url: urls.tag(slug), count: $0.cards.count) }
        }
        all.append(terms(url: urls.tags, title: "Tags", description: "Every tag used in a review.", terms: tagTerms, lastModified: newest))
        for slug in tagSlugs {
            guard let tag = byTag[slug] else { continue }
            all.append(list(
                url: urls.tag(slug), title: "Tag: \(tag.name)", description: "Reviews tagged \(tag.name).", cards: tag.cards,
                reviews: reviewsByGroup["tag:" + slug] ?? [], lastModified: changed["tag:" + slug]))
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
        let defined = config.categories.map(\.key)
        let categoryKeys = defined + byCategory.keys.filter { config.category($0) == nil }.sorted()
        let categoryTerms = categoryKeys.map { key in
            term(name: context.categoryName(key), url: urls.category(key), count: byCategory[key]?.count ?? 0)
        }
        all.append(terms(
            url: urls.categories, title: "Categories", description: "Reviews grouped by category.", terms: categoryTerms,
            lastModified: newest))
        let comparedKeys = Set(compared.map(\.key))
        for key in categoryKeys {
            all.append(categoryPage(
                key, reviews: reviewsByGroup["category:" + key] ?? [], compare: comparedKeys.contains(key),
                lastModified: changed["category:" + key]))
        }

        var scoredOn: [String: Int] = [:]
        for review in context.reviews { if let key = review.scorecard?.rubric.value { scoredOn[key, default: 0] += 1 } }
        let rubricTerms = context.site.rubrics.map { rubric in
            term(name: rubric.title, url: urls.rubric(rubric.key), count: scoredOn[rubric.key] ?? 0)
        }
        all.append(terms(
            url: urls.rubrics, title: "Rubrics", description: "How reviews are scored: every criterion, answer and weight.",
            terms: rubricTerms, lastModified: newest))
        all += JurisdictionListings(context: context, pages: self).listings(cards: zip(context.reviews, allCards), newest: newest)
        return all
    }

    /// A category: its description, its picks, then every review by score, best first.
    private func categoryPage(_ key: String, reviews: [Review], compare: Bool, lastModified: Timestamp?) -> Listing {
        let name = context.categoryName(key)
        let cards = ReviewCards(context: context)
        let picks = (context.config.category(key)?.picks ?? []).compactMap { pick in
            context.reviewsBySlug[pick.value].flatMap { $0.product.category == key ? $0 : nil }
        }
        var page = ListModel(
            title: name, description: "Reviews in the category \(name), best score first.", url: context.urls.absolute(context.urls.category(key)),
            cards: byScore(reviews).map(cards.value))
        page.introHTML = context.siteTexts.categoryDescriptions[key]
        page.picks = picks.map(cards.value)
        page.compareURL = compare ? context.urls.compare(key) : nil
        page.byScore = true
        let model = page
        return Listing(
            url: context.urls.category(key), file: context.urls.file(for: context.urls.category(key)), template: "list",
            make: { model.templateValue }, lastModified: lastModified, reviews: reviews, byCards: true)
    }

    /// Scored reviews first, best first, then by product name and slug.
    func byScore(_ reviews: [Review]) -> [Review] {
        reviews.map { ($0, context.score(of: $0)?.tenths ?? -1) }
            .sorted { lhs, rhs in
                if lhs.1 != rhs.1 { return lhs.1 > rhs.1 }
                return (lhs.0.product.name, lhs.0.slug.value) < (rhs.0.product.name, rhs.0.slug.value)
            }
            .map(\.0)
    }

    /// The 404 page; it can be served from any path, so its links are root-relative.
    func notFound() -> NotFoundModel {
        NotFoundModel(
            title: "Page not found", description: "There is no page at this address.",
            url: context.urls.absolute(context.urls.home) + "404.html",
            latest: context.reviews.prefix(5).map(ReviewCards(context: context).value))
    }

    func list(
        url: String, title: String, description: String, cards: [TemplateValue], reviews: [Review], lastModified: Timestamp?,
        introHTML: String? = nil
    ) -> Listing {
        var page = ListModel(title: title, description: description, url: context.urls.absolute(url), cards: cards)
        page.introHTML = introHTML
        return Listing(
            url: url, file: context.urls.file(for: url), template: "list", make: { page.templateValue }, lastModified: lastModified,
            reviews: reviews, byCards: true)
    }

    func terms(url: String, title: String, description: String, terms: [TermModel], lastModified: Timestamp?) -> Listing {
        let page = TermsModel(title: title, description: description, url: context.urls.absolute(url), terms: terms)
        // Counts of tags, verdicts and categories: they depend on every review's file.
        return Listing(
            url: url, file: context.urls.file(for: url), template: "terms", make: { page.templateValue }, lastModified: lastModified,
            reviews: context.reviews, byCards: false)
    }

    func term(name: String, url: String, count: Int, tone: String? = nil) -> TermModel {
        TermModel(name: name, url: url, count: count, tone: tone)
    }
}
