import ArgumentParser
import Foundation
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

    func validate() throws {
        guard (0...65_535).contains(port) else { throw ValidationError("--port takes a number from 0 to 65535, not \(port)") }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: siteOptions.site, isDirectory: &isFolder), isFolder.boolValue else {
            throw ValidationError("the site folder '\(siteOptions.site)' does not exist")
        }
    }

    func run() async throws {
        let loopback = ["127.0.0.1", "localhost", "::1"].contains(host)
        if !loopback {
            FileHandleOutput.standardError.write(
                "warning: listening on \(host): other machines on the network can see your drafts\n")
        }
        let server = PreviewServer(site: siteOptions.site, host: host, port: port, includeDrafts: !noDrafts)
        let host = self.host
        do {
            try await server.run(
                log: { FileHandleOutput.standardError.write($0 + "\n") },
                onReady: { port in
                    let shown = host.contains(":") ? "[\(host)]" : host
                    FileHandleOutput.standardOutput.write("serving \(server.site) at http://\(shown):\(port)/ (Ctrl-C to stop)\n")
                })
        } catch let error as PreviewServer.StartError {
            FileHandleOutput.standardError.write("error: \(error.description)\n")
            throw ExitCode(1)
        }
        FileHandleOutput.standardOutput.write("stopped\n")
    }
}
