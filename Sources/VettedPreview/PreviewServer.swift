import Foundation
import Hummingbird
import Logging
import ServiceLifecycle
import UnixSignals
import VettedCore

/// `vetted serve`: builds the site in memory, serves it, rebuilds what a change
/// touches, and reloads open tabs.
public struct PreviewServer: Sendable {
    public let site: String
    public let host: String
    public let port: Int
    public let includeDrafts: Bool
    /// Replaces site.yaml's `base_url`; the site is served under its path.
    public let baseURL: String?

    public init(site: String, host: String = "127.0.0.1", port: Int = 4000, includeDrafts: Bool = true, baseURL: String? = nil) {
        self.site = site
        self.host = host
        self.port = port
        self.includeDrafts = includeDrafts
        self.baseURL = baseURL
    }

    /// A one-line problem that stops the server from starting.
    public struct StartError: Error, CustomStringConvertible {
        public let description: String
    }

    /// Builds, serves and watches until the process is interrupted (Ctrl-C).
    ///
    /// The site is served under the path of its base URL (site.yaml's or `baseURL`),
    /// as it will be published; `/` redirects there. Absolute links in the pages use
    /// the preview's own address with that path.
    /// - Parameters:
    ///   - log: where to print rebuilds and content errors.
    ///   - onReady: called with the site's address (`http://127.0.0.1:4000/reviews/`) once the server listens.
    /// - Throws: `StartError` when the address cannot be used, `UsageError` for a bad base URL.
    public func run(log: @escaping @Sendable (String) -> Void, onReady: @escaping @Sendable (String) -> Void = { _ in }) async throws {
        guard let port = port == 0 ? FreePort.pick(host: host) : port else {
            throw StartError(description: "cannot listen on \(host)")
        }
        let origin = "http://\(host.contains(":") ? "[\(host)]" : host):\(port)"
        let builder = try PreviewBuilder(site: site, includeDrafts: includeDrafts, baseURL: baseURL, origin: origin)
        let first = try builder.build()
        report(first, previous: nil, log: log)
        let state = PreviewState(first)
        let rebuilds = RebuildQueue(builder: builder, state: state, log: { [self] in report($0, previous: $1, log: log) })
        let watcher = FileWatcher(root: site)
        watcher.start { changed in rebuilds.request(changed) }
        defer { watcher.stop() }

        let listensEverywhere = ["0.0.0.0", "::", "[::]"].contains(host)
        let responder = PreviewResponder(state: state, builtOrigin: listensEverywhere ? origin : nil)
        let app = Application(
            responder: CallbackResponder<BasicRequestContext> { request, _ in try await responder.respond(to: request) },
            configuration: .init(address: .hostname(host, port: port), serverName: nil),
            onServerRunning: { _ in onReady(origin + state.current.output.basePath) },
            logger: Self.quietLogger
        )
        // Services stop in reverse order: the event streams close first, then the
        // server, which would otherwise wait for them forever.
        let group = ServiceGroup(
            services: [app, EventStreamCloser(state: state)],
            gracefulShutdownSignals: [.sigterm, .sigint],
            logger: Self.quietLogger)
        do {
            try await group.run()
        } catch {
            let text = "\(error)"
            if text.contains("Address already in use") {
                throw StartError(description: "port \(port) on \(host) is already in use; stop the other server or pick another with --port")
            }
            if text.contains("Cannot assign requested address") || text.contains("Name or service not known") {
                throw StartError(description: "cannot listen on \(host):\(port)")
            }
            throw error
        }
    }

    private static var quietLogger: Logger {
        var logger = Logger(label: "vetted-serve")
        logger.logLevel = .error
        return logger
    }

    /// The terminal's view of a build: its errors, the warnings that are new since the
    /// last build (a large site's warnings are not printed again on every save), and a
    /// count when there are errors.
    func report(_ output: PreviewBuilder.Output, previous: PreviewBuilder.Output?, log: @Sendable (String) -> Void) {
        let shown = Set((previous?.diagnostics ?? []).filter { $0.severity == .warning }.map(\.description))
        for diagnostic in output.diagnostics where diagnostic.severity != .note {
            if diagnostic.severity == .warning, shown.contains(diagnostic.description) { continue }
            log(diagnostic.description)
        }
        if output.hasErrors {
            log("\(output.diagnostics.errorCount) error(s): the browser shows them until they are fixed")
        }
    }
}

/// Runs rebuilds one at a time; changes that arrive during a rebuild are merged into
/// the next one.
final class RebuildQueue: Sendable {
    private let builder: PreviewBuilder
    private let state: PreviewState
    /// Reports a build, given the one before it.
    private let log: @Sendable (PreviewBuilder.Output, PreviewBuilder.Output?) -> Void
    private let queue = DispatchQueue(label: "vetted-rebuild")

    init(builder: PreviewBuilder, state: PreviewState, log: @escaping @Sendable (PreviewBuilder.Output, PreviewBuilder.Output?) -> Void) {
        self.builder = builder
        self.state = state
        self.log = log
    }

    func request(_ changed: [String]) {
        queue.async { [self] in
            let started = ContinuousClock.now
            let previous = state.current.output
            let output = builder.buildShowingFailures(previous: previous)
            state.publish(output)
            log(output, previous)
            let elapsed = ContinuousClock.now - started
            let milliseconds = elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000
            FileHandle.standardError.write(Data(
                "rebuilt after \(changed.joined(separator: ", ")) in \(milliseconds) ms (\(output.renderedReviews) review page(s) rendered)\n".utf8))
        }
    }
}

/// Event streams never end by themselves, and a graceful shutdown waits for open
/// requests: on Ctrl-C this closes them, so the server stops at once.
struct EventStreamCloser: Service {
    let state: PreviewState

    func run() async throws {
        try? await gracefulShutdown()
        state.closeAll()
    }
}
