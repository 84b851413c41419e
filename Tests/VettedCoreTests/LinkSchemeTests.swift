import Testing
@testable import VettedCore
import VettedTestSupport

@Suite struct LinkSchemeTests {
    static let claude = TestSite.review(slug: "claude", title: "Claude privacy review")

    private func site(body: String, extraFrontMatter: String = "") throws -> TestSite {
        let review = TestSite.review()
            .replacing("faq:", extraFrontMatter + "faq:")
            .replacing("## What it does\n\nSee [the policy](source:policy).\n", body)
        return try TestSite(files: ["content/reviews/kimi-ai.md": review, "content/reviews/claude.md": Self.claude])
    }

    static let affiliate = """
        affiliate:
          links:
            - {id: proton, label: Proton Unlimited, url: "https://partner.example.net/?ref=x"}

        """

    @Test func reviewSourceAndAffiliateLinksResolve() throws {
        let site = try site(
            body: "Try [Claude](review:claude), its [FAQ](review:claude#faq), the [policy](source:policy) and [Proton](affiliate:proton).\n",
            extraFrontMatter: Self.affiliate)
        defer { site.cleanUp() }
        #expect(try site.messages() == [])
        let html = try site.read("reviews/kimi-ai/index.html")
        #expect(html.contains(#"<a href="/reviews/claude/">Claude</a>"#))
        #expect(html.contains(#"<a href="/reviews/claude/#faq">FAQ</a>"#))
        #expect(html.contains(##"<a href="#source-policy">policy</a>"##))
        #expect(html.contains(#"<a href="https://partner.example.net/?ref=x" rel="sponsored nofollow noopener">Proton</a>"#))
        #expect(html.contains(#"<li id="source-policy">"#))
    }

    @Test func unknownTargetsAreErrorsAtTheirPositionInTheFile() throws {
        let site = try site(body: "Intro.\n\nSee [a](review:claud) and [b](source:polcy)\nand [c](affiliate:nope).\n")
        defer { site.cleanUp() }
        #expect(try site.messages() == [
            "content/reviews/kimi-ai.md:33:5: error: unknown review 'claud' in link 'review:claud'; did you mean 'claude'?",
            "content/reviews/kimi-ai.md:33:27: error: unknown source 'polcy' in link 'source:polcy'; did you mean 'policy'?",
            "content/reviews/kimi-ai.md:34:5: error: unknown affiliate link 'nope'; declare it under 'affiliate.links'",
        ])
    }

    @Test func linkColumnsCountCharactersNotBytes() throws {
        let site = try site(body: "Éé — [x](review:nope)\n")
        defer { site.cleanUp() }
        #expect(try site.messages() == ["content/reviews/kimi-ai.md:31:6: error: unknown review 'nope' in link 'review:nope'"])
    }

    @Test func aLinkToADraftSaysItIsADraft() throws {
        let draft = Self.claude.replacing("tags: [ai, china]", "tags: [ai]\ndraft: true")
        let review = TestSite.review().replacing("See [the policy](source:policy).", "See [Claude](review:claude).")
        let site = try TestSite(files: ["content/reviews/kimi-ai.md": review, "content/reviews/claude.md": draft])
        defer { site.cleanUp() }
        #expect(try site.messages() == [
            "content/reviews/kimi-ai.md:33:5: error: the review 'claude' is a draft or scheduled, and is not published in this build"
        ])
        #expect(try site.messages(BuildOptions(includeDrafts: true, today: Timestamp("2026-07-01"))) == [])
    }

    @Test func schemesAreCaseInsensitiveAndUnknownOnesAreWarnedAbout() throws {
        let site = try site(body: "[a](Review:claude) [b](reveiw:claude) [c](mailto:x@example.org)\n")
        defer { site.cleanUp() }
        #expect(try site.messages() == [
            "content/reviews/kimi-ai.md:31:20: warning: unknown link scheme 'reveiw:' in 'reveiw:claude'; did you mean 'review:'?"
        ])
        #expect(try site.read("reviews/kimi-ai/index.html").contains(#"<a href="/reviews/claude/">a</a>"#))
    }

    @Test func affiliateHostsInSourcesAndAlternativesAreSponsoredAndDisclosed() throws {
        let review = TestSite.review()
            .replacing("faq:", "alternatives:\n  - {name: Deal, url: \"https://partner.example.net/?ref=alt\"}\nfaq:")
            .replacing("url: https://platform.moonshot.ai/docs/privacy", "url: https://partner.example.net/policy")
        let site = try TestSite(files: ["content/reviews/kimi-ai.md": review])
        defer { site.cleanUp() }
        #expect(try site.messages() == [])
        let html = try site.read("reviews/kimi-ai/index.html")
        #expect(html.contains(#"<a href="https://partner.example.net/?ref=alt" rel="sponsored nofollow noopener">Deal</a>"#))
        #expect(html.contains(#"<a href="https://partner.example.net/policy" rel="sponsored nofollow noopener">"#))
        #expect(html.contains(#"id="disclosure""#))
    }

    @Test func linksInFrontMatterMarkdownArePositionedToo() throws {
        let review = TestSite.review()
            .replacing("  summary: The consumer app trains on *prompts*.", "  summary: \"Use [Claude](review:nope) instead.\"")
        let site = try TestSite(files: ["content/reviews/kimi-ai.md": review])
        defer { site.cleanUp() }
        #expect(try site.messages() == [
            "content/reviews/kimi-ai.md:12:17: error: unknown review 'nope' in link 'review:nope'"
        ])
    }

    @Test func linksToAffiliateHostsAreSponsored() throws {
        let site = try site(body: "Buy at [the partner](https://shop.partner.example.net/deal) or <https://partner.example.net/x>.\n")
        defer { site.cleanUp() }
        #expect(try site.messages() == [])
        let html = try site.read("reviews/kimi-ai/index.html")
        #expect(html.contains(#"<a href="https://shop.partner.example.net/deal" rel="sponsored nofollow noopener">the partner</a>"#))
        #expect(html.contains(#"<a href="https://partner.example.net/x" rel="sponsored nofollow noopener">"#))
        // The disclosure appears, before the first affiliate link.
        let disclosure = try #require(html.firstRange(of: #"id="disclosure""#))
        let link = try #require(html.firstRange(of: "rel=\"sponsored"))
        #expect(disclosure.lowerBound < link.lowerBound)
    }

    @Test func aReviewWithoutAffiliateLinksHasNoDisclosure() throws {
        let site = try site(body: "Nothing sponsored here: [example](https://example.org/).\n")
        defer { site.cleanUp() }
        #expect(try site.messages() == [])
        #expect(!(try site.read("reviews/kimi-ai/index.html")).contains("id=\"disclosure\""))
    }

    @Test func affiliateLinksWithAnEmptyDisclosureAreAnError() throws {
        let review = TestSite.review().replacing("faq:", Self.affiliate + "faq:")
        let site = try TestSite(files: [
            "site.yaml": TestSite.siteYAML + "disclosure: {text: \"\"}\n",
            "content/reviews/kimi-ai.md": review,
        ])
        defer { site.cleanUp() }
        #expect(try site.messages() == [
            "content/reviews/kimi-ai.md:29:3: error: this review has affiliate links but no disclosure: set 'affiliate.disclosure' or 'disclosure.text' in site.yaml"
        ])
    }

    @Test func anAffiliateHostLinkWithAnEmptyDisclosureIsAnError() throws {
        let review = TestSite.review().replacing("See [the policy](source:policy).", "See [deal](https://partner.example.net/).")
        let site = try TestSite(files: [
            "site.yaml": TestSite.siteYAML + "disclosure: {text: \"\"}\n",
            "content/reviews/kimi-ai.md": review,
        ])
        defer { site.cleanUp() }
        #expect(try site.messages() == [
            "content/reviews/kimi-ai.md:33:5: error: this link goes to an affiliate domain but the review has no disclosure text"
        ])
    }

    @Test func aReviewsOwnDisclosureReplacesTheSitesText() throws {
        let affiliate = Self.affiliate + "  disclosure: We earn from the Proton link.\n"
        let site = try site(body: "[Proton](affiliate:proton)\n", extraFrontMatter: affiliate)
        defer { site.cleanUp() }
        #expect(try site.messages() == [])
        let html = try site.read("reviews/kimi-ai/index.html")
        #expect(html.contains(#"<aside id="disclosure" class="disclosure" aria-label="Affiliate disclosure"><p>We earn from the Proton link.</p></aside>"#))
    }

    @Test func theDisclosureLinksToThePolicyPageWhenThereIsOne() throws {
        let review = TestSite.review().replacing("faq:", Self.affiliate + "faq:")
        let site = try TestSite(files: [
            "site.yaml": TestSite.siteYAML + "disclosure: {text: We may earn a commission., page: /disclosure/}\n",
            "content/reviews/kimi-ai.md": review,
        ])
        defer { site.cleanUp() }
        #expect(try site.messages() == [])
        #expect(try site.read("reviews/kimi-ai/index.html").contains(
            #"<p>We may earn a commission. <a href="/disclosure/">Our disclosure policy</a>.</p>"#))
    }

    @Test func anAffiliateLinkInTheVerdictSummaryIsAnError() throws {
        let review = TestSite.review()
            .replacing("  summary: The consumer app trains on *prompts*.", "  summary: \"[Buy](affiliate:proton)\"")
            .replacing("faq:", Self.affiliate + "faq:")
        let site = try TestSite(files: ["content/reviews/kimi-ai.md": review])
        defer { site.cleanUp() }
        #expect(try site.messages() == [
            "content/reviews/kimi-ai.md:12:13: error: the verdict summary is shown above the affiliate disclosure and cannot hold an affiliate link"
        ])
    }

    @Test func pagesCannotUseReviewOnlySchemes() throws {
        let site = try TestSite(files: [
            "content/reviews/kimi-ai.md": TestSite.review(),
            "content/pages/about.md": "---\ntitle: About\n---\nSee [Kimi](review:kimi-ai) and [x](source:policy).\n",
        ])
        defer { site.cleanUp() }
        #expect(try site.messages() == [
            "content/pages/about.md:4:32: error: 'source:' links can only be used in reviews"
        ])
    }

    @Test func pagesCanLinkToReviews() throws {
        let site = try TestSite(files: [
            "content/reviews/kimi-ai.md": TestSite.review(),
            "content/pages/about.md": "---\ntitle: About\n---\nSee [Kimi](review:kimi-ai).\n",
        ])
        defer { site.cleanUp() }
        #expect(try site.messages() == [])
        #expect(try site.read("about/index.html").contains(#"<a href="/reviews/kimi-ai/">Kimi</a>"#))
    }
}
