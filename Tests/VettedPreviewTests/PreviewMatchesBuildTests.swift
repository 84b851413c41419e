import Foundation
import Testing
import VettedCore
@testable import VettedPreview
import VettedTestSupport

/// The preview runs the build's pipeline: every page it serves is the page `vetted
/// build` writes for the same base URL, byte for byte, but for the live-reload script
/// (and the draft banner) it adds. Part of the serialised preview suite: servers
/// started side by side could race for the same free port.
extension PreviewServerTests {
    @Test(arguments: [nil, "https://you.github.io/proj/"])
    func everyServedFileEqualsTheBuiltFile(baseURL: String?) async throws {
        let site = try TestSite.sample()
        defer { site.cleanUp() }
        // A scheduled review, which only the preview's banner tells apart.
        let lumo = try String(contentsOfFile: site.root + "/content/reviews/proton-lumo.md", encoding: .utf8)
        try site.write(
            lumo.replacing("published: 2026-06-12", "published: 2099-01-01").replacing("title: Proton Lumo privacy review", "title: Lumo, again"),
            to: "content/reviews/scheduled.md")
        let ready = AsyncStream<String>.makeStream()
        let server = PreviewServer(site: site.root, port: 0, baseURL: baseURL)
        let task = Task { try await server.run(log: { _ in }, onReady: { ready.continuation.yield($0) }) }
        defer { task.cancel() }
        var address = ""
        for await printed in ready.stream {
            address = printed
            break
        }
        let port = try #require(address.firstMatch(of: /:(\d+)\//).flatMap { Int($0.1) })
        let basePath = String(address.dropFirst("http://127.0.0.1:\(port)".count))
        #expect(basePath == (baseURL == nil ? "/" : "/proj/"))

        // The same site built with drafts and scheduled reviews, at the preview's address.
        let options = BuildOptions(includeDrafts: true, includeFuture: true, baseURL: address)
        let report = try Builder(site: site.root, output: site.output, options: options).build()
        #expect(report.succeeded, "\(report.diagnostics)")
        let built = try site.snapshot()
        #expect(built.count > 40)

        let client = HTTPClient(port: port)
        var compared = 0
        // Pagefind's index is written by `vetted build` only (see PageDecorations.searchBanner).
        let indexed = built.keys.filter { $0.hasPrefix("pagefind/") }
        #expect(!indexed.isEmpty)
        for (path, data) in built.sorted(by: { $0.key < $1.key }) where path != ".vetted-output" && !path.hasPrefix("pagefind/") {
            // A generous deadline: under ThreadSanitizer on a busy machine the first request is slow.
            let reply = try client.get(basePath + path, timeout: 60)
            #expect(reply.status == 200, "\(path)")
            let expected = String(decoding: data, as: UTF8.self)
            let served = path.hasSuffix(".html") ? Self.undecorated(reply.body) : reply.body
            #expect(served == expected, "\(basePath + path) differs from the built file")
            compared += 1
        }
        #expect(compared == built.count - 1 - indexed.count)
        #expect(try client.get(basePath + "search/index.html", timeout: 60).body.contains(PageDecorations.searchBanner))
        // The scheduled review was served with its banner, which the build never writes.
        let scheduled = try client.get(basePath + "reviews/scheduled/index.html", timeout: 60).body
        #expect(scheduled.contains(PageDecorations.draftBanner))
    }

    /// A served page without what the preview adds to it.
    static func undecorated(_ html: String) -> String {
        var page = html.replacingOccurrences(of: PageDecorations.draftBanner, with: "")
            .replacingOccurrences(of: PageDecorations.searchBanner, with: "")
        if let script = page.firstRange(of: /<script>\(function\(\)\{var v="[^"]*";.*?<\/script>/) {
            page.removeSubrange(script)
        }
        return page
    }
}
