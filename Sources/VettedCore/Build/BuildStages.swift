import VettedMarkdown
public import VettedTemplates
import VettedYAML

/// The hot paths of a build, one at a time and on one thread, for `vetted-bench`.
///
/// Each stage returns a count that depends on all its work (bytes rendered, reviews
/// read) so nothing can be left out; the benchmark prints it as a check.
@_spi(Benchmarks) public struct BuildStages: Sendable {
    let folder: SiteFolder
    let context: RenderContext

    /// Loads and validates the site the way `vetted build` does.
    /// - Throws: `UsageError` when the site cannot be read at all.
    public init(site: String) throws {
        let (report, context) = try Builder(site: site).prepare()
        guard let context else {
            throw UsageError(description: "the site has errors: " + report.diagnostics.prefix(3).map(\.description).joined(separator: "; "))
        }
        self.folder = SiteFolder(root: site)
        self.context = context
    }

    /// The published reviews.
    public var reviewCount: Int { context.reviews.count }

    /// Reads and parses every file of the site (front matter, rubrics, pages).
    public func load() -> Int {
        SiteLoader(folder: folder).load().0?.reviews.count ?? 0
    }

    /// Renders every review body from Markdown.
    public func markdownBodies() -> Int {
        context.reviews.reduce(0) { total, review in
            total + context.markdown.render(review.body, lineOffset: review.bodyLineOffset).html.utf8.count
        }
    }

    /// Renders every short Markdown string: verdict summaries, notes, FAQ answers.
    public func inlineMarkdown() -> Int {
        var total = 0
        for review in context.reviews {
            let log = DiagnosticLog(path: review.path)
            let resolver = context.resolver(for: review)
            var sponsored: Mark?
            var texts = [review.verdict.summary] + review.faq.map(\.answer)
            texts += review.history.compactMap(\.note) + review.alternatives.compactMap(\.note)
            texts += review.scorecard?.answers.compactMap(\.note) ?? []
            for text in texts {
                total += context.inlineMarkdown(text, resolver: resolver, log: log, sponsored: &sponsored).utf8.count
            }
        }
        return total
    }

    /// Template values of every review page, Markdown included.
    public func reviewValues() -> ReviewValues {
        ReviewValues(values: context.reviews.map {
            TemplateRoot.value(
                site: context.siteValue, page: ReviewPage(review: $0, context: context).model(log: DiagnosticLog(path: $0.path)).templateValue,
                alias: "review")
        })
    }

    /// Renders the review template for values made beforehand.
    public func reviewTemplates(_ prepared: ReviewValues) -> Int {
        prepared.values.reduce(0) { $0 + context.theme.render("review", $1).utf8.count }
    }

    /// The templates of the theme, for rendering the same values with another engine.
    public var templates: [(name: String, text: String)] {
        context.theme.sources.map { ($0.name, $0.text) }
    }

    /// Every listing's template and values: all reviews, verdicts, categories, tags, matrices.
    public func listingValues() -> [(template: String, value: TemplateValue)] {
        ListingPages(context: context).listings().map { ($0.template, TemplateRoot.value(site: context.siteValue, page: $0.page)) }
    }

    /// Renders listings whose values were made beforehand.
    public func listingTemplates(_ prepared: [(template: String, value: TemplateValue)]) -> Int {
        prepared.reduce(0) { $0 + context.theme.render($1.template, $1.value).utf8.count }
    }

    /// Renders every listing: home, all reviews, verdicts, categories, tags, matrices.
    public func listings() -> Int {
        ListingPages(context: context).listings().reduce(0) { total, listing in
            total + context.theme.render(listing.template, TemplateRoot.value(site: context.siteValue, page: listing.page)).utf8.count
        }
    }

    /// HTML-escapes `text` the way every `{{variable}}` of a template is escaped.
    public static func escape(_ text: String) -> Int {
        text.escapedForHTMLAttribute.utf8.count
    }

    /// Review page values, opaque to the benchmark.
    public struct ReviewValues: Sendable {
        public let values: [TemplateValue]
        /// How many pages.
        public var count: Int { values.count }
    }
}
