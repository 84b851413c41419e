import Foundation
import Testing
@testable import VettedCore
import VettedTestSupport

@Suite struct CheckTests {
    static let today = BuildOptions(today: Timestamp("2026-07-01"))

    /// The fixture's author links to /about/, so every checked site has that page.
    static let about = "---\ntitle: About\n---\nHi.\n"

    private func check(_ files: [String: String], options: BuildOptions = today, edit: ((TestSite) throws -> Void)? = nil) throws -> [String] {
        var files = files
        files["content/pages/about.md"] = files["content/pages/about.md"] ?? Self.about
        let site = try TestSite(files: files)
        defer { site.cleanUp() }
        try edit?(site)
        return try Builder(site: site.root, options: options).check().diagnostics.map {
            $0.description.replacingOccurrences(of: site.root + "/", with: "")
        }
    }

    private func review(body: String) -> String {
        TestSite.review().replacing("## What it does\n\nSee [the policy](source:policy).\n", body)
    }

    @Test func aCleanSiteHasNoFindingsAndWritesNothing() throws {
        let site = try TestSite(files: ["content/reviews/kimi-ai.md": TestSite.review(), "content/pages/about.md": Self.about])
        defer { site.cleanUp() }
        #expect(try Builder(site: site.root, options: Self.today).check().diagnostics.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: site.output))
    }

    @Test func aLinkToAMissingPageIsAnError() throws {
        let missing = try check(["content/reviews/kimi-ai.md": review(body: "See [us](/about-us/) and [x](/assets/style.css).\n")])
        #expect(missing == [
            "content/reviews/kimi-ai.md:31:5: error: the link '/about-us/' goes to a page that does not exist; did you mean '/about/'?"
        ])
        #expect(try check(["content/reviews/kimi-ai.md": review(body: "See [about](/about/).\n")]) == [])
    }

    @Test func aLinkToAMissingAnchorIsAnError() throws {
        let files = [
            "content/reviews/kimi-ai.md": review(body: "Compare [FAQ](review:claude#faq) and [x](review:claude#nope).\n"),
            "content/reviews/claude.md": TestSite.review(slug: "claude", title: "Claude"),
        ]
        let findings = try check(files)
        #expect(findings.count == 1)
        #expect(findings.first?.hasSuffix("error: the link 'review:claude#nope' points at '#nope', which /reviews/claude/ does not have") == true)
    }

    @Test func anAffiliateLinkBeforeTheDisclosureIsAnError() throws {
        let affiliate = "affiliate:\n  links:\n    - {id: p, label: P, url: \"https://partner.example.net/\"}\nfaq:"
        let files = ["content/reviews/kimi-ai.md": review(body: "Buy [it](affiliate:p).\n").replacing("faq:", affiliate)]
        #expect(try check(files) == [])
        // A theme that puts the body above the disclosure trips the check.
        let findings = try check(files) { site in
            let template = try String(contentsOfFile: site.root + "/templates/review.mustache", encoding: .utf8)
            let moved = template.replacing("{{{page.body_html}}}", with: "").replacing("{{#page.disclosure}}", with: "{{{page.body_html}}}\n{{#page.disclosure}}")
            try site.write(Array(moved.utf8), to: "templates/review.mustache")
        }
        #expect(findings.count == 1)
        #expect(findings.first?.hasSuffix("error: this affiliate link comes before the affiliate disclosure") == true)
    }

    @Test func rawHTMLLinksToAffiliatesNeedRelSponsored() throws {
        let files = [
            "site.yaml": TestSite.siteYAML + "markdown: {unsafe_html: true}\n",
            "content/reviews/kimi-ai.md": review(body: "<p><a href=\"https://partner.example.net/x\">deal</a></p>\n"),
        ]
        let findings = try check(files)
        #expect(findings.contains { $0.hasSuffix("error: the link to 'https://partner.example.net/x' goes to an affiliate domain but has no rel=\"sponsored\"") })
    }

    @Test func anythingLoadedFromAnotherOriginIsAnError() throws {
        let files = ["content/reviews/kimi-ai.md": review(body: "![chart](https://cdn.example.com/chart.png) ![local](/assets/favicon.svg)\n")]
        let findings = try check(files)
        #expect(findings == [
            "content/reviews/kimi-ai.md:31:1: error: 'https://cdn.example.com/chart.png' would be loaded from another origin; privacy reviews load nothing from third parties"
        ])
        let fromTheme = try check(["content/reviews/kimi-ai.md": TestSite.review()]) { site in
            let base = try String(contentsOfFile: site.root + "/templates/base.mustache", encoding: .utf8)
            try site.write(Array(base.replacing("</head>", with: "<link rel=\"stylesheet\" href=\"https://fonts.example.com/css\">\n</head>").utf8),
                           to: "templates/base.mustache")
            try site.write(Array("@import url('https://fonts.example.com/x.css');\n".utf8), to: "templates/assets/extra.css")
        }
        #expect(fromTheme.contains("public/assets/extra.css:1:1: error: the stylesheet loads 'https://fonts.example.com/x.css' from another origin; host it with the site"))
        #expect(fromTheme.filter { $0.contains("'https://fonts.example.com/css' would be loaded from another origin") }.count > 5)
    }

    @Test func staleSourcesAreNamed() throws {
        let later = BuildOptions(today: Timestamp("2027-01-01"))
        let findings = try check(["content/reviews/kimi-ai.md": TestSite.review()], options: later)
        #expect(findings.contains(
            "content/reviews/kimi-ai.md:23:9: warning: source 'policy' (Moonshot AI privacy policy) of 'kimi-ai' was retrieved on 2026-06-09, 206 days ago: check it again (stale_after_days is 180)"))
    }

    @Test func strictMakesWarningsErrors() throws {
        let site = try TestSite(files: [
            "content/reviews/kimi-ai.md": TestSite.review().replacing("kind: privacy-policy", "kind: terms"), "content/pages/about.md": Self.about,
        ])
        defer { site.cleanUp() }
        var options = Self.today
        #expect(try Builder(site: site.root, options: options).check().succeeded)
        options.strict = true
        #expect(!(try Builder(site: site.root, options: options).check().succeeded))
    }

    @Test func percentEncodedLinksToNonASCIIAnchorsAndFilesResolve() throws {
        let files = [
            "content/reviews/kimi-ai.md": review(body: "## Données personnelles\n\nSee [here](#données-personnelles) and [f](/assets/my%20file.txt).\n"),
        ]
        #expect(try check(files) { site in try site.write(Array("x".utf8), to: "templates/assets/my file.txt") } == [])
        let broken = try check(["content/reviews/kimi-ai.md": review(body: "## Données\n\n[x](#donnée)\n")])
        #expect(broken.count == 1)
        #expect(broken.first?.contains("this page has no anchor '#donnée'") == true)
    }

    @Test func positionsOnALongSingleLinePageAreExact() {
        var html = "<p>"
        for index in 0..<2_000 { html += "<a href=\"/r\(index)/\">é</a>" }
        html += "\n<a href=\"/last/\">x</a>"
        let scan = PageScan(html: html, isAffiliate: { _ in false })
        #expect(scan.references.count == 2_001)
        let last = scan.position(of: scan.references[2_000].offset)
        #expect(last.line == 2 && last.column == 10)
        let second = scan.position(of: scan.references[1].offset)
        // "<p>" (3 characters), the first anchor (20), then `<a href="` (9): the URL starts at 33.
        #expect(second.line == 1 && second.column == 33)
    }

    @Test func aSponsoredLinkToAnyHostNeedsTheDisclosureFirst() throws {
        let affiliate = "affiliate:\n  links:\n    - {id: p, label: P, url: \"https://shop.elsewhere.example/\"}\nfaq:"
        let files = ["content/reviews/kimi-ai.md": review(body: "Buy [it](affiliate:p).\n").replacing("faq:", affiliate)]
        let findings = try check(files) { site in
            let template = try String(contentsOfFile: site.root + "/templates/review.mustache", encoding: .utf8)
            let moved = template.replacing("{{{page.body_html}}}", with: "").replacing("{{#page.disclosure}}", with: "{{{page.body_html}}}\n{{#page.disclosure}}")
            try site.write(Array(moved.utf8), to: "templates/review.mustache")
        }
        #expect(findings.count == 1)
        #expect(findings.first?.hasSuffix("error: this affiliate link comes before the affiliate disclosure") == true)
    }

    @Test func aPageWithAffiliateLinksShowsTheDisclosure() throws {
        let site = try TestSite(files: [
            "content/reviews/kimi-ai.md": TestSite.review(), "content/pages/about.md": Self.about,
            "content/pages/partners.md": "---\ntitle: Partners\n---\nWe work with [a partner](https://partner.example.net/).\n",
        ])
        defer { site.cleanUp() }
        #expect(try Builder(site: site.root, options: Self.today).check().diagnostics.isEmpty)
        #expect(try site.build().succeeded)
        let html = try site.read("partners/index.html")
        #expect(html.contains(#"<aside id="disclosure""#))
        #expect(html.contains(#"rel="sponsored nofollow noopener""#))
    }

    @Test func aSiteBelowAPathRebasesRootRelativeLinks() throws {
        let yaml = TestSite.siteYAML.replacing("base_url: https://reviews.example.org/", "base_url: https://you.github.io/reviews/")
        let files = [
            "site.yaml": yaml,
            "content/reviews/kimi-ai.md": review(body: "See [about](/about/) and [the shop](https://you.github.io/shop/).\n"),
        ]
        #expect(try check(files) == [])
        let site = try TestSite(files: files.merging(["content/pages/about.md": Self.about]) { $1 })
        defer { site.cleanUp() }
        #expect(try site.build().succeeded)
        let html = try site.read("reviews/kimi-ai/index.html")
        #expect(html.contains(#"<a href="/reviews/about/">about</a>"#))
        #expect(html.contains(#"<a href="/reviews/about/">Jérémy</a>"#))
    }

    @Test func relativeAndAbsoluteLinksResolve() {
        let checker = SiteChecker(
            urls: SiteURLs(baseURL: "https://x.org/blog/", basePath: "/blog/"), pages: [:], styles: [:], files: [], display: { $0 })
        #expect(checker.resolve("/blog/reviews/a/#faq", from: "index.html")! == ("reviews/a/", "faq"))
        #expect(checker.resolve("https://x.org/blog/tags/", from: "index.html")! == ("tags/", nil))
        #expect(checker.resolve("#top", from: "reviews/a/index.html")! == ("reviews/a/index.html", "top"))
        #expect(checker.resolve("../b/", from: "reviews/a/index.html")! == ("reviews/b/", nil))
        #expect(checker.resolve("https://elsewhere.org/", from: "index.html") == nil)
        #expect(checker.isForeign("//cdn.example.com/x.js"))
        #expect(!checker.isForeign("https://x.org/blog/a.png"))
    }
}
