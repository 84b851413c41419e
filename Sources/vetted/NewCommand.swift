import ArgumentParser
import Foundation
import VettedCore

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Start a new piece of content.",
        subcommands: [NewReviewCommand.self, NewPageCommand.self]
    )
}

struct NewReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Write a draft review with every field and a comment on each.",
        discussion: """
            Writes content/reviews/<slug>.md as a draft dated today; the slug is the name in lower case, \
            accents dropped (Café Privé → cafe-prive). What only you can say is a 'TODO:' placeholder and \
            every scorecard answer is 'unknown': the draft builds and previews, and once published \
            `vetted check --strict` names each placeholder left. An existing file or slug is never overwritten.
            """
    )

    @Argument(help: "The product's name, e.g. \"Proton Lumo\".")
    var name: String

    @Option(name: .long, help: ArgumentHelp("The category, e.g. ai-assistant; its rubric's criteria are listed.", valueName: "key"))
    var category: String?

    @Option(name: .long, help: ArgumentHelp("The address, /reviews/<slug>/ (default: made from the name).", valueName: "slug"))
    var slug: String?

    @OptionGroup var siteOptions: SiteOptions

    @Option(name: .long, help: ArgumentHelp("The date to write, YYYY-MM-DD (default: today).", valueName: "date"), transform: parseDay)
    var today: Timestamp?

    func run() throws {
        let path = try ExitStatus.reporting {
            try ReviewDraft.create(site: siteOptions.site, name: name, category: category, today: today ?? .today, slug: slug)
        }
        FileHandleOutput.standardOutput.write("wrote \(path) (a draft: delete `draft: true` to publish it)\n")
    }
}

struct NewPageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "page",
        abstract: "Write a draft page, such as About or Contact.",
        discussion: """
            Writes content/pages/<slug>.md as a draft, published at /<slug>/ once you delete \
            `draft: true`. An existing file, a slug another page uses, and an address Vetted writes \
            itself (reviews, tags, search…) are refused.
            """
    )

    @Argument(help: "The page's title, e.g. \"Contact\".")
    var title: String

    @Option(name: .long, help: ArgumentHelp("The address, /<slug>/ (default: made from the title).", valueName: "slug"))
    var slug: String?

    @OptionGroup var siteOptions: SiteOptions

    func run() throws {
        let path = try ExitStatus.reporting { try PageDraft.create(site: siteOptions.site, title: title, slug: slug) }
        FileHandleOutput.standardOutput.write("wrote \(path) (a draft: delete `draft: true` to publish it)\n")
    }
}

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a new site that builds as it is.",
        discussion: """
            Writes site.yaml, a sample review, a rubric, the about, methodology and disclosure pages, \
            templates/README.md (how to change the built-in theme; see vetted theme eject), a .gitignore \
            and a GitHub Actions workflow that checks and publishes the site on every push. The folder \
            must be new, empty, or hold only a README, a licence and .git.
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
            next: \(folder == "." ? "" : "cd \(folder) && ")vetted serve, then open the address it prints (the preview
            reloads as you edit); vetted build writes the site into public/ for publishing,
            and .github/workflows/publish.yml publishes it with GitHub Pages on every push

            """)
    }
}
