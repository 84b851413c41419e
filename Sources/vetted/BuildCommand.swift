import ArgumentParser
import Foundation
import VettedCore

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Validate the site and write it into the output folder.",
        discussion: """
            The site is written into a staging folder beside the output (<output>.staging-<pid>) and \
            swapped in only when the whole build succeeded. Ctrl-C (SIGINT) or SIGTERM removes the \
            staging folder and leaves the output as it was; a staging folder left by a build that was \
            killed outright is removed by the next build. Exit status: 0 built, 1 content errors, \
            2 usage errors, 130 or 143 interrupted.
            """
    )

    @OptionGroup var siteOptions: SiteOptions

    @Option(name: .long, help: ArgumentHelp("The output folder (default: <site>/public).", valueName: "dir"))
    var output: String?

    @Flag(name: .long, help: "Include reviews and pages marked draft: true.")
    var drafts = false

    @Flag(name: .long, help: "Include reviews whose published date is in the future.")
    var future = false

    @Option(name: .customLong("base-url"), help: ArgumentHelp("Use this base URL instead of site.yaml's.", valueName: "url"))
    var baseURL: String?

    @OptionGroup var validation: ValidationOptions

    func run() throws {
        let quiet = validation.quiet
        let options = BuildOptions(
            includeDrafts: drafts, includeFuture: future, baseURL: baseURL, strict: validation.strict, today: validation.today)
        var builder = Builder(site: siteOptions.site, output: output, options: options)
        let progress = ProgressPrinter()
        if !quiet { builder.progress = { progress.update($0) } }
        BuildInterrupts.install(progress: progress)
        let started = Date()
        let report = try runReporting { try builder.build() }
        progress.finish()
        let printer = DiagnosticPrinter(quiet: quiet, format: validation.format)
        printer.print(report.diagnostics)
        let seconds = Date().timeIntervalSince(started)
        guard report.succeeded else {
            printer.summary("build failed: \(counted(report.diagnostics.errorCount, "error")); \(builder.outputFolder) was not changed")
            throw ExitStatus.contentErrors
        }
        if !quiet {
            let time = String(format: "%.2f", seconds)
            printer.summary(
                "built \(counted(report.reviews, "review")), \(counted(report.pages, "page")), "
                    + "\(counted(report.listings, "listing")), \(counted(report.feeds, "feed")) and \(counted(report.badges, "badge")), "
                    + "copied \(counted(report.assets, "asset")) into \(builder.outputFolder) in \(time) s")
        }
    }
}

func counted(_ count: Int, _ noun: String) -> String {
    "\(count) \(noun)\(count == 1 ? "" : "s")"
}
