import Foundation
import Testing
import VettedTestSupport

/// `search: true`: `vetted build` indexes the site with Pagefind, and without Pagefind
/// it stops with one error and writes nothing.
@Suite struct SearchTests {
    static func site(search: Bool) throws -> String {
        try TestSite(
            files: [
                "site.yaml": "title: CLI\nbase_url: https://example.org/\nsearch: \(search)\n",
                "content/reviews/lumo.md": CLITests.review,
            ],
            rubric: false, prefix: "vetted-search"
        ).root
    }

    @Test func withoutPagefindTheBuildStopsWithOneErrorAndWritesNothing() throws {
        let site = try Self.site(search: true)
        defer { try? FileManager.default.removeItem(atPath: site) }
        let run = try CLITests.run(
            ["build", "--site", site, "--today", "2026-07-01"], environment: ["PATH": "/usr/bin:/bin", "VETTED_PAGEFIND": nil])
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix(
            "\(site)/site.yaml:3:9: error: 'search: true' needs Pagefind, which is not on PATH: pip install pagefind-bin==1.5.2"))
        #expect(run.stderr.components(separatedBy: "error:").count == 2)
        #expect(!FileManager.default.fileExists(atPath: site + "/public"))
        let staging = try FileManager.default.contentsOfDirectory(atPath: site).filter { $0.contains("staging") }
        #expect(staging.isEmpty)

        let named = try CLITests.run(
            ["build", "--site", site, "--today", "2026-07-01"], environment: ["VETTED_PAGEFIND": site + "/nope"])
        #expect(named.status == 1)
        #expect(named.stderr.contains("error: VETTED_PAGEFIND names '\(site)/nope', which is not a program"))
    }

    @Test func withoutSearchPagefindIsNotNeeded() throws {
        let site = try Self.site(search: false)
        defer { try? FileManager.default.removeItem(atPath: site) }
        let run = try CLITests.run(["build", "--site", site, "--today", "2026-07-01"], environment: ["PATH": "/usr/bin:/bin"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: site + "/public/search/index.html"))
        #expect(!FileManager.default.fileExists(atPath: site + "/public/pagefind"))
        let home = try String(contentsOfFile: site + "/public/index.html", encoding: .utf8)
        #expect(!home.contains("role=\"search\""))
    }

    /// Needs `pagefind` on PATH, as scripts/setup installs it.
    @Test func theBuiltSiteIsIndexedWithOnlyReviewAndPageBodies() throws {
        let site = try Self.site(search: true)
        defer { try? FileManager.default.removeItem(atPath: site) }
        let run = try CLITests.run(["build", "--site", site, "--today", "2026-07-01"])
        #expect(run.status == 0, "\(run.stderr)")
        let entry = try String(contentsOfFile: site + "/public/pagefind/pagefind-entry.json", encoding: .utf8)
        // One review and no listing, home or 404 page: only bodies marked data-pagefind-body.
        #expect(entry.contains("\"page_count\":1"))
        let search = try String(contentsOfFile: site + "/public/search/index.html", encoding: .utf8)
        #expect(search.contains(#"<script src="/pagefind/pagefind-ui.js"></script>"#))
        let home = try String(contentsOfFile: site + "/public/index.html", encoding: .utf8)
        #expect(home.contains(#"<form class="site-search" role="search" action="/search/" method="get">"#))
        let review = try String(contentsOfFile: site + "/public/reviews/lumo/index.html", encoding: .utf8)
        #expect(review.contains(#"<article class="review" data-pagefind-body>"#))
        #expect(review.contains(#"<span data-pagefind-filter="verdict">"#))
    }
}
