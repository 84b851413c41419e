import Foundation
import VettedMarkdown
import VettedTemplates
import VettedYAML

/// What every page renderer shares during one build: read-only, so pages render in parallel.
struct RenderContext: Sendable {
    let site: Site
    let config: SiteConfig
    let urls: SiteURLs
    let theme: Theme
    let markdown: MarkdownRenderer
    /// The reviews published in this build, newest first.
    let reviews: [Review]
    let reviewSlugs: Set<String>
    let pages: [Page]
    /// Every review's slug, drafts included, to tell "unpublished" from "unknown".
    let allReviewSlugs: Set<String>
    /// The published reviews by slug.
    let reviewsBySlug: [String: Review]
    /// "Now" in seconds since the epoch, for staleness.
    let now: Int
    /// The related reviews of each published review, by slug.
    let related: [String: [Review]]
    /// What every template gets under `site`, converted once.
    let siteValue: TemplateValue
    /// Set by the preview: card values kept between builds.
    var cards: CardCache?
    /// Files copied from static/ and page bundles, for the size of images.
    let files: ContentFiles?
    /// Keep Markdown links to other sites in the ledgers too (`vetted check` maps what
    /// it finds on the rendered pages back to the Markdown with them).
    let keepsExternalLinks: Bool
    /// Each published review's score, coverage and verdict, worked out once.
    private let assessments: [ObjectIdentifier: Assessment]
    /// The name of every country code used, in the site's language.
    private let countryNames: [String: String]
    /// site.yaml's Markdown, rendered.
    private(set) var siteTexts = SiteTexts.empty

    /// Builds the shared state once per build; nothing here is recomputed per page.
    init(
        site: Site, config: SiteConfig, urls: SiteURLs, theme: Theme, markdown: MarkdownRenderer, reviews: [Review], pages: [Page],
        now: Int, relatedSlugs: [String: [String]]? = nil, files: ContentFiles? = nil, keepsExternalLinks: Bool = false
    ) {
        self.files = files
        self.keepsExternalLinks = keepsExternalLinks
        self.site = site
        self.config = config
        self.urls = urls
        self.theme = theme
        self.markdown = markdown
        self.reviews = reviews
        self.reviewSlugs = Set(reviews.map(\.slug.value))
        self.pages = pages
        self.now = now
        self.allReviewSlugs = Set(site.reviews.map(\.slug.value))
        self.reviewsBySlug = Dictionary(reviews.map { ($0.slug.value, $0) }, uniquingKeysWith: { first, _ in first })
        let bySlug = reviewsBySlug
        self.related = (relatedSlugs ?? RelatedReviews.slugs(reviews)).mapValues { $0.compactMap { bySlug[$0] } }
        self.siteValue = SiteModel(config: config, urls: urls, reviewCount: reviews.count, pages: pages).templateValue
        let assessed = parallelMap(reviews) { $0.assessment(in: site) }
        self.assessments = Dictionary(zip(reviews.map(ObjectIdentifier.init), assessed), uniquingKeysWith: { first, _ in first })
        var codes = Set(config.jurisdictionGroups.flatMap(\.members))
        for review in reviews { codes.formUnion(review.product.jurisdiction) }
        self.countryNames = Self.countryNames(codes, language: config.language)
        self.siteTexts = SiteTexts(context: self)
    }

    /// Country names from the locale data Foundation carries (CLDR), in the site's
    /// language; a code the data does not name stays a code.
    static func countryNames(_ codes: Set<String>, language: String) -> [String: String] {
        let locale = Locale(identifier: language)
        return Dictionary(uniqueKeysWithValues: codes.map { ($0, locale.localizedString(forRegionCode: $0) ?? $0) })
    }

    func assessment(of review: Review) -> Assessment {
        assessments[ObjectIdentifier(review)] ?? review.assessment(in: site)
    }

    /// The verdict a review shows: its own, or the one its score earns.
    func verdictKey(of review: Review) -> String {
        assessment(of: review).verdictKey
    }

    func countryName(_ code: String) -> String {
        countryNames[code] ?? Self.countryNames([code], language: config.language)[code] ?? code
    }

    /// Ids the review template uses itself; headings in the body avoid them.
    static let reservedIDs: Set<String> = [
        "main", "site-title", "site-search", "search", "verdict", "conflict", "disclosure", "toc", "scorecard", "scorecard-title", "review-body", "comparisons",
        "comparisons-title", "faq", "faq-title", "alternatives", "alternatives-title", "sources", "sources-title", "history",
        "history-title", "author", "author-title", "tags", "related", "related-title",
    ]

    /// `<badge_prefix>: <VERDICT LABEL>`.
    func badgeText(label: String) -> String {
        "\(config.badgePrefix): \(label.uppercased())"
    }

    func score(of review: Review) -> Score? {
        assessment(of: review).score
    }

    /// A category's name: its name in site.yaml, the title of the rubric with the same
    /// key, or the key in words.
    func categoryName(_ key: String) -> String {
        if let category = config.category(key) { return category.name }
        if let rubric = site.rubric(key) { return rubric.title }
        let words = key.split(separator: "-").joined(separator: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }

    /// - Parameter ledger: keeps the links to check once the site is written.
    func resolver(for review: Review?, ledger: LinkLedger? = nil) -> LinkResolver {
        var resolver = LinkResolver(
            urls: urls, reviewSlugs: reviewSlugs, allReviewSlugs: allReviewSlugs, affiliateDomains: config.affiliateDomains,
            rubrics: site.rubrics, review: review)
        resolver.unreadSlugs = site.unreadReviewSlugs
        resolver.unreadRubricKeys = site.unreadRubricKeys
        resolver.ledger = ledger
        resolver.files = files
        return resolver
    }

    /// A ledger for the Markdown of `source` shown on the page written at `page`.
    func ledger(source: String, page: String?) -> LinkLedger {
        LinkLedger(source: source, page: page, keepsExternal: keepsExternalLinks)
    }

    /// Renders a Markdown string from the front matter, with link problems placed at the
    /// string's position in the file.
    func inlineMarkdown(_ text: Located<String>, resolver: LinkResolver, log: DiagnosticLog, sponsored: inout Mark?) -> String {
        let (line, column) = Self.contentStart(of: text)
        let result = resolver.rendering {
            markdown.renderInline(text.value, lineOffset: line - 1, columnOffset: column - 1) {
                resolver.resolve($0, noting: &sponsored)
            }
        }
        log.report(result.problems)
        return result.html
    }

    /// Renders a Markdown block (paragraphs, lists) from the front matter or site.yaml,
    /// with problems placed at the string's position in the file.
    func blockMarkdown(_ text: Located<String>, resolver: LinkResolver, log: DiagnosticLog) -> String {
        let (line, column) = Self.contentStart(of: text)
        var sponsored: Mark?
        let result = resolver.rendering {
            markdown.render(text.value, lineOffset: line - 1, columnOffset: column - 1, reservedIDs: Self.reservedIDs) {
                resolver.resolve($0, noting: &sponsored)
            }
        }
        log.report(result.problems)
        return result.html
    }

    /// Where the text of a scalar starts: after the quote of a quoted one, on the next
    /// line for a block scalar.
    static func contentStart<T>(of text: Located<T>) -> (line: Int, column: Int) {
        switch text.style {
        case .plain: return (text.mark.line, text.mark.column)
        case .singleQuoted, .doubleQuoted: return (text.mark.line, text.mark.column + 1)
        case .literal, .folded: return (text.mark.line + 1, 1)
        }
    }
}

