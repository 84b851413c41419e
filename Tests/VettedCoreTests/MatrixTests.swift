import Foundation
import Testing
@testable import VettedCore
import VettedTestSupport

@Suite struct MatrixTests {
    static let otherRubric = """
        title: Local models
        criteria:
          - key: processing
            label: Where prompts are processed
            points: 1
            options:
              - {key: device, label: On your device, percent: 100}
              - {key: cloud, label: Vendor cloud, percent: 0}
          - key: training
            label: Trains on chats (local)
            points: 1
            options:
              - {key: never, label: Never, percent: 100}

        """

    /// Three products in one category: two on the shared rubric with different
    /// scores, one on another rubric that shares the `training` criterion, and one
    /// without a scorecard.
    static func site() throws -> TestSite {
        let best = TestSite.review(slug: "best", title: "Best review")
            .replacing("name: Kimi AI", "name: Zeta Chat")
            .replacing("option: default-on", "option: never").replacing("option: forever", "option: none")
        let worst = TestSite.review(slug: "worst", title: "Worst review").replacing("name: Kimi AI", "name: Alpha Chat")
        let tie = TestSite.review(slug: "tie", title: "Tie review").replacing("name: Kimi AI", "name: Beta Chat")
        let local = TestSite.review(slug: "local", title: "Local review")
            .replacing("name: Kimi AI", "name: Ollama")
            .replacing("rubric: ai-assistant", "rubric: local")
            .replacing("    training: {option: default-on, sources: [policy], note: No opt-out.}\n    retention: {option: forever, sources: [policy]}",
                       "    processing: {option: device, sources: [policy]}\n    training: {option: never, sources: [policy]}")
        let unscored = TestSite.review(slug: "unscored", title: "Unscored review")
            .replacing("name: Kimi AI", "name: Gamma Chat")
            .replacing("scorecard:\n  rubric: ai-assistant\n  answers:\n    training: {option: default-on, sources: [policy], note: No opt-out.}\n    retention: {option: forever, sources: [policy]}\n", "")
        let other = TestSite.review(slug: "vpn", title: "A VPN").replacing("category: ai-assistant", "category: vpn")
        return try TestSite(files: [
            "content/rubrics/local.yaml": otherRubric,
            "content/reviews/best.md": best, "content/reviews/worst.md": worst, "content/reviews/tie.md": tie,
            "content/reviews/local.md": local, "content/reviews/unscored.md": unscored, "content/reviews/vpn.md": other,
        ])
    }

    @Test func rowsAreSortedByScoreThenNameAndColumnsAreTheUnion() throws {
        let site = try Self.site()
        defer { site.cleanUp() }
        #expect(try site.messages() == [])
        let html = try site.read("compare/ai-assistant/index.html")
        let rows = html.matches(of: /<tr><th scope="row"[\s\S]*?<\/tr>/).map { String($0.0) }
        let names = rows.compactMap { $0.firstMatch(of: /class="matrix-product"><a href="[^"]+">([^<]+)</)?.1 }.map(String.init)
        // 10.0 (Ollama, Zeta) by name, then the 0.0 pair by name, then the unscored one.
        #expect(names == ["Ollama", "Zeta Chat", "Alpha Chat", "Beta Chat", "Gamma Chat"])
        #expect(html.contains(
            #"<th scope="col"><a href="/rubrics/ai-assistant/#training">Trains on chats</a></th><th scope="col"><a href="/rubrics/ai-assistant/#retention">Keeps chats</a></th><th scope="col"><a href="/rubrics/local/#processing">Where prompts are processed</a></th></tr>"#))
        // The local review answers `training` and `processing`, not `retention`.
        #expect(rows[0].contains(#"<td class="tone tone-good"><a href="/reviews/local/#source-policy">Never</a></td><td class="tone tone-none">Not rated</td><td class="tone tone-good"><a href="/reviews/local/#source-policy">On your device</a></td>"#))
        #expect(rows[4].contains("No score"))
        #expect(!html.contains("A VPN"))
        let index = try site.read("compare/index.html")
        #expect(index.contains(#"<a href="/compare/ai-assistant/">AI assistants</a> <span class="term-count">5</span>"#))
        #expect(index.contains(#"<a href="/compare/vpn/">Vpn</a> <span class="term-count">1</span>"#))
    }

    @Test func matrixPageGolden() throws {
        let site = try Self.site()
        defer { site.cleanUp() }
        #expect(try site.build().succeeded)
        let output = try site.read("compare/ai-assistant/index.html")
        let url = GoldenTests.folder.appendingPathComponent("matrix.html")
        if ProcessInfo.processInfo.environment["VETTED_UPDATE_GOLDEN"] != nil {
            try output.write(to: url, atomically: true, encoding: .utf8)
        }
        #expect(output == (try String(contentsOf: url, encoding: .utf8)), "matrix.html changed; update with VETTED_UPDATE_GOLDEN=1")
    }

    @Test func relatedReviewsPreferTheCategoryThenSharedTags() throws {
        let site = try Self.site()
        defer { site.cleanUp() }
        #expect(try site.build().succeeded)
        let html = try site.read("reviews/vpn/index.html")
        // The VPN has no other review in its category, so it gets those sharing its tags
        // (all share ai and china here): newest first, at most four, never itself.
        let related = try #require(html.split(separator: "id=\"related\"").last)
        let links = related.matches(of: /<h3 class="card-title"><a href="([^"]+)">/).map { String($0.1) }
        #expect(links.count == 4)
        #expect(!links.contains("/reviews/vpn/"))
        let first = try site.read("reviews/best/index.html")
        let firstRelated = try #require(first.split(separator: "id=\"related\"").last)
        #expect(!firstRelated.contains("/reviews/vpn/"), "same-category reviews fill the four slots first")
    }

    @Test func relatedReviewsAreComputedInOnePass() {
        var reviews: [Review] = []
        let site = try? TestSite(files: [:])
        defer { site?.cleanUp() }
        // 3,000 reviews in one category with one shared tag: the pass stays bounded per review.
        let template = TestSite.review()
        let frontMatter = try? FrontMatter.split(template)
        for index in 0..<3_000 {
            let log = DiagnosticLog(path: "r\(index).md")
            if let matter = frontMatter, let review = Review.read(matter, path: "r\(index).md", fileSlug: "r\(index)", log: log) {
                reviews.append(review)
            }
        }
        let related = RelatedReviews.compute(reviews)
        #expect(related.count == 3_000)
        #expect(related.values.allSatisfy { $0.count == RelatedReviews.limit })
        #expect(related["r0"]?.map(\.slug.value) == ["r1", "r2", "r3", "r4"])
    }

    @Test func reviewedAlternativesShowTheirBadgeAndScore() throws {
        let site = try Self.site()
        defer { site.cleanUp() }
        try site.write(Array(TestSite.review(slug: "worst", title: "Worst review")
            .replacing("name: Kimi AI", "name: Alpha Chat")
            .replacing("faq:", "alternatives:\n  - {name: Zeta, review: best, note: Better.}\n  - {name: Elsewhere, url: \"https://example.org/\"}\nfaq:").utf8),
            to: "content/reviews/worst.md")
        #expect(try site.build().succeeded)
        let html = try site.read("reviews/worst/index.html")
        #expect(html.contains(#"<h3 class="card-title"><a href="/reviews/best/">Zeta</a></h3>"#))
        let card = try #require(html.firstRange(of: #"<a href="/reviews/best/">Zeta</a>"#))
        let rest = html[card.upperBound...].prefix(400)
        #expect(rest.contains(#"<a class="badge badge-warn" href="/verdicts/caution/">Test Reviews: USE WITH CAUTION</a>"#))
        #expect(rest.contains(#"<span class="score">Score 10.0/10</span>"#))
        #expect(html.contains(#"<h3 class="card-title"><a href="https://example.org/">Elsewhere</a></h3>"#))
    }
}
