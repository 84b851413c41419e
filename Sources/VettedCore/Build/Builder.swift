import Foundation
import VettedMarkdown
import VettedYAML

/// The result of a build: every diagnostic, sorted, and what was written.
public struct BuildReport: Sendable {
    public var diagnostics: [Diagnostic]
    public var reviews = 0
    public var pages = 0
    public var listings = 0
    public var badges = 0
    public var feeds = 0
    public var assets = 0
    /// True when the output was written (no errors).
    public var succeeded: Bool { diagnostics.errorCount == 0 }
}

/// A problem with the command itself rather than the content: bad options or paths.
public struct UsageError: Error, CustomStringConvertible {
    public let description: String
}

/// Loads, validates and renders a site, then swaps the output in atomically.
public struct Builder: Sendable {
    public let siteFolder: String
    public let outputFolder: String
    public let options: BuildOptions
    /// Called from any thread as the build advances; keep it cheap.
    public var progress: (@Sendable (BuildProgress) -> Void)?

    /// - Parameters:
    ///   - site: the site folder (`.` by default).
    ///   - output: the output folder; `<site>/public` when nil.
    public init(site: String = ".", output: String? = nil, options: BuildOptions = BuildOptions()) {
        self.siteFolder = site
        self.outputFolder = output ?? SiteFolder(root: site).display("public")
        self.options = options
    }

    /// Builds the site.
    /// - Returns: the report; the output folder changed only if `succeeded`.
    /// - Throws: `UsageError` for an unusable output folder or base URL, `OutputError`
    ///   when the disk refuses a write (the previous output is kept).
    public func build() throws -> BuildReport {
        try checkOutputFolder()
        let staged = StagedOutput(output: outputFolder)
        var report: BuildReport
        do {
            let outcome = try pipeline(.build).run { _ in
                try staged.begin()
                try staged.sink.write(StagedOutput.markerText, to: StagedOutput.marker)
                return staged.sink
            }
            report = outcome.report
            if let config = outcome.context?.config, config.search {
                report.diagnostics += indexForSearch(staged.staging, config: config, built: report.succeeded)
            }
        } catch {
            staged.abandon()
            throw error
        }
        report = finish(report)
        if report.succeeded {
            try staged.commit()
        } else {
            staged.abandon()
        }
        return report
    }

    /// With `search: true`, Pagefind indexes the staged site; a missing or failing
    /// Pagefind is an error at `search` in site.yaml, so nothing is published.
    private func indexForSearch(_ folder: String, config: SiteConfig, built: Bool) -> [Diagnostic] {
        let mark = config.searchMark
        func error(_ message: String) -> [Diagnostic] {
            [Diagnostic(.error, path: config.path, line: mark.line, column: mark.column, message: message)]
        }
        switch Pagefind.locate() {
        case .failure(let problem):
            return error(problem.message)
        case .success(let pagefind):
            guard built else { return [] }
            progress?(BuildProgress(stage: .indexing, done: 0, total: 0))
            return pagefind.index(folder).map { error($0.message) } ?? []
        }
    }

    /// Runs every validation of `build` and the site-wide checks on the rendered pages
    /// (links and anchors, disclosures before affiliate links, third-party loads,
    /// stale sources) without writing anything.
    /// - Throws: `UsageError` for a missing site folder or a bad base URL.
    public func check() throws -> BuildReport {
        try checkSiteFolder()
        let sinkHolder = SinkHolder()
        let outcome = try pipeline(.check).run { context in
            let domains = context.config.affiliateDomains
            let sink = ScanSink { url in
                guard let host = WebURL.host(of: url) else { return false }
                return domains.contains { WebURL.host(host, isWithin: $0) }
            }
            sinkHolder.sink = sink
            return sink
        }
        var report = outcome.report
        if let context = outcome.context, let scans = sinkHolder.sink?.result {
            let folder = SiteFolder(root: siteFolder)
            var checker = SiteChecker(
                urls: context.urls, pages: scans.pages, styles: scans.styles, files: scans.files,
                display: { folder.display("public/" + $0) })
            if context.config.search { checker.writtenByBuild = ["pagefind/"] }
            for record in outcome.links {
                guard let page = record.page, checker.markdownLinks[page]?[record.href] == nil else { continue }
                checker.markdownLinks[page, default: [:]][record.href] = record
            }
            checker.checksGeneratedLinks = report.diagnostics.errorCount == 0
            report.diagnostics += checker.check()
            report.diagnostics += SourceFreshness(site: context.site, reviews: context.reviews, now: context.now).warnings()
        }
        return finish(report)
    }

    private func pipeline(_ mode: BuildMode) -> Pipeline {
        var pipeline = Pipeline(folder: SiteFolder(root: siteFolder), options: options, mode: mode)
        pipeline.progress = progress
        return pipeline
    }

    /// Loads, validates and plans the site; no context when the site or the theme
    /// cannot be read.
    func prepare() throws -> (report: BuildReport, context: RenderContext?) {
        try checkSiteFolder()
        let outcome = try pipeline(.build).plan()
        return (outcome.report, outcome.context)
    }

    /// Sorts the diagnostics and, with `--strict`, turns warnings into errors.
    private func finish(_ report: BuildReport) -> BuildReport {
        var report = report
        if options.strict {
            report.diagnostics = report.diagnostics.map { item in
                item.severity == .warning
                    ? Diagnostic(.error, path: item.path, line: item.line, column: item.column, message: item.message + " [--strict]")
                    : item
            }
        }
        report.diagnostics.sort()
        return report
    }

    /// The output folder is replaced wholesale, so it must not hold the site itself,
    /// and an existing one must have been made by a previous build.
    private func checkSiteFolder() throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: siteFolder, isDirectory: &isFolder), isFolder.boolValue else {
            throw UsageError(description: "the site folder '\(siteFolder)' does not exist")
        }
    }

    private func checkOutputFolder() throws {
        try checkSiteFolder()
        var isFolder: ObjCBool = false
        let output = URL(fileURLWithPath: outputFolder).standardizedFileURL.path
        let site = URL(fileURLWithPath: siteFolder).standardizedFileURL.path
        let containsSite = output == site || site.hasPrefix(output + "/") || output == "/"
        let insideSources = ["content", "templates", "site.yaml"].contains { name in
            output == site + "/" + name || output.hasPrefix(site + "/" + name + "/")
        }
        if containsSite || insideSources {
            throw UsageError(description: "the output folder '\(outputFolder)' would replace the site's own files; choose another --output")
        }
        if FileManager.default.fileExists(atPath: outputFolder, isDirectory: &isFolder) {
            guard isFolder.boolValue else {
                throw UsageError(description: "the output '\(outputFolder)' is a file, not a folder; choose another --output")
            }
            let entries = (try? FileManager.default.contentsOfDirectory(atPath: outputFolder)) ?? []
            if !entries.isEmpty, !entries.contains(StagedOutput.marker) {
                throw UsageError(description:
                    "'\(outputFolder)' was not made by vetted build (it has no \(StagedOutput.marker) file) and would be "
                    + "replaced as a whole; empty it or choose another --output")
            }
        }
    }
}

/// Hands the scanning sink made inside `run` back to `check`.
private final class SinkHolder {
    var sink: ScanSink?
}
