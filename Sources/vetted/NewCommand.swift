import ArgumentParser
import Foundation
import VettedCore

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Start a new piece of content.",
        subcommands: [NewReviewCommand.self]
    )
}

struct NewReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Write a draft review with every field and a comment on each.",
        discussion: "Writes content/reviews/<slug>.md as a draft dated today. An existing file is never overwritten."
    )

    @Argument(help: "The product's name, e.g. \"Proton Lumo\".")
    var name: String

    @Option(name: .long, help: ArgumentHelp("The category, e.g. ai-assistant; its rubric's criteria are listed.", valueName: "key"))
    var category: String?

    @OptionGroup var siteOptions: SiteOptions

    @Option(name: .long, help: ArgumentHelp("The date to write, YYYY-MM-DD (default: today).", valueName: "date"), transform: parseDay)
    var today: Timestamp?

    func run() throws {
        let path = try ExitStatus.reporting {
            try ReviewDraft.create(site: siteOptions.site, name: name, category: category, today: today ?? .today)
        }
        FileHandleOutput.standardOutput.write("wrote \(path) (a draft: delete `draft: true` to publish it)\n")
    }
}

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a new site that builds as it is.",
        discussion: """
            Writes site.yaml, a sample review, a rubric, the about, methodology and disclosure pages, the \
            default theme, a .gitignore and a GitHub Actions workflow that checks and publishes the site on \
            every push. The folder must be empty or new.
            """
    )

    @Argument(help: "The folder to create the site in.")
    var folder: String

    @Option(name: .long, help: ArgumentHelp("The date to write, YYYY-MM-DD (default: today).", valueName: "date"), transform: parseDay)
    var today: Timestamp?

    func run() throws {
        let files = try ExitStatus.reporting { try StarterSite.create(at: folder, today: today ?? .today) }
        FileHandleOutput.standardOutput.write("""
            created a site in \(folder) (\(counted(files.count, "file")))
            next: cd \(folder) && vetted serve, then open the address it prints (the preview
            reloads as you edit); vetted build writes the site into public/ for publishing,
            and .github/workflows/publish.yml publishes it with GitHub Pages on every push

            """)
    }
}
