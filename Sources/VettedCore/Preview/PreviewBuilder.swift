import Foundation
import VettedMarkdown

/// Builds the site in memory for the preview, again after every change, rendering
/// only the review pages whose inputs changed.
///
/// Each review page has a key made of what it depends on: its own file, the site's
/// settings, theme and rubrics, the set of published reviews (its links resolve
/// against it) and the files of the reviews whose cards it shows (related reviews and
/// alternatives). A page whose key is unchanged is reused as it was. Listings, feeds
/// and the other site files are cheap and are rendered every time.
public final class PreviewBuilder: @unchecked Sendable {
    /// One build of the preview. Used from one task at a time.
    public struct Output: Sendable {
        /// Every file of the site by its path (`reviews/x/index.html`).
        public let files: [String: [UInt8]]
        /// Every diagnostic, sorted, as the CLI prints them.
        public let diagnostics: [Diagnostic]
        /// Pages of drafts and scheduled reviews, which the preview marks with a banner.
        public let unpublished: Set<String>
        /// How many review pages this build rendered; the others were reused.
        public let renderedReviews: Int
        /// The path the site lives under, `/` or e.g. `/reviews/`: files are served below it.
        public let basePath: String

        public var hasErrors: Bool { diagnostics.errorCount > 0 }
    }

    private struct CachedReview {
        let key: Int
        let html: [UInt8]
        let feedHTML: String?
        let diagnostics: [Diagnostic]
    }

    private let site: String
    private let options: BuildOptions
    private let origin: String?
    private let cache = ParseCache()
    private var reviews: [String: CachedReview] = [:]
    private var memo = RenderMemo()
    private var lastGlobal: Int?
    private var cards: CardCache?
    private var related: (key: Int, slugs: [String: [String]])?
    private var theme: (key: Int, theme: Theme?, diagnostics: [Diagnostic])?

    /// - Parameters:
    ///   - site: the site folder.
    ///   - includeDrafts: build drafts and scheduled reviews too (the preview's default).
    ///   - baseURL: replaces site.yaml's `base_url` (`--base-url`); its path is where the site is served.
    ///   - origin: where the preview is served, e.g. `http://127.0.0.1:4000`; absolute
    ///     links use it with the base URL's path, so every link leads back to the preview.
    /// - Throws: `UsageError` for a base URL that is not an absolute http(s) URL.
    public init(site: String, includeDrafts: Bool = true, baseURL: String? = nil, origin: String? = nil) throws {
        self.site = site
        self.options = BuildOptions(
            includeDrafts: includeDrafts, includeFuture: includeDrafts, baseURL: try baseURL.map(BaseURL.validated))
        self.origin = origin
    }

    /// Builds the site as it is on disk now.
    public func build() throws -> Output {
        let folder = SiteFolder(root: site)
        var loader = SiteLoader(folder: folder)
        loader.cache = cache
        let (loaded, loadDiagnostics) = loader.load()
        // Templates are parsed again only when one of them changed.
        var templatesHasher = Hasher()
        for path in folder.tree("templates") {
            templatesHasher.combine(path)
            templatesHasher.combine(ParseCache.stamp(of: folder.display("templates/" + path)))
        }
        let templatesKey = templatesHasher.finalize()
        if self.theme?.key != templatesKey {
            let (parsed, found) = Theme.load(from: folder)
            self.theme = (templatesKey, parsed, found)
        }
        let theme = self.theme?.theme
        let themeDiagnostics = self.theme?.diagnostics ?? []
        var diagnostics = loadDiagnostics + themeDiagnostics
        guard let loaded, let theme else {
            return Output(files: [:], diagnostics: diagnostics.sorted(), unpublished: [], renderedReviews: 0, basePath: "/")
        }
        var config = loaded.config
        if let baseURL = options.baseURL { config.baseURL = baseURL }
        if let origin { config.baseURL = BaseURL.moving(config.baseURL, to: origin) }
        let site = Site(config: config, rubrics: loaded.rubrics, reviews: loaded.reviews, pages: loaded.pages)
        let now = Int(Date().timeIntervalSince1970)
        let validator = SiteValidator(site: site, options: options, now: now)
        let outcome = validator.validate()
        diagnostics += outcome.diagnostics
        let published = loaded.reviews.filter(validator.includes).sorted {
            ($0.published.value, $1.slug.value) > ($1.published.value, $0.slug.value)
        }
        let relatedKey = RelatedReviews.key(published)
        if related?.key != relatedKey { related = (relatedKey, RelatedReviews.slugs(published)) }
        var context = RenderContext(
            site: site, config: config, urls: SiteURLs(baseURL: config.baseURL, basePath: config.basePath), theme: theme,
            markdown: MarkdownRenderer(allowsRawHTML: config.allowsRawHTML),
            reviews: published, pages: outcome.pages, now: now, relatedSlugs: related?.slugs)

        let global = globalKey(folder: folder, now: now, slugs: published.map(\.slug.value), all: loaded.reviews.map(\.slug.value))
        if global != lastGlobal {
            // The theme, settings or set of reviews changed: listings and cards may differ.
            memo = RenderMemo()
            let cache = self.cache
            cards = CardCache { review in
                var hasher = Hasher()
                hasher.combine(global)
                hasher.combine(cache.stamp(review.path))
                return hasher.finalize()
            }
            lastGlobal = global
        }
        context.cards = cards
        let keys = published.map { key(of: $0, global: global, context: context) }
        let stale = zip(published, keys).filter { review, key in reviews[review.slug.value]?.key != key }
        let rendered = parallelMap(stale) { review, key -> (String, CachedReview) in
            let page = ReviewPage(review: review, context: context).render(withFeedContent: true)
            return (review.slug.value, CachedReview(key: key, html: Array(page.html.utf8), feedHTML: page.feedHTML, diagnostics: page.diagnostics))
        }
        var fresh: [String: CachedReview] = [:]
        for review in published { fresh[review.slug.value] = reviews[review.slug.value] }
        for (slug, entry) in rendered { fresh[slug] = entry }
        reviews = fresh

        let sink = MemorySink()
        var result = SiteRenderer.Result()
        let feedContent = published.prefix(config.feedItems).map { reviews[$0.slug.value]?.feedHTML ?? "" }
        var renderer = SiteRenderer(context: context)
        renderer.memo = memo
        try renderer.renderSiteFiles(into: sink, feedContent: feedContent, result: &result)
        _ = try ThemeAssets.copy(from: folder, into: sink)
        var files = sink.files
        for review in published {
            guard let entry = reviews[review.slug.value] else { continue }
            files[SiteURLs.reviewFile(review.slug.value)] = entry.html
            diagnostics += entry.diagnostics
        }
        diagnostics += result.diagnostics
        let unpublished = Set(published.filter { $0.draft || $0.published.value.epochSeconds > now }.map { SiteURLs.reviewFile($0.slug.value) })
        return Output(
            files: files, diagnostics: diagnostics.sorted(), unpublished: unpublished, renderedReviews: rendered.count,
            basePath: config.basePath)
    }

    /// What every page depends on: settings, theme, rubrics, the day (staleness),
    /// and which reviews exist.
    private func globalKey(folder: SiteFolder, now: Int, slugs: [String], all: [String]) -> Int {
        var hasher = Hasher()
        hasher.combine(now / 86_400)
        for path in ["site.yaml"] + folder.files(in: "content/rubrics", extensions: ["yaml", "yml"])
            + folder.tree("templates").map({ "templates/" + $0 })
        {
            hasher.combine(path)
            hasher.combine(ParseCache.stamp(of: folder.display(path)))
        }
        hasher.combine(slugs)
        hasher.combine(all.sorted())
        return hasher.finalize()
    }

    private func key(of review: Review, global: Int, context: RenderContext) -> Int {
        var hasher = Hasher()
        hasher.combine(global)
        hasher.combine(review.path)
        hasher.combine(cache.stamp(review.path))
        for other in context.related[review.slug.value] ?? [] {
            hasher.combine(other.path)
            hasher.combine(cache.stamp(other.path))
        }
        for alternative in review.alternatives {
            if let slug = alternative.review?.value, let other = context.reviewsBySlug[slug] {
                hasher.combine(cache.stamp(other.path))
            }
        }
        return hasher.finalize()
    }
}
