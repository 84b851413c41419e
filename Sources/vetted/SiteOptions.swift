import ArgumentParser
import VettedCore

/// `--site`, shared by every command that reads a site.
struct SiteOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The site folder, holding site.yaml.", valueName: "dir"))
    var site: String = "."
}

/// Parses `--today YYYY-MM-DD`.
func parseDay(_ text: String) throws -> Timestamp {
    guard text.count == 10, let day = Timestamp(text) else {
        throw ValidationError("--today takes a date as YYYY-MM-DD, not '\(text)'")
    }
    return day
}
