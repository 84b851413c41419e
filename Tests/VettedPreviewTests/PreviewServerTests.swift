import Foundation
import Synchronization
import Testing
@testable import VettedCore
@testable import VettedPreview
import VettedTestSupport

/// Starts the preview on a free port against a temporary copy of a small site, edits
/// files on disk, and watches what a browser would see.
@Suite(.serialized) struct PreviewServerTests {
    static let repository = Repository.root

    static let review = """
        ---
        title: Lumo review
        description: An encrypted assistant.
        product: {name: Proton Lumo, category: ai-assistant}
        verdict: {rating: recommended, summary: Does not train on chats.}
        published: 2026-06-10
        reviewed: 2099-01-01
        tags: [ai]
        sources:
          - {id: policy, title: Proton privacy policy, kind: privacy-policy, retrieved: 2099-01-01}
        ---
        First version of the body.

        """

    /// A running preview and its site folder.
    final class Preview: Sendable {
        let site: String
        let port: Int
        let task: Task<Void, any Error>
        var client: HTTPClient { HTTPClient(port: port) }

        /// The address the server printed, e.g. `http://127.0.0.1:4242/proj/`.
        let address: String

        init(siteBaseURL: String = "https://example.org/", baseURL: String? = nil, host: String = "127.0.0.1") async throws {
            let draft = PreviewServerTests.review.replacing("Lumo review", "Draft review").replacing("tags: [ai]", "tags: [ai]\ndraft: true")
            site = try TestSite(
                files: [
                    "site.yaml": "title: Preview\nbase_url: \(siteBaseURL)\n", "content/reviews/lumo.md": PreviewServerTests.review,
                    "content/reviews/draft.md": draft,
                ], rubric: false, templates: false, prefix: "vetted-serve"
            ).root
            let ready = AsyncStream<String>.makeStream()
            let server = PreviewServer(site: site, host: host, port: 0, baseURL: baseURL)
            task = Task { try await server.run(log: { _ in }, onReady: { ready.continuation.yield($0) }) }
            var printed = ""
            for await address in ready.stream { printed = address; break }
            address = printed
            port = printed.firstMatch(of: /:(\d+)\//).flatMap { Int($0.1) } ?? 0
        }

        func write(_ text: String, to path: String) throws {
            // Write then rename, as editors save.
            let temporary = site + "/" + path + ".tmp"
            try text.write(toFile: temporary, atomically: false, encoding: .utf8)
            #expect(rename(temporary, site + "/" + path) == 0)
        }

        func stop() {
            task.cancel()
            try? FileManager.default.removeItem(atPath: site)
        }
    }

    @Test func servesTheSiteWithTypesETagsAndPrettyURLs() async throws {
        let preview = try await Preview()
        defer { preview.stop() }
        let client = preview.client
        let page = try client.get("/reviews/lumo/")
        #expect(page.status == 200)
        #expect(page.headers["content-type"] == "text/html; charset=utf-8")
        #expect(page.body.contains("First version of the body."))
        #expect(page.body.contains("new EventSource(\"/__vetted/events\")"))
        let etag = try #require(page.headers["etag"])
        #expect(try client.get("/reviews/lumo/", headers: ["If-None-Match": etag]).status == 304)
        let redirect = try client.get("/reviews/lumo")
        #expect(redirect.status == 301)
        #expect(redirect.headers["location"] == "/reviews/lumo/")
        #expect(try client.get("/feed.json").headers["content-type"] == "application/feed+json; charset=utf-8")
        #expect(try client.get("/atom.xml").headers["content-type"] == "application/atom+xml; charset=utf-8")
        #expect(try client.get("/badges/lumo.svg").headers["content-type"] == "image/svg+xml")
        #expect(try client.get("/assets/style.css").headers["content-type"] == "text/css; charset=utf-8")
        let missing = try client.get("/nowhere/")
        #expect(missing.status == 404)
        #expect(missing.body.contains("Page not found"))
    }

    @Test func aSiteUnderAPathIsServedUnderThatPath() async throws {
        let preview = try await Preview(siteBaseURL: "https://you.github.io/reviews/")
        defer { preview.stop() }
        #expect(preview.address == "http://127.0.0.1:\(preview.port)/reviews/")
        let client = preview.client
        let root = try client.get("/")
        #expect(root.status == 302)
        #expect(root.headers["location"] == "/reviews/")
        #expect(try client.get("/reviews").headers["location"] == "/reviews/")
        let home = try client.get("/reviews/")
        #expect(home.status == 200)
        #expect(home.body.contains("href=\"/reviews/assets/style.css\""))
        #expect(home.body.contains("href=\"/reviews/reviews/lumo/\""))
        // Absolute links lead back to the preview, not to the published site.
        #expect(home.body.contains("<link rel=\"canonical\" href=\"http://127.0.0.1:\(preview.port)/reviews/\">"))
        #expect(try client.get("/reviews/reviews/lumo/").status == 200)
        #expect(try client.get("/reviews/assets/style.css").status == 200)
        #expect(try client.get("/reviews/badges/lumo.svg").status == 200)
        #expect(try client.get("/reviews/feed.xml").body.contains("<link>http://127.0.0.1:\(preview.port)/reviews/</link>"))
        #expect(try client.get("/assets/style.css").status == 404)
        #expect(try client.get("/reviews/lumo/").status == 404)
    }

    @Test func onEveryInterfaceAbsoluteLinksUseTheAddressTheBrowserAskedFor() async throws {
        let preview = try await Preview(host: "0.0.0.0")
        defer { preview.stop() }
        let page = try preview.client.get("/", headers: ["Host": "laptop.local:\(preview.port)"])
        #expect(page.body.contains("<link rel=\"canonical\" href=\"http://laptop.local:\(preview.port)/\">"))
        #expect(!page.body.contains("0.0.0.0"))
        // A Host header that is not a plain host leaves the page as it was built.
        let odd = try preview.client.get("/", headers: ["Host": "x\"><script>"])
        #expect(odd.body.contains("<link rel=\"canonical\" href=\"http://0.0.0.0:\(preview.port)/\">"))
    }

    @Test func aPercentEncodedBasePathMatchesWhateverTheCaseOfItsEscapes() async throws {
        let preview = try await Preview(siteBaseURL: "https://you.github.io/r%C3%A9views/")
        defer { preview.stop() }
        #expect(try preview.client.get("/r%C3%A9views/").status == 200)
        #expect(try preview.client.get("/r%c3%a9views/assets/style.css").status == 200)
        #expect(try preview.client.get("/").headers["location"] == "/r%C3%A9views/")
    }

    @Test func baseURLOptionReplacesTheSitesPath() async throws {
        let preview = try await Preview(siteBaseURL: "https://you.github.io/reviews/", baseURL: "https://example.github.io/proj")
        defer { preview.stop() }
        #expect(preview.address == "http://127.0.0.1:\(preview.port)/proj/")
        #expect(try preview.client.get("/").headers["location"] == "/proj/")
        #expect(try preview.client.get("/proj/reviews/lumo/").body.contains("href=\"/proj/assets/style.css\""))
        #expect(try preview.client.get("/reviews/").status == 404)
    }

    @Test(arguments: ["POST", "PUT", "DELETE", "TRACE", "OPTIONS", "PATCH"])
    func onlyGetAndHeadAreAnswered(method: String) async throws {
        let preview = try await Preview()
        defer { preview.stop() }
        let reply = try preview.client.request(method, "/reviews/lumo/")
        #expect(reply.status == 405)
        #expect(reply.headers["allow"] == "GET, HEAD")
        #expect(try preview.client.request("HEAD", "/reviews/lumo/").status == 200)
    }

    @Test func draftsAreServedWithABannerAndPublishedPagesWithout() async throws {
        let preview = try await Preview()
        defer { preview.stop() }
        let draft = try preview.client.get("/reviews/draft/")
        #expect(draft.status == 200)
        #expect(draft.body.contains("class=\"vetted-draft-banner\""))
        #expect(!(try preview.client.get("/reviews/lumo/").body.contains("vetted-draft-banner")))
    }

    @Test(arguments: ["/../site.yaml", "/%2e%2e/%2e%2e/etc/passwd", "/reviews/..%2F..%2Fsite.yaml", "/%2Fetc%2Fpasswd",
                      "/reviews\\..\\site.yaml", "/reviews/%00lumo/", "/content/reviews/lumo.md", "/site.yaml"])
    func nothingOutsideTheBuiltSiteIsServed(path: String) async throws {
        let preview = try await Preview()
        defer { preview.stop() }
        let reply = try preview.client.get(path)
        #expect(reply.status == 404)
        #expect(!reply.body.contains("base_url"))
        #expect(!reply.body.contains("root:"))
    }

    @Test func anEditIsRebuiltAndOpenTabsAreToldToReload() async throws {
        let preview = try await Preview()
        defer { preview.stop() }
        let first = try #require(try preview.client.waitForEvent { _ in true })
        try preview.write(Self.review.replacingOccurrences(of: "First version", with: "Second version"), to: "content/reviews/lumo.md")
        let next = try preview.client.waitForEvent { $0 != first }
        #expect(next != nil, "no reload event after the edit")
        #expect(try preview.client.get("/reviews/lumo/").body.contains("Second version of the body."))
    }

    @Test func errorsShowAnOverlayThatClearsWhenFixed() async throws {
        let preview = try await Preview()
        defer { preview.stop() }
        let version = try #require(try preview.client.waitForEvent { _ in true })
        try preview.write(Self.review.replacingOccurrences(of: "rating: recommended", with: "rating: great"), to: "content/reviews/lumo.md")
        let broken = try #require(try preview.client.waitForEvent { $0 != version })
        let overlay = try preview.client.get("/reviews/lumo/")
        #expect(overlay.body.contains("id=\"vetted-error-overlay\""))
        #expect(overlay.body.contains("/content/reviews/lumo.md:5:19: error: unknown verdict 'great'; site.yaml defines recommended"))
        #expect(try preview.client.get("/").body.contains("vetted-error-overlay"))
        try preview.write(Self.review, to: "content/reviews/lumo.md")
        _ = try #require(try preview.client.waitForEvent { $0 != broken })
        #expect(!(try preview.client.get("/reviews/lumo/").body.contains("vetted-error-overlay")))
    }

    @Test func aBrokenLinkShowsInTheOverlayAtItsMarkdownLineAndStaticFilesAreServed() async throws {
        let preview = try await Preview()
        defer { preview.stop() }
        let version = try #require(try preview.client.waitForEvent { _ in true })
        let broken = Self.review.replacingOccurrences(of: "First version of the body.", with: "First version of the body, see [x](/nowhere/).")
        try preview.write(broken, to: "content/reviews/lumo.md")
        let failed = try #require(try preview.client.waitForEvent { $0 != version })
        let overlay = try preview.client.get("/reviews/lumo/").body
        #expect(overlay.contains("id=\"vetted-error-overlay\""))
        #expect(overlay.contains("/content/reviews/lumo.md:12:32: error: the link '/nowhere/' goes to a page that does not exist"),
                "\(overlay)")
        try preview.write(Self.review, to: "content/reviews/lumo.md")
        let fixed = try #require(try preview.client.waitForEvent { $0 != failed })
        // Only a file in static/ changes: the watcher must see it for the file to be served.
        try FileManager.default.createDirectory(atPath: preview.site + "/static", withIntermediateDirectories: true)
        try await Task.sleep(for: .milliseconds(500))
        try preview.write("hello\n", to: "static/hello.txt")
        let added = try #require(try preview.client.waitForEvent { $0 != fixed })
        #expect(try preview.client.get("/hello.txt").body == "hello\n")
        // static/ publishes hidden files, so the watcher sees them too.
        try preview.write("contact: mailto:me@example.org\n", to: "static/.security.txt")
        _ = try #require(try preview.client.waitForEvent { $0 != added })
        #expect(try preview.client.get("/.security.txt").body == "contact: mailto:me@example.org\n")
    }

    @Test func theWatcherLeavesOutHiddenNamesExceptInStatic() {
        #expect(FileWatcher.matters("static/.well-known/security.txt"))
        #expect(FileWatcher.matters("static/.nojekyll"))
        #expect(!FileWatcher.matters("static/.DS_Store"))
        #expect(!FileWatcher.matters("content/reviews/.draft.md"))
        #expect(!FileWatcher.matters("templates/.review.mustache.swp"))
        #expect(FileWatcher.matters("content/reviews/lumo.md"))
    }

    @Test func aRecursiveTemplateSavedWhileServingIsAnOverlayNotACrash() async throws {
        let preview = try await Preview()
        defer { preview.stop() }
        let version = try #require(try preview.client.waitForEvent { _ in true })
        try FileManager.default.createDirectory(atPath: preview.site + "/templates/partials", withIntermediateDirectories: true)
        try preview.write("<b>{{label}}</b>{{>review}}\n", to: "templates/partials/badge-short.mustache")
        let broken = try #require(try preview.client.waitForEvent { $0 != version })
        let overlay = try preview.client.get("/compare/")
        #expect(overlay.body.contains("id=\"vetted-error-overlay\""))
        #expect(overlay.body.contains("fills the block &#39;content&#39;") || overlay.body.contains("fills the block 'content'"))
        try FileManager.default.removeItem(atPath: preview.site + "/templates/partials/badge-short.mustache")
        _ = try #require(try preview.client.waitForEvent { $0 != broken })
        #expect(try preview.client.get("/reviews/").body.contains("Lumo review"))
    }

    @Test func addedAndDeletedReviewsAppearAndDisappear() async throws {
        let preview = try await Preview()
        defer { preview.stop() }
        var version = try #require(try preview.client.waitForEvent { _ in true })
        try preview.write(Self.review.replacingOccurrences(of: "Lumo review", with: "Claude review"), to: "content/reviews/claude.md")
        version = try #require(try preview.client.waitForEvent { $0 != version })
        #expect(try preview.client.get("/reviews/").body.contains("Claude review"))
        #expect(try preview.client.get("/reviews/claude/").status == 200)
        try FileManager.default.removeItem(atPath: preview.site + "/content/reviews/claude.md")
        _ = try #require(try preview.client.waitForEvent { $0 != version })
        #expect(!(try preview.client.get("/reviews/").body.contains("Claude review")))
        #expect(try preview.client.get("/reviews/claude/").status == 404)
    }
}

@Suite struct PreviewBuilderTests {
    @Test func onlyTheChangedReviewIsRenderedAgain() throws {
        let site = FileManager.default.temporaryDirectory.appendingPathComponent("vetted-incremental-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: site) }
        try FileManager.default.createDirectory(atPath: site + "/content/reviews", withIntermediateDirectories: true)
        try "title: T\nbase_url: https://example.org/\n".write(toFile: site + "/site.yaml", atomically: true, encoding: .utf8)
        for index in 0..<8 {
            try PreviewServerTests.review.replacingOccurrences(of: "Proton Lumo", with: "Product \(index)")
                .replacingOccurrences(of: "category: ai-assistant", with: "category: c\(index)")
                .replacingOccurrences(of: "tags: [ai]", with: "tags: [t\(index)]")
                .write(toFile: site + "/content/reviews/r\(index).md", atomically: true, encoding: .utf8)
        }
        let builder = try PreviewBuilder(site: site)
        #expect(try builder.build().renderedReviews == 8)
        #expect(try builder.build().renderedReviews == 0)
        try PreviewServerTests.review.replacingOccurrences(of: "Proton Lumo", with: "Product 3 edited")
            .replacingOccurrences(of: "category: ai-assistant", with: "category: c3")
            .replacingOccurrences(of: "tags: [ai]", with: "tags: [t3]")
            .write(toFile: site + "/content/reviews/r3.md", atomically: true, encoding: .utf8)
        let output = try builder.build()
        #expect(output.renderedReviews == 1)
        #expect(String(decoding: output.files["reviews/r3/index.html"] ?? [], as: UTF8.self).contains("Product 3 edited"))
        #expect(String(decoding: output.files["reviews/index.html"] ?? [], as: UTF8.self).contains("Product 3 edited") == false)
        // Listings show review titles, which did not change; the product name appears in the matrix.
        #expect(String(decoding: output.files["compare/c3/index.html"] ?? [], as: UTF8.self).contains("Product 3 edited"))
        // A template change renders everything again.
        try FileManager.default.createDirectory(atPath: site + "/templates/partials", withIntermediateDirectories: true)
        try "<span class=\"badge\">{{badge}}</span>\n".write(toFile: site + "/templates/partials/badge.mustache", atomically: true, encoding: .utf8)
        #expect(try builder.build().renderedReviews == 8)
    }
}
