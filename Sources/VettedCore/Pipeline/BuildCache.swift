import Foundation

/// What the preview keeps from one build to the next, handed to the pipeline as a
/// whole: parsed files, the parsed theme, rendered review pages, rendered listings
/// and card values. A build without it does all the work every time.
///
/// Each review page has a key made of what it depends on: its own file, the site's
/// settings, theme and rubrics, the day, the set of published reviews (its links
/// resolve against it) and the files of the reviews whose cards it shows (related
/// reviews and alternatives). A page whose key is unchanged is reused as it was.
///
/// Used by one build at a time; the parts filled in parallel are locked.
final class BuildCache: @unchecked Sendable {
    /// A rendered review page.
    struct ReviewPageEntry: Sendable {
        let key: Int
        /// The page as the bytes the preview serves, made once.
        let html: [UInt8]
        let feedHTML: String?
        let diagnostics: [Diagnostic]
        /// The page's Markdown links, checked again on every build.
        let links: [LinkRecord]
    }

    let parses = ParseCache()
    private(set) var memo = RenderMemo()
    private(set) var cards: CardCache?
    private var theme: (key: Int, theme: Theme?, diagnostics: [Diagnostic])?
    private var related: (key: Int, slugs: [String: [String]])?
    private var lastGlobal: Int?
    private let pages = Locked<[String: ReviewPageEntry]>([:])
    private let summaries = Locked<[String: (stamp: ParseCache.Stamp?, summary: Int)]>([:])
    private var global = 0

    init() {}

    /// The theme, parsed again only when a file under `templates/` changed.
    func theme(in folder: SiteFolder, load: () -> (Theme?, [Diagnostic])) -> (Theme?, [Diagnostic]) {
        var hasher = Hasher()
        for path in folder.tree("templates") {
            hasher.combine(path)
            hasher.combine(ParseCache.stamp(of: folder.display("templates/" + path)))
        }
        let key = hasher.finalize()
        if let theme, theme.key == key { return (theme.theme, theme.diagnostics) }
        let (parsed, diagnostics) = load()
        theme = (key, parsed, diagnostics)
        return (parsed, diagnostics)
    }

    /// Related reviews, worked out again only when the published reviews' tags or
    /// categories changed.
    func relatedSlugs(_ published: [Review]) -> [String: [String]] {
        let key = RelatedReviews.key(published)
        if let related, related.key == key { return related.slugs }
        let slugs = RelatedReviews.slugs(published)
        related = (key, slugs)
        return slugs
    }

    /// Starts a build: when the settings, theme, rubrics, day or set of reviews
    /// changed, listings and cards are made again.
    /// - Parameter files: the images pages show; their sizes are in the pages.
    func begin(folder: SiteFolder, now: Int, published: [Review], all: [Review], files: ContentFiles) {
        var hasher = Hasher()
        hasher.combine(now / 86_400)
        hasher.combine(files.imagesStamp())
        // The templates were walked and stamped by `theme(in:load:)` in this same build.
        hasher.combine(theme?.key)
        for path in ["site.yaml"] + folder.files(in: "content/rubrics", extensions: ["yaml", "yml"]) {
            hasher.combine(path)
            hasher.combine(ParseCache.stamp(of: folder.display(path)))
        }
        hasher.combine(published.map(\.slug.value))
        hasher.combine(all.map(\.slug.value).sorted())
        let global = hasher.finalize()
        self.global = global
        guard global != lastGlobal else { return }
        memo = RenderMemo()
        let parses = self.parses
        cards = CardCache(fingerprints: true) { review in
            var hasher = Hasher()
            hasher.combine(global)
            hasher.combine(parses.stamp(review.path))
            return hasher.finalize()
        }
        lastGlobal = global
    }

    /// The key of a review page: see the type's description.
    func key(of review: Review, context: RenderContext) -> Int {
        var hasher = Hasher()
        hasher.combine(global)
        hasher.combine(review.path)
        hasher.combine(parses.stamp(review.path))
        for other in context.related[review.slug.value] ?? [] {
            hasher.combine(other.path)
            hasher.combine(parses.stamp(other.path))
        }
        for alternative in review.alternatives {
            if let slug = alternative.review?.value, let other = context.reviewsBySlug[slug] {
                hasher.combine(parses.stamp(other.path))
            }
        }
        return hasher.finalize()
    }

    /// The page rendered last time, when its key is unchanged.
    func reviewPage(_ slug: String, key: Int) -> ReviewPageEntry? {
        pages.read { $0[slug] }.flatMap { $0.key == key ? $0 : nil }
    }

    func store(_ slug: String, _ entry: ReviewPageEntry) {
        pages.withLock { $0[slug] = entry }
    }

    /// The key of a listing, home or 404 page: the template, the site-wide inputs, the
    /// site's pages (the navigation shows their titles), and the cards it shows (or,
    /// for matrices and term counts, a summary of each review's front matter).
    /// Worked out from cached fingerprints and file stamps, without making the page's
    /// values: most edits change no listing.
    func listingKey(template: String, reviews: [Review], byCards: Bool, context: RenderContext) -> Int {
        var hasher = Hasher()
        hasher.combine(global)
        hasher.combine(template)
        for page in context.pages {
            hasher.combine(page.path)
            hasher.combine(parses.stamp(page.path))
        }
        let cards = ReviewCards(context: context)
        for review in reviews {
            if byCards, let fingerprint = cards.fingerprint(review) {
                hasher.combine(fingerprint)
            } else {
                hasher.combine(summary(of: review))
            }
        }
        return hasher.finalize()
    }

    /// What a matrix row or a term count shows of a review, summed up once per version
    /// of its file. Its body is not part of it, so editing prose changes neither.
    func summary(of review: Review) -> Int {
        let stamp = parses.stamp(review.path)
        if let kept = summaries.read({ $0[review.path] }), kept.stamp == stamp, stamp != nil { return kept.summary }
        var hasher = Hasher()
        review.summarize(into: &hasher)
        // A matrix cell links to the first source, or else the first evidence link.
        for answer in review.scorecard?.answers ?? [] {
            hasher.combine(answer.sources.first?.value)
            hasher.combine(answer.evidence.first?.value)
        }
        let summary = hasher.finalize()
        summaries.withLock { $0[review.path] = (stamp, summary) }
        return summary
    }

    /// Forgets the pages of reviews that are no longer published.
    func keepPages(of published: [Review]) {
        let slugs = Set(published.map(\.slug.value))
        pages.withLock { $0 = $0.filter { slugs.contains($0.key) } }
    }
}
