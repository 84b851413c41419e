import ArgumentParser
import VettedCore

/// `--site`, shared by every command that reads a site.
struct SiteOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The site folder, holding site.yaml.", valueName: "dir"))
    var site: String = "."
}

/// `--strict`, `--today`, `--quiet` and `--format`, shared by `build` and `check`.
struct ValidationOptions: ParsableArguments {
    @Flag(name: .long, help: "Treat warnings as errors.")
    var strict = false

    @Option(
        name: .long, help: ArgumentHelp("The date to use as today, YYYY-MM-DD (staleness, scheduling).", valueName: "date"),
        transform: parseDay)
    var today: Timestamp?

    @Flag(name: [.short, .long], help: "Print errors only.")
    var quiet = false

    @Option(
        name: .long,
        help: ArgumentHelp(
            "How to print diagnostics: text (path:line:col: error: message) or github (workflow commands that GitHub Actions shows on the commit and pull request).",
            valueName: "format"))
    var format: DiagnosticFormat = .text
}

/// The two ways diagnostics are printed.
enum DiagnosticFormat: String, ExpressibleByArgument, CaseIterable {
    case text, github
}

/// Parses `--today YYYY-MM-DD`.
func parseDay(_ text: String) throws -> Timestamp {
    guard text.count == 10, let day = Timestamp(text) else {
        throw ValidationError("--today takes a date as YYYY-MM-DD, not '\(text)'")
    }
    return day
}
