import Foundation
import Testing
@testable import VettedCore
import VettedTestSupport

/// Paginated listings, their three orders, what cards show, and chips without reviews.
@Suite struct ReadersTests {
    /// `count` reviews, the newest first by publication date, with scores from the
    /// test rubric that fall as the number grows: review-01 is the newest.
    static func site(count: Int, paginate: Int?) throws -> TestSite {
        var files: [String: String] = [
            "site.yaml": TestSite.siteYAML + (paginate.map { "paginate: \($0)\n" } ?? "")
        ]
        for number in 1...count {
            let slug = String(format: "review-%02d", number)
            let day = String(format: "2026-%02d-%02d", 1 + (count - number) / 28, 1 + (count - number) % 28)
            let option = number % 3 == 0 ? "never" : number % 3 == 1 ? "opt-out" : "default-on"
            files["content/reviews/\(slug).md"] = TestSite.review(slug: slug, title: "Review \(slug)")
                .replacing("name: Kimi AI", "name: Product \(String(format: "%02d", (number * 37) % 100))")
                .replacing("published: 2026-06-10", "published: \(day)")
                .replacing("reviewed: 2026-06-09", "reviewed: \(day)")
                .replacing("option: default-on", "option: \(option)")
        }
        return try TestSite(files: files)
    }

    static func cards(_ html: String) -> [String] {
        html.matches(of: /<h2 class="card-title"><a href="\/reviews\/([a-z0-9-]+)\/">/).map { String($0.1) }
    }

    @Test("50 reviews at paginate 20: pages of 20, 20 and 10 cards, linked in order")
    func listingsSplitIntoPages() throws {
        let site = try Self.site(count: 50, paginate: 20)
        defer { site.cleanUp() }
        #expect(try site.messages(BuildOptions(today: Timestamp("2026-03-01"))) == [])
        let first = try site.read("reviews/index.html")
        let second = try site.read("reviews/page/2/index.html")
        let third = try site.read("reviews/page/3/index.html")
        #expect(Self.cards(first).count == 20)
        #expect(Self.cards(second).count == 20)
        #expect(Self.cards(third).count == 10)
        #expect(Self.cards(first).first == "review-01" && Self.cards(third).last == "review-50")
        #expect(Set(Self.cards(first) + Self.cards(second) + Self.cards(third)).count == 50)
        #expect(!FileManager.default.fileExists(atPath: site.output + "/reviews/page/4/index.html"))
        #expect(!FileManager.default.fileExists(atPath: site.output + "/reviews/page/1/index.html"))

        let origin = "https://reviews.example.org"
        #expect(!first.contains(#"rel="prev""#))
        #expect(first.contains(#"<link rel="next" href="\#(origin)/reviews/page/2/">"#))
        #expect(second.contains(#"<link rel="prev" href="\#(origin)/reviews/">"#))
        #expect(second.contains(#"<link rel="next" href="\#(origin)/reviews/page/3/">"#))
        #expect(third.contains(#"<link rel="prev" href="\#(origin)/reviews/page/2/">"#) && !third.contains(#"rel="next""#))
        #expect(second.contains(#"<link rel="canonical" href="\#(origin)/reviews/page/2/">"#))
        #expect(second.contains("<title>All reviews, page 2 · Test Reviews</title>"))
        #expect(second.contains(#"<li><a href="/reviews/page/3/" rel="next">Next</a></li>"#))
        #expect(second.contains(#"<li><span aria-current="page">2</span></li>"#))
        #expect(first.contains("50 in all."))

        let sitemap = try site.read("sitemap.xml")
        #expect(sitemap.contains("<loc>\(origin)/reviews/page/3/</loc>"))
        #expect(sitemap.contains("<loc>\(origin)/tags/ai/page/2/</loc>"))
        #expect(!sitemap.contains("by-score"))
    }

    @Test func theDefaultIsTwentyFourAPage() throws {
        let site = try Self.site(count: 25, paginate: nil)
        defer { site.cleanUp() }
        #expect(try site.messages(BuildOptions(today: Timestamp("2026-03-01"))) == [])
        #expect(Self.cards(try site.read("reviews/index.html")).count == 24)
        #expect(Self.cards(try site.read("reviews/page/2/index.html")) == ["review-25"])
    }

    @Test func everyListingHasThreeOrders() throws {
        let site = try Self.site(count: 6, paginate: nil)
        defer { site.cleanUp() }
        #expect(try site.messages(BuildOptions(today: Timestamp("2026-03-01"))) == [])
        // `never` (10.0) for 3 and 6, `opt-out` (3.0 + 0) for 1 and 4, `default-on` for 2 and 5.
        let byScore = Self.cards(try site.read("reviews/by-score/index.html"))
        #expect(Set(byScore.prefix(2)) == ["review-03", "review-06"])
        #expect(Set(byScore.suffix(2)) == ["review-02", "review-05"])
        // Product 37, 74, 11, 48, 85, 22 by name.
        #expect(Self.cards(try site.read("reviews/by-name/index.html")) == ["review-03", "review-06", "review-01", "review-04", "review-02", "review-05"])
        let newest = try site.read("reviews/index.html")
        #expect(newest.contains(#"<li><span aria-current="page">Newest</span></li>"#))
        #expect(newest.contains(#"<li><a href="/reviews/by-score/">Best score</a></li>"#))
        #expect(FileManager.default.fileExists(atPath: site.output + "/tags/ai/by-name/index.html"))
        #expect(FileManager.default.fileExists(atPath: site.output + "/verdicts/caution/by-score/index.html"))
        // A category's page is by score; its other orders are newest and by name.
        let category = try site.read("categories/ai-assistant/index.html")
        #expect(category.contains(#"<li><span aria-current="page">Best score</span></li>"#))
        #expect(category.contains(#"<li><a href="/categories/ai-assistant/newest/">Newest</a></li>"#))
    }

    @Test func cardsShowCategoryJurisdictionAndScore() throws {
        let site = try Self.site(count: 1, paginate: nil)
        defer { site.cleanUp() }
        #expect(try site.messages(BuildOptions(today: Timestamp("2026-03-01"))) == [])
        let card = try site.read("reviews/index.html")
        #expect(card.contains(#"<p class="card-meta">AI assistants · China mainland, Singapore</p>"#))
        #expect(card.contains(#"<span class="score">Score 2.0/10</span>"#))
    }

    @Test func verdictsWithoutReviewsAreNotLinks() throws {
        let site = try Self.site(count: 1, paginate: nil)
        defer { site.cleanUp() }
        #expect(try site.messages(BuildOptions(today: Timestamp("2026-03-01"))) == [])
        let home = try site.read("index.html")
        #expect(home.contains(#"<span class="count count-good count-empty"><span class="count-number">0</span> Recommended</span>"#))
        #expect(home.contains(#"<a class="count count-warn" href="/verdicts/caution/">"#))
        let verdicts = try site.read("verdicts/index.html")
        #expect(verdicts.contains(#"<span class="term-empty term-good">Recommended</span>"#))
        #expect(!verdicts.contains(#"href="/verdicts/recommended/""#))
    }

    @Test func paginateMustBeAPositiveWholeNumber() throws {
        for value in ["0", "ten", "2.5"] {
            let site = try TestSite(files: ["site.yaml": TestSite.siteYAML + "paginate: \(value)\n", "content/reviews/kimi-ai.md": TestSite.review()])
            defer { site.cleanUp() }
            let found = try site.messages()
            #expect(found.count == 1)
            #expect(found.first?.hasPrefix("site.yaml:6:11: error: 'paginate' must be") == true, "\(found)")
            #expect(!FileManager.default.fileExists(atPath: site.output))
        }
    }

    @Test func aReviewCannotTakeTheAddressOfAnOrder() throws {
        let site = try TestSite(files: ["content/reviews/by-score.md": TestSite.review(slug: "by-score")])
        defer { site.cleanUp() }
        #expect(try site.messages() == [
            "content/reviews/by-score.md:1:1: error: the slug 'by-score' is taken by the list of reviews (/reviews/by-score/); rename the file or set 'slug'"
        ])
    }

    @Test func pagefindIsFoundThroughItsVariableOrOnPath() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vetted-pf-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let program = folder + "/pagefind"
        FileManager.default.createFile(atPath: program, contents: Data("#!/bin/sh\n".utf8), attributes: [.posixPermissions: 0o755])
        #expect((try? Pagefind.locate(environment: ["PATH": "/nowhere:\(folder)"]).get())?.program == program)
        #expect((try? Pagefind.locate(environment: ["VETTED_PAGEFIND": program, "PATH": ""]).get())?.program == program)
        guard case .failure(let missing) = Pagefind.locate(environment: ["PATH": "/nowhere"]) else {
            Issue.record("found a Pagefind that is not there")
            return
        }
        #expect(missing.message.contains("pip install pagefind-bin==1.5.2"))
    }
}
