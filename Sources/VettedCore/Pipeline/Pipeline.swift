import Foundation
import VettedMarkdown

/// The one way a site is built: load → validate → plan → render → sink. `vetted
/// build`, `vetted check` and `vetted serve` all run it; they differ only in the sink
/// they pass, the base URL, and the cache the preview keeps between runs.
struct Pipeline {
    let folder: SiteFolder
    let options: BuildOptions
    let mode: BuildMode
    /// Where the preview is served (`http://127.0.0.1:4000`): absolute links use it
    /// with the base URL's path, so every link leads back to the preview.
    var origin: String?
    /// Kept by the preview between runs; nil for a one-off build.
    var cache: BuildCache?
    /// Called from any thread as the build advances; keep it cheap.
    var progress: (@Sendable (BuildProgress) -> Void)?

    init(folder: SiteFolder, options: BuildOptions, mode: BuildMode) {
        self.folder = folder
        self.options = options
        self.mode = mode
    }

    /// What one run produced.
    struct Outcome {
        var report: BuildReport
        /// Nil when the site or the theme could not be read.
        var context: RenderContext?
        /// Review pages rendered in this run; the others came from the cache.
        var renderedReviews = 0
        /// Output files of drafts and scheduled reviews, which the preview marks.
        var unpublished: Set<String> = []
        /// Every Markdown link with its place in the source.
        var links: [LinkRecord] = []
    }

    /// Runs every stage; the sink is made once the site is planned, so nothing is
    /// staged for a site that cannot be read.
    func run<Sink: OutputSink>(makeSink: (RenderContext) throws -> Sink) throws -> Outcome {
        var outcome = try plan()
        guard let context = outcome.context else { return outcome }
        let sink = try makeSink(context)
        var renderer = SiteRenderer(context: context, progress: progress)
        renderer.cache = cache
        let rendered = try renderer.render(into: sink)
        outcome.report.diagnostics += rendered.diagnostics
        outcome.report.reviews = rendered.reviews
        outcome.report.pages = rendered.pages
        outcome.report.listings = rendered.listings
        outcome.report.badges = rendered.badges
        outcome.report.feeds = rendered.feeds
        outcome.renderedReviews = rendered.renderedReviews
        outcome.report.assets = try ThemeAssets.copy(from: folder, into: sink)
        if let files = context.files {
            let copied = try files.copy(into: sink, written: sink.writtenPaths)
            outcome.report.assets += copied.count
            outcome.report.diagnostics += copied.diagnostics
        }
        // Links are checked once every file is written, at their place in the Markdown.
        let published = Set(context.reviews.map { "reviews/\($0.slug.value)/" })
        let audit = LinkAudit(
            urls: context.urls, files: sink.writtenPaths, anchors: { sink.anchors(in: $0) },
            failedFolders: Set(
                context.site.unreadReviewSlugs.map { "reviews/\($0)/" } + context.site.unreadPageSlugs.map { "\($0)/" }
                    + context.site.unreadRubricKeys.map { "rubrics/\($0)/" }),
            unpublishedFolders: Set(context.site.reviews.map { "reviews/\($0.slug.value)/" }).subtracting(published))
        outcome.report.diagnostics += audit.check(rendered.links)
        outcome.links = rendered.links
        return outcome
    }

    /// Load, validate and plan: reads the site and the theme, decides what is
    /// published, and makes what every page renderer shares.
    func plan() throws -> Outcome {
        progress?(BuildProgress(stage: .reading, done: 0, total: 0))
        var loader = SiteLoader(folder: folder)
        loader.cache = cache?.parses
        let (loaded, loadDiagnostics) = loader.load()
        let (theme, themeDiagnostics) = cache?.theme(in: folder) { Theme.load(from: folder) } ?? Theme.load(from: folder)
        var report = BuildReport(diagnostics: loadDiagnostics + themeDiagnostics)
        guard let loaded, let theme else { return Outcome(report: report) }

        var config = loaded.config
        if let override = options.baseURL { config.baseURL = try BaseURL.validated(override) }
        if let origin { config.baseURL = BaseURL.moving(config.baseURL, to: origin) }
        var site = loaded
        site.config = config
        let now = options.today.map { $0.epochSeconds + 86_399 } ?? Int(Date().timeIntervalSince1970)
        let validator = SiteValidator(site: site, options: options, now: now)
        let outcome = validator.validate()
        report.diagnostics += outcome.diagnostics
        // A review held back by its errors is, for links to it, like one that could not be read.
        site.unreadReviewSlugs.formUnion(outcome.heldBack)

        // Every included review is rendered, even one with errors, so link problems in
        // it are reported in this same run; nothing is kept if anything failed.
        let published = site.reviews.filter(validator.includes).sorted {
            ($0.published.value, $1.slug.value) > ($1.published.value, $0.slug.value)
        }
        // Bundles' other files are copied beside their pages, static/ to the root.
        var bundles: [(folder: String, output: String)] = []
        for review in published {
            if let bundle = site.bundleFolders[review.path] { bundles.append((bundle, "reviews/\(review.slug.value)/")) }
        }
        for page in outcome.pages {
            if let bundle = site.bundleFolders[page.path] { bundles.append((bundle, "\(page.slug.value)/")) }
        }
        let files = ContentFiles(folder: folder, bundles: bundles)
        report.diagnostics += files.diagnostics
        cache?.begin(folder: folder, now: now, published: published, all: site.reviews, files: files)
        cache?.keepPages(of: published)
        var context = RenderContext(
            site: site, config: config, urls: SiteURLs(baseURL: config.baseURL, basePath: config.basePath), theme: theme,
            markdown: MarkdownRenderer(allowsRawHTML: config.allowsRawHTML),
            reviews: published, pages: outcome.pages, now: now, relatedSlugs: cache?.relatedSlugs(published), files: files,
            keepsExternalLinks: mode == .check)
        // Each review's card is made once, wherever it is shown (listings, related
        // reviews, alternatives); the preview keeps them between builds.
        context.cards = cache?.cards ?? CardCache { _ in 0 }
        report.diagnostics += context.siteTexts.diagnostics
        let unpublished = Set(published.filter { $0.draft || $0.published.value.epochSeconds > now }.map { SiteURLs.reviewFile($0.slug.value) })
        return Outcome(report: report, context: context, unpublished: unpublished)
    }
}
