import Synchronization
import VettedTemplates
import VettedMarkdown
import VettedYAML

/// Renders every page of the site into an output sink. Pages are independent and
/// rendered in parallel; the order of the written files does not matter.
struct SiteRenderer {
    let context: RenderContext
    var progress: (@Sendable (BuildProgress) -> Void)?
    /// Set by the preview: review pages and listings whose inputs did not change are
    /// not rendered again.
    var cache: BuildCache?
    private var memo: RenderMemo? { cache?.memo }

    /// Without a memo (`vetted build`) the key is never computed.
    private func memoized(_ file: String, key: () -> Int, _ make: () -> String) -> String {
        guard let memo else { return make() }
        return memo.text(file, key: key(), make: make)
    }

    /// A listing, home or 404 page. The preview renders it again only when its key
    /// (see `BuildCache.listingKey`) changed, without making its values otherwise.
    private func render(
        _ template: String, file: String, reviews: [Review], byCards: Bool, page: () -> TemplateValue
    ) -> String {
        guard let cache else { return context.theme.render(template, TemplateRoot.value(site: context.siteValue, page: page())) }
        let key = cache.listingKey(template: template, reviews: reviews, byCards: byCards, context: context)
        return cache.memo.text(file, key: key) { context.theme.render(template, TemplateRoot.value(site: context.siteValue, page: page())) }
    }

    struct Result {
        var diagnostics: [Diagnostic] = []
        var reviews = 0
        var pages = 0
        var listings = 0
        var badges = 0
        var feeds = 0
        /// Review pages rendered; the others came from the cache.
        var renderedReviews = 0
        /// The Markdown links of every page, checked once the site is written.
        var links: [LinkRecord] = []
    }

    func render(into sink: some OutputSink) throws -> Result {
        var result = Result()
        // Reviews are newest first, so the feeds take the first `feeds.items`; only
        // those keep their content in memory.
        let feedCount = min(context.config.feedItems, context.reviews.count)
        let indexed = Array(context.reviews.enumerated())
        let total = indexed.count
        let rendered = Atomic<Int>(0)
        let progress = self.progress
        let cache = self.cache
        let reviewOutcomes = parallelMap(indexed) { index, review -> ([Diagnostic], String?, Bool, [LinkRecord], (any Error)?) in
            defer {
                let done = rendered.add(1, ordering: .relaxed).newValue
                if done % 100 == 0 || done == total { progress?(BuildProgress(stage: .rendering, done: done, total: total)) }
            }
            var fresh = true
            if let cache {
                // Feed content is made only for the newest reviews; a kept page that
                // has become one of them without it is made again.
                let key = cache.key(of: review, context: context)
                let page: BuildCache.ReviewPageEntry
                if let hit = cache.reviewPage(review.slug.value, key: key), index >= feedCount || hit.feedHTML != nil {
                    page = hit
                    fresh = false
                } else {
                    let made = ReviewPage(review: review, context: context).render(withFeedContent: index < feedCount)
                    page = BuildCache.ReviewPageEntry(
                        key: key, html: Array(made.html.utf8), feedHTML: made.feedHTML, diagnostics: made.diagnostics,
                        links: made.links)
                    cache.store(review.slug.value, page)
                }
                let feedHTML = index < feedCount ? page.feedHTML : nil
                do {
                    try sink.write(page.html, to: SiteURLs.reviewFile(review.slug.value))
                    return (page.diagnostics, feedHTML, fresh, page.links, nil)
                } catch {
                    return (page.diagnostics, feedHTML, fresh, page.links, error)
                }
            }
            let made = ReviewPage(review: review, context: context).render(withFeedContent: index < feedCount)
            do {
                try sink.write(made.html, to: SiteURLs.reviewFile(review.slug.value))
                return (made.diagnostics, made.feedHTML, fresh, made.links, nil)
            } catch {
                return (made.diagnostics, made.feedHTML, fresh, made.links, error)
            }
        }
        var feedContent: [String] = []
        for (diagnostics, feedHTML, fresh, links, error) in reviewOutcomes {
            if let error { throw error }
            result.diagnostics += diagnostics
            result.links += links
            if let feedHTML { feedContent.append(feedHTML) }
            if fresh { result.renderedReviews += 1 }
        }
        result.reviews = context.reviews.count
        progress?(BuildProgress(stage: .writing, done: 0, total: 0))
        try renderSiteFiles(into: sink, feedContent: feedContent, result: &result)
        return result
    }

    /// Everything but the review pages: feeds, API, pages, home, listings, matrices,
    /// 404, sitemap, robots and badges.
    /// - Parameter feedContent: the feed HTML of the newest `feeds.items` reviews, in order.
    private func renderSiteFiles(into sink: some OutputSink, feedContent: [String], result: inout Result) throws {
        let feeds = Feeds(context: context, entries: Array(zip(context.reviews, feedContent)))
        // In the preview, feeds and the API are made again only when what they show changed.
        let feedKey = { () -> Int in
            var hasher = Hasher()
            for (review, html) in zip(context.reviews, feedContent) {
                if let cache { hasher.combine(cache.summary(of: review)) } else { review.summarize(into: &hasher) }
                hasher.combine(html)
            }
            return hasher.finalize()
        }
        let indexKey = { () -> Int in
            var hasher = Hasher()
            for review in context.reviews {
                if let cache { hasher.combine(cache.summary(of: review)) } else { review.summarize(into: &hasher) }
            }
            return hasher.finalize()
        }
        let listingPages = ListingPages(context: context)
        let listings = listingPages.listings()
        var sitemap: [(url: String, lastModified: Timestamp?)] = [(context.urls.home, context.reviews.map(\.lastModified).max())]
        sitemap += context.reviews.map { (context.urls.review($0.slug.value), $0.lastModified) }
        sitemap += context.pages.map { (context.urls.page($0.slug.value), $0.updated) }
        sitemap += listings.filter(\.inSitemap).map { ($0.url, $0.lastModified) }
        sitemap += context.site.rubrics.map { (context.urls.rubric($0.key), nil) }
        if context.config.search { sitemap.append((context.urls.search, nil)) }
        let sitemapEntries = sitemap

        // Every file is a job, and the jobs run on every core at once, the largest
        // (the listings, which hold thousands of cards on a large site) first.
        var jobs: [() throws -> [Diagnostic]] = []
        let links = Locked<[LinkRecord]>(context.siteTexts.links)
        for listing in listings {
            jobs.append { try sink.write(
                render(listing.template, file: listing.file, reviews: listing.reviews, byCards: listing.byCards) { listing.page },
                to: listing.file); return [] }
        }
        jobs.append { try sink.write(memoized("api/reviews.json", key: indexKey, ReviewIndex(context: context).json), to: "api/reviews.json"); return [] }
        jobs.append { try sink.write(Sitemap(urls: context.urls, entries: sitemapEntries).xml(), to: "sitemap.xml"); return [] }
        jobs.append { try sink.write(Sitemap(urls: context.urls, entries: []).robots(), to: "robots.txt"); return [] }
        jobs.append { try sink.write(memoized("feed.xml", key: feedKey, feeds.rss), to: "feed.xml"); return [] }
        jobs.append { try sink.write(memoized("atom.xml", key: feedKey, feeds.atom), to: "atom.xml"); return [] }
        jobs.append { try sink.write(memoized("feed.json", key: feedKey, feeds.jsonFeed), to: "feed.json"); return [] }
        jobs.append {
            // The newest cards, and counts of every verdict.
            let html = render("home", file: SiteURLs.homeFile, reviews: context.reviews, byCards: true) { homeModel().templateValue }
            try sink.write(html, to: SiteURLs.homeFile)
            return []
        }
        jobs.append {
            let html = render("404", file: SiteURLs.notFoundFile, reviews: Array(context.reviews.prefix(5)), byCards: true) {
                listingPages.notFound().templateValue
            }
            try sink.write(html, to: SiteURLs.notFoundFile)
            return []
        }
        if context.config.search {
            jobs.append {
                let urls = context.urls
                let page = SearchModel(urls: urls).templateValue
                let html = context.theme.render("search", TemplateRoot.value(site: context.siteValue, page: page))
                try sink.write(html, to: urls.file(for: urls.search))
                return []
            }
        }
        for rubric in context.site.rubrics {
            jobs.append {
                let log = DiagnosticLog(path: rubric.path)
                let file = context.urls.file(for: context.urls.rubric(rubric.key))
                let ledger = context.ledger(source: rubric.path, page: file)
                let page = RubricPages(context: context).model(rubric, log: log, ledger: ledger).templateValue
                let html = context.theme.render("rubric", TemplateRoot.value(site: context.siteValue, page: page))
                try sink.write(html, to: file)
                links.withLock { $0 += ledger.records }
                return log.items
            }
        }
        for page in context.pages {
            jobs.append {
                let ledger = context.ledger(source: page.path, page: SiteURLs.pageFile(page.slug.value))
                let (html, diagnostics) = renderPage(page, ledger: ledger)
                try sink.write(html, to: SiteURLs.pageFile(page.slug.value))
                links.withLock { $0 += ledger.records }
                return diagnostics
            }
        }
        // One small file per review, in batches.
        let batch = 256
        for start in stride(from: 0, to: context.reviews.count, by: batch) {
            let reviews = context.reviews[start..<min(start + batch, context.reviews.count)]
            jobs.append {
                for review in reviews {
                    let key = context.verdictKey(of: review)
                    let verdict = context.config.verdict(key)
                    let label = (verdict?.label ?? key).uppercased()
                    let tone = verdict?.tone ?? "ok"
                    let file = "badges/\(review.slug.value).svg"
                    let svg = memoized(file, key: { [label, tone].hashValue }) {
                        BadgeSVG.render(prefix: context.config.badgePrefix, label: label, tone: tone)
                    }
                    try sink.write(svg, to: file)
                }
                return []
            }
        }
        let outcomes = parallelMap(jobs) { job -> Swift.Result<[Diagnostic], any Error> in
            Swift.Result { try job() }
        }
        for outcome in outcomes { result.diagnostics += try outcome.get() }
        result.links += links.read { $0 }
        result.feeds = 3
        result.pages = context.pages.count
        result.listings = 1 + listings.count + context.site.rubrics.count
        result.badges = context.reviews.count
    }

    private func renderPage(_ page: Page, ledger: LinkLedger) -> (String, [Diagnostic]) {
        let log = DiagnosticLog(path: page.path)
        let model = pageModel(page, log: log, ledger: ledger)
        return (context.theme.render("page", TemplateRoot.value(site: context.siteValue, page: model.templateValue)), log.items)
    }

    /// A page of `content/pages/`, its problems going to `log`.
    func pageModel(_ page: Page, log: DiagnosticLog, ledger: LinkLedger? = nil) -> PageModel {
        let resolver = context.resolver(for: nil, ledger: ledger)
        var sponsored: Mark?
        let body = resolver.rendering {
            context.markdown.render(page.body, lineOffset: page.bodyLineOffset, reservedIDs: RenderContext.reservedIDs) {
                resolver.resolve($0, noting: &sponsored)
            }
        }
        log.report(body.problems)
        // A page with affiliate links shows the disclosure above them, as a review does.
        var disclosure: DisclosureModel?
        if let mark = sponsored {
            if context.config.disclosureText.isEmpty {
                log.error("this link goes to an affiliate domain but disclosure.text in site.yaml is empty", at: mark)
            }
            disclosure = DisclosureModel(text: context.config.disclosureText, policyURL: context.config.disclosurePage.map(context.urls.site))
        }
        return PageModel(
            title: page.title, description: page.description, url: context.urls.absolute(context.urls.page(page.slug.value)),
            bodyHTML: body.html, toc: body.headings.filter { $0.level <= 3 }.map { HeadingModel(level: $0.level, id: $0.id, text: $0.text) },
            updated: page.updated.map(DateModel.init), disclosure: disclosure)
    }

    /// The home page: the newest reviews and a count per verdict.
    static let homeReviews = 30

    func homeModel() -> HomeModel {
        let config = context.config
        let cards = ReviewCards(context: context)
        let counts = config.verdicts.map { verdict in
            HomeModel.VerdictCount(
                key: verdict.key, label: verdict.label, tone: verdict.tone, url: context.urls.verdict(verdict.key),
                count: context.reviews.filter { context.verdictKey(of: $0) == verdict.key }.count)
        }
        return HomeModel(
            title: config.title, description: config.description, url: config.baseURL,
            cards: context.reviews.prefix(Self.homeReviews).map(cards.value), more: context.reviews.count > Self.homeReviews,
            verdictCounts: counts)
    }
}
