import ArgumentParser
import Foundation
import VettedCore
import VettedPreview

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview the site locally, with drafts, live reload and errors in the browser.",
        discussion: """
            Builds the site in memory (drafts and scheduled reviews included), serves it, rebuilds \
            what a change to content/, templates/ or site.yaml touches, and reloads open tabs. Content \
            errors are shown in the browser and in the terminal; the server keeps running. Ctrl-C stops it.
            """
    )

    @OptionGroup var siteOptions: SiteOptions

    @Option(name: .long, help: ArgumentHelp("The address to listen on; loopback unless you say otherwise.", valueName: "host"))
    var host = "127.0.0.1"

    @Option(name: .long, help: ArgumentHelp("The port to listen on (0 picks a free one).", valueName: "port"))
    var port = 4000

    @Flag(name: .customLong("no-drafts"), help: "Leave drafts and scheduled reviews out, as the published site does.")
    var noDrafts = false

    @Option(
        name: .customLong("base-url"),
        help: ArgumentHelp("Serve as if published at this URL instead of site.yaml's: the site is served under its path.", valueName: "url"))
    var baseURL: String?

    func validate() throws {
        guard (0...65_535).contains(port) else { throw ValidationError("--port takes a number from 0 to 65535, not \(port)") }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: siteOptions.site, isDirectory: &isFolder), isFolder.boolValue else {
            throw ValidationError("the site folder '\(siteOptions.site)' does not exist")
        }
        if let baseURL {
            do { _ = try BaseURL.validated(baseURL) } catch let error as UsageError { throw ValidationError(error.description) }
        }
    }

    func run() async throws {
        let loopback = ["127.0.0.1", "localhost", "::1"].contains(host)
        if !loopback {
            FileHandleOutput.standardError.write(
                "warning: listening on \(host): other machines on the network can see your drafts\n")
        }
        let server = PreviewServer(site: siteOptions.site, host: host, port: port, includeDrafts: !noDrafts, baseURL: baseURL)
        do {
            try await server.run(
                log: { FileHandleOutput.standardError.write($0 + "\n") },
                onReady: { address in
                    FileHandleOutput.standardOutput.write("serving \(server.site) at \(address) (Ctrl-C to stop)\n")
                })
        } catch let error as PreviewServer.StartError {
            FileHandleOutput.standardError.write("error: \(error.description)\n")
            throw ExitStatus.usage
        }
        FileHandleOutput.standardOutput.write("stopped\n")
    }
}
