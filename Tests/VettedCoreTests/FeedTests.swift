import Foundation
import Testing
@testable import VettedCore
import VettedTestSupport

@Suite struct FeedTests {
    @Test func jsonCannotCloseAScriptElement() {
        let json = JSON.object([("title", .string("</script><script>alert(\"x\")</script> & \u{2028}"))]).serialized()
        #expect(json == #"{"title":"\u003c/script\u003e\u003cscript\u003ealert(\"x\")\u003c/script\u003e \u0026 \u2028"}"#)
    }

    @Test func jsonEscapesControlCharactersAndLineSeparatorsButNotOtherText() {
        let json = JSON.string("a\u{1}b\u{1F}\t\\ \u{2029} – é 🇨🇳\n").serialized()
        #expect(json == #""a\u0001b\u001f\t\\ \u2029 – é 🇨🇳\n""#)
        #expect(JSON.string("plain – é").serialized() == #""plain – é""#)
    }

    @Test func datesAreFormattedForEachSpec() throws {
        let date = try #require(Timestamp("2026-06-10"))
        #expect(date.rfc822 == "Wed, 10 Jun 2026 00:00:00 +0000")
        #expect(date.rfc3339 == "2026-06-10T00:00:00Z")
        let paris = try #require(Timestamp("2026-06-10T01:30:00+02:00"))
        #expect(paris.rfc3339 == "2026-06-09T23:30:00Z")
        #expect(paris.rfc822 == "Tue, 09 Jun 2026 23:30:00 +0000")
    }

    @Test func linksInFeedContentBecomeAbsolute() {
        let html = ##"<a href="#source-policy">a</a> <a href="/reviews/x/">b</a> <img src='pic.png'> <a href="https://e.org/">c</a> <a href="mailto:x@e.org">d</a>"##
        let page = "https://reviews.example.org/reviews/kimi-ai/"
        #expect(AbsoluteLinks.rewrite(html, page: page, origin: "https://reviews.example.org") == """
            <a href="https://reviews.example.org/reviews/kimi-ai/#source-policy">a</a> \
            <a href="https://reviews.example.org/reviews/x/">b</a> \
            <img src='https://reviews.example.org/reviews/kimi-ai/pic.png'> \
            <a href="https://e.org/">c</a> <a href="mailto:x@e.org">d</a>
            """)
    }

    @Test func rssDescriptionsAreTextThatAReaderCannotTurnIntoMarkup() throws {
        // RSS readers decode <description> as HTML: the plain text is escaped for HTML,
        // then for XML, so the reader shows the characters the page shows.
        let hostile = "<img src=x onerror=alert(1)> & more"
        let site = try build([
            "content/reviews/kimi-ai.md": TestSite.review().replacing("description: What Moonshot AI does with prompts.", "description: \"\(hostile)\""),
            "site.yaml": TestSite.siteYAML + "description: \"\(hostile)\"\n",
        ])
        defer { site.cleanUp() }
        let rss = try site.read("feed.xml")
        let escaped = "<description>&amp;lt;img src=x onerror=alert(1)&amp;gt; &amp;amp; more</description>"
        #expect(rss.components(separatedBy: escaped).count == 3, "channel and item descriptions")
        #expect(!rss.contains("<description>&lt;img"))
    }

    private func build(_ files: [String: String]) throws -> TestSite {
        let site = try TestSite(files: files)
        #expect(try site.build().succeeded)
        return site
    }

    @Test func feedEntriesTakeTheNewestDateAndKeepTheirIDs() throws {
        let review = TestSite.review()
            .replacing("reviewed: 2026-06-09", "reviewed: 2026-06-09\nupdated: 2026-06-12")
            .replacing("faq:", "history:\n  - {date: 2026-06-20, rating: caution}\nfaq:")
        let site = try build(["content/reviews/kimi-ai.md": review])
        defer { site.cleanUp() }
        let atom = try site.read("atom.xml")
        #expect(atom.contains("<id>https://reviews.example.org/reviews/kimi-ai/</id>"))
        #expect(atom.contains("<published>2026-06-10T00:00:00Z</published>\n<updated>2026-06-20T00:00:00Z</updated>"))
        #expect(atom.contains(#"<category term="caution" label="Use with caution""#))
        let rss = try site.read("feed.xml")
        #expect(rss.contains(#"<guid isPermaLink="true">https://reviews.example.org/reviews/kimi-ai/</guid>"#))
        #expect(rss.contains("<category>Use with caution</category>"))
        // Full content, links made absolute, the verdict first.
        #expect(rss.contains("&lt;p&gt;&lt;strong&gt;Verdict: Use with caution&lt;/strong&gt; (score 0.0/10)."))
        #expect(rss.contains("href=&quot;https://reviews.example.org/reviews/kimi-ai/#source-policy&quot;"))
        let json = try site.read("feed.json")
        #expect(json.contains(#""date_modified": "2026-06-20T00:00:00Z""#))
    }

    @Test func feedsHoldTheNewestItemsOnly() throws {
        var files: [String: String] = [:]
        for day in 1...5 {
            files["content/reviews/r\(day).md"] = TestSite.review(slug: "r\(day)", title: "Review \(day)")
                .replacing("published: 2026-06-10", "published: 2026-06-0\(day)")
        }
        files["site.yaml"] = TestSite.siteYAML + "feeds: {items: 2}\n"
        let site = try build(files)
        defer { site.cleanUp() }
        let rss = try site.read("feed.xml")
        #expect(rss.components(separatedBy: "<item>").count == 3)
        #expect(rss.contains("<title>Review 5</title>") && rss.contains("<title>Review 4</title>"))
        #expect(!rss.contains("<title>Review 3</title>"))
    }

    @Test func draftsAndScheduledReviewsStayOutOfEveryIndex() throws {
        let site = try build([
            "content/reviews/kimi-ai.md": TestSite.review(),
            "content/reviews/draft.md": TestSite.review(slug: "draft", title: "Draft").replacing("tags: [ai, china]", "draft: true"),
            "content/reviews/later.md": TestSite.review(slug: "later", title: "Later").replacing("published: 2026-06-10", "published: 2030-01-01"),
        ])
        defer { site.cleanUp() }
        for file in ["feed.xml", "atom.xml", "feed.json", "sitemap.xml", "api/reviews.json", "index.html", "reviews/index.html"] {
            let text = try site.read(file)
            #expect(!text.contains("reviews/draft/") && !text.contains("reviews/later/"), "\(file) lists an unpublished review")
            #expect(text.contains("reviews/kimi-ai/"), "\(file) misses the published review")
        }
    }

    @Test func theReviewHasStructuredDataAndHeadMetadata() throws {
        let site = try build(["content/reviews/kimi-ai.md": TestSite.review()])
        defer { site.cleanUp() }
        let html = try site.read("reviews/kimi-ai/index.html")
        #expect(html.contains(#""reviewRating":{"@type":"Rating","ratingValue":0.0,"bestRating":10,"worstRating":0}"#))
        #expect(html.contains(#""itemReviewed":{"@type":"SoftwareApplication","name":"Kimi AI""#))
        #expect(html.contains(#"{"@type":"BreadcrumbList""#))
        #expect(html.contains(#"{"@type":"FAQPage""#))
        #expect(html.contains(#"<meta property="og:type" content="article">"#))
        #expect(html.contains(#"<meta property="article:published_time" content="2026-06-10T00:00:00Z">"#))
        #expect(html.contains(#"<link rel="alternate" type="application/atom+xml" title="Test Reviews (Atom)" href="/atom.xml">"#))
    }

    @Test func aReviewWithoutAScoreHasNoRating() throws {
        let review = TestSite.review().replacing(
            "scorecard:\n  rubric: ai-assistant\n  answers:\n    training: {option: default-on, sources: [policy], note: No opt-out.}\n    retention: {option: forever, sources: [policy]}\n",
            "")
        let site = try build(["content/reviews/kimi-ai.md": review])
        defer { site.cleanUp() }
        let html = try site.read("reviews/kimi-ai/index.html")
        #expect(html.contains(#""@type":"Review""#))
        #expect(!html.contains("reviewRating"))
        #expect(try site.read("api/reviews.json").contains(#""score": null"#))
    }

    @Test func theSitemapAndRobotsPointAtEachOther() throws {
        let site = try build(["content/reviews/kimi-ai.md": TestSite.review(), "content/pages/about.md": "---\ntitle: About\n---\nHi.\n"])
        defer { site.cleanUp() }
        let sitemap = try site.read("sitemap.xml")
        #expect(sitemap.contains("<url><loc>https://reviews.example.org/reviews/kimi-ai/</loc><lastmod>2026-06-10T00:00:00Z</lastmod></url>"))
        #expect(sitemap.contains("<url><loc>https://reviews.example.org/about/</loc></url>"))
        #expect(!sitemap.contains("404"))
        #expect(try site.read("robots.txt") == "User-agent: *\nAllow: /\n\nSitemap: https://reviews.example.org/sitemap.xml\n")
    }
}
