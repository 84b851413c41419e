import ArgumentParser
import VettedCore

/// `vetted version`: the same text as `vetted --version`.
struct VersionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "version",
        abstract: "Print the version, the commit it was built from and the C libraries it uses."
    )

    func run() throws {
        FileHandleOutput.standardOutput.write(VettedRelease.versionText + "\n")
    }
}
