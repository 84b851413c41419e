import ArgumentParser
import Foundation
import VettedCore

struct ThemeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "theme",
        abstract: "List the default theme's files, or copy them into templates/ to change them.",
        subcommands: [ThemeListCommand.self, ThemeEjectCommand.self]
    )
}

struct ThemeListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "Print every file of the default theme, as vetted theme eject names them."
    )

    func run() throws {
        FileHandleOutput.standardOutput.write(ThemeEject.names.map { $0 + "\n" }.joined())
    }
}

struct ThemeEjectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eject",
        abstract: "Copy files of the default theme into the site's templates/, to change them.",
        discussion: """
            A file in templates/ replaces the default theme's file of the same name; every other file \
            stays the default, and later versions of Vetted fix and improve those. With no FILE every \
            file is copied. A file already in templates/ is never overwritten: it is named and skipped \
            (--force replaces it). An unknown FILE is an error and nothing is written.
            """
    )

    @Argument(help: ArgumentHelp("Files as vetted theme list prints them, e.g. review.mustache partials/card.mustache assets/style.css.", valueName: "file"))
    var files: [String] = []

    @Flag(name: .long, help: "Replace files already in templates/.")
    var force = false

    @OptionGroup var siteOptions: SiteOptions

    func run() throws {
        let outcomes = try ExitStatus.reporting { try ThemeEject.eject(site: siteOptions.site, names: files, force: force) }
        for outcome in outcomes {
            switch outcome {
            case .wrote(let path): FileHandleOutput.standardOutput.write("wrote \(path)\n")
            case .kept(let path): FileHandleOutput.standardOutput.write("kept \(path): it exists (--force replaces it)\n")
            }
        }
    }
}
