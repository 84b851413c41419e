import Foundation

/// Builds the site in memory for the preview, again after every change, rendering
/// only the pages whose inputs changed (see `BuildCache`).
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

    private let site: String
    private let options: BuildOptions
    private let origin: String?
    private let cache = BuildCache()

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

    /// Builds like `build`, turning a failure that stops the build into an error the
    /// terminal and the browser's overlay show, so no failure goes unseen.
    /// - Parameter previous: the last build, whose pages stay served under the overlay.
    public func buildShowingFailures(previous: Output?) -> Output {
        do {
            return try build()
        } catch {
            let problem = Diagnostic(.error, path: site, line: 1, column: 1, message: "the build stopped: \(error)")
            return Output(
                files: previous?.files ?? [:], diagnostics: [problem], unpublished: previous?.unpublished ?? [], renderedReviews: 0,
                basePath: previous?.basePath ?? "/")
        }
    }

    /// Builds the site as it is on disk now: the pipeline of `vetted build`, into
    /// memory, with the preview's cache.
    public func build() throws -> Output {
        var pipeline = Pipeline(folder: SiteFolder(root: site), options: options, mode: .preview)
        pipeline.origin = origin
        pipeline.cache = cache
        let sink = MemorySink()
        let outcome = try pipeline.run { _ in sink }
        return Output(
            files: sink.files, diagnostics: outcome.report.diagnostics.sorted(), unpublished: outcome.unpublished,
            renderedReviews: outcome.renderedReviews, basePath: outcome.context?.config.basePath ?? "/")
    }
}
