import ArgumentParser
import VettedCore

/// The `vetted` command: parses the command line and delegates to VettedCore.
@main
struct Vetted: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vetted",
        abstract: "A static site generator for privacy reviews.",
        version: VettedRelease.versionText,
        subcommands: [
            BuildCommand.self, CheckCommand.self, ServeCommand.self, NewCommand.self, InitCommand.self, ThemeCommand.self,
            VersionCommand.self,
        ]
    )

    /// `vetted` alone is a usage error: it prints the help to stderr and exits with 2.
    func run() async throws {
        FileHandleOutput.standardError.write(Self.helpMessage() + "\n")
        throw ExitStatus.usage
    }

    /// Usage errors exit with 2 (argument-parser's default is 64).
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                FileHandleOutput.standardError.write(fullMessage(for: error) + "\n")
                exit(withError: ExitStatus.usage)
            }
            exit(withError: error)
        }
    }
}
