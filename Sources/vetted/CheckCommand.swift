import ArgumentParser
import Foundation
import VettedCore

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Run every validation and the site-wide checks without writing anything.",
        discussion: """
            Besides everything `build` validates: every internal link and #anchor resolves, affiliate \
            links come after a visible disclosure, nothing loads from another origin, and each source \
            older than stale_after_days is named. Exit status: 0 clean, 1 errors (or warnings with \
            --strict), 2 usage errors.
            """
    )

    @OptionGroup var siteOptions: SiteOptions

    @Flag(name: .long, help: "Include drafts and scheduled reviews, as the preview does.")
    var drafts = false

    @Option(name: .customLong("base-url"), help: ArgumentHelp("Check as if published at this URL instead of site.yaml's.", valueName: "url"))
    var baseURL: String?

    @OptionGroup var validation: ValidationOptions

    func run() throws {
        let quiet = validation.quiet
        let options = BuildOptions(
            includeDrafts: drafts, includeFuture: drafts, baseURL: baseURL, strict: validation.strict, today: validation.today)
        var builder = Builder(site: siteOptions.site, options: options)
        let progress = ProgressPrinter()
        if !quiet { builder.progress = { progress.update($0) } }
        let started = Date()
        let report = try runReporting { try builder.check() }
        progress.finish()
        let printer = DiagnosticPrinter(quiet: quiet, format: validation.format)
        printer.print(report.diagnostics)
        let time = String(format: "%.2f", Date().timeIntervalSince(started))
        let findings = "\(counted(report.diagnostics.errorCount, "error")), \(counted(report.diagnostics.warningCount, "warning"))"
        if !quiet || !report.succeeded {
            printer.summary("checked \(counted(report.reviews, "review")) and \(counted(report.pages, "page")): \(findings) in \(time) s")
        }
        if !report.succeeded { throw ExitStatus.contentErrors }
    }
}

/// Runs a build step, turning usage errors into exit status 2 and other failures into 1.
func runReporting(_ body: () throws -> BuildReport) throws -> BuildReport {
    try ExitStatus.reporting(body)
}
