import Foundation
import Testing
@testable import VettedCore
import VettedMarkdown
import VettedTestSupport

/// Files next to content (bundles, static/), image sizes, and every Markdown link
/// checked at build time at its place in the source.
@Suite struct FilesAndLinksTests {
    static let claude = TestSite.review(slug: "claude", title: "Claude privacy review")

    /// The sample review with `body` instead of its last line (line 33).
    static func review(_ body: String) -> String {
        TestSite.review().replacing("See [the policy](source:policy).\n", body)
    }

    /// A PNG header of the given size: enough for the size to be read.
    static func png(width: UInt32, height: UInt32) -> [UInt8] {
        func bigEndian(_ value: UInt32) -> [UInt8] { [24, 16, 8, 0].map { UInt8((value >> $0) & 0xFF) } }
        return [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13] + Array("IHDR".utf8) + bigEndian(width)
            + bigEndian(height) + [8, 2, 0, 0, 0, 0, 0, 0, 0]
    }

    @Test func aBundleIsAReviewWhoseOtherFilesAreCopiedBesideItsPage() throws {
        let site = try TestSite(files: [
            "content/reviews/kimi-ai/index.md": Self.review("![The settings screen](shot.png \"Settings\")\n"),
            "content/reviews/kimi-ai/notes/extra.txt": "kept",
        ])
        defer { site.cleanUp() }
        try site.write(Self.png(width: 640, height: 400), to: "content/reviews/kimi-ai/shot.png")
        #expect(try site.messages() == [])
        let html = try site.read("reviews/kimi-ai/index.html")
        #expect(html.contains(
            #"<img src="shot.png" alt="The settings screen" title="Settings" width="640" height="400" loading="lazy" />"#))
        #expect(FileManager.default.fileExists(atPath: site.output + "/reviews/kimi-ai/shot.png"))
        #expect(try site.read("reviews/kimi-ai/notes/extra.txt") == "kept")
    }

    @Test func staticIsCopiedToTheRootAndImagesThereAreMeasured() throws {
        let svg = #"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 30"><rect width="120" height="30"/></svg>"#
        let site = try TestSite(files: [
            "content/reviews/kimi-ai.md": Self.review("![Logo](/images/logo.svg)\n"),
            "static/images/logo.svg": svg,
            "static/CNAME": "reviews.example.org\n",
            "static/.well-known/security.txt": "Contact: mailto:security@example.org\n",
            "static/.DS_Store": "x",
        ])
        defer { site.cleanUp() }
        #expect(try site.messages() == [])
        #expect(try site.read(".well-known/security.txt") == "Contact: mailto:security@example.org\n")
        #expect(!FileManager.default.fileExists(atPath: site.output + "/.DS_Store"))
        #expect(try site.read("reviews/kimi-ai/index.html").contains(
            #"<img src="/images/logo.svg" alt="Logo" width="120" height="30" loading="lazy" />"#))
        #expect(try site.read("CNAME") == "reviews.example.org\n")
    }

    @Test func imagesOfTheSitesOwnThemeAssetsAreMeasuredToo() throws {
        let site = try TestSite(files: ["content/reviews/kimi-ai.md": Self.review("![Chart](/assets/chart.png)\n")])
        defer { site.cleanUp() }
        try site.write(Self.png(width: 300, height: 150), to: "templates/assets/chart.png")
        #expect(try site.messages() == [])
        #expect(try site.read("reviews/kimi-ai/index.html").contains(
            #"<img src="/assets/chart.png" alt="Chart" width="300" height="150" loading="lazy" />"#))
    }

    @Test func aStaticFileThatWouldReplaceAGeneratedOneIsAnErrorAndNothingIsWritten() throws {
        let site = try TestSite(files: ["content/reviews/kimi-ai.md": TestSite.review(), "static/feed.xml": "<rss/>"])
        defer { site.cleanUp() }
        #expect(try site.messages() == [
            "static/feed.xml:1:1: error: this file would replace /feed.xml, which Vetted writes itself; rename or move it",
        ])
        #expect(!FileManager.default.fileExists(atPath: site.output))
    }

    @Test func aMissingImageIsAnErrorAtItsMarkdownPosition() throws {
        let site = try TestSite(files: [
            "content/reviews/kimi-ai.md": Self.review("Intro.\n\nSee ![a](shot.png) and ![b](/img/none.png).\n"),
            "content/reviews/claude/index.md": Self.claude.replacing("See [the policy](source:policy).\n", "![c](gone.png)\n"),
        ])
        defer { site.cleanUp() }
        let messages = try site.messages()
        #expect(messages.count == 3)
        #expect(messages[0].hasPrefix("content/reviews/claude/index.md:33:1: error: the image 'gone.png' does not exist"))
        #expect(messages[0].hasSuffix("put it in content/reviews/claude/, beside index.md"))
        #expect(messages[1].hasPrefix("content/reviews/kimi-ai.md:35:5: error: the image 'shot.png' does not exist"))
        #expect(messages[1].contains("content/reviews/<slug>/index.md"))
        #expect(messages[2].hasPrefix("content/reviews/kimi-ai.md:35:24: error: the image '/img/none.png' does not exist"))
        #expect(messages[2].hasSuffix("static/img/none.png is published as /img/none.png"))
    }

    @Test func linksAndAnchorsAreCheckedByBuildAtTheMarkdownLine() throws {
        let body = """
            [a](/nonexistent/), [b](#nope), [c](review:claude#nope), [d](/reviews/claude/#faq),
            [e](#what-it-does), [f](review:claude#sources), [g](/reviewz/), [h](../claude/#nope)

            """
        let site = try TestSite(files: ["content/reviews/kimi-ai.md": Self.review(body), "content/reviews/claude.md": Self.claude])
        defer { site.cleanUp() }
        let messages = try site.messages()
        #expect(messages == [
            "content/reviews/kimi-ai.md:33:1: error: the link '/nonexistent/' goes to a page that does not exist",
            "content/reviews/kimi-ai.md:33:21: error: this page has no anchor '#nope'",
            "content/reviews/kimi-ai.md:33:33: error: the link 'review:claude#nope' points at '#nope', which /reviews/claude/ does not have",
            "content/reviews/kimi-ai.md:34:49: error: the link '/reviewz/' goes to a page that does not exist; did you mean '/reviews/'?",
            "content/reviews/kimi-ai.md:34:65: error: the link '../claude/#nope' points at '#nope', which /reviews/claude/ does not have",
        ], "\(messages)")
    }

    @Test func pagesLinksAreCheckedUnderABasePathToo() throws {
        let site = try TestSite(files: [
            "content/reviews/kimi-ai.md": TestSite.review(),
            "content/pages/about.md": "---\ntitle: About\n---\nRead [Kimi](/reviews/kimi-ai/#faq) and [the rest](/reviews/kimi-ai/#gone), [all](/reviewz/).\n",
        ])
        defer { site.cleanUp() }
        let options = BuildOptions(baseURL: "https://example.github.io/proj/", today: Timestamp("2026-07-01"))
        #expect(try site.messages(options) == [
            "content/pages/about.md:4:40: error: the link '/reviews/kimi-ai/#gone' points at '#gone', which /reviews/kimi-ai/ does not have",
            // Suggested as the author writes it: the base path is added when the page is built.
            "content/pages/about.md:4:76: error: the link '/reviewz/' goes to a page that does not exist; did you mean '/reviews/'?",
        ])
    }

    @Test func aLinkToADraftSaysSo() throws {
        let site = try TestSite(files: [
            "content/reviews/kimi-ai.md": Self.review("[c](/reviews/claude/)\n"),
            "content/reviews/claude.md": Self.claude.replacing("published: 2026-06-10", "published: 2026-06-10\ndraft: true"),
        ])
        defer { site.cleanUp() }
        let messages = try site.messages()
        #expect(messages == [
            "content/reviews/kimi-ai.md:33:1: error: the link '/reviews/claude/' goes to a review that is a draft or scheduled, and is not published in this build",
        ], "\(messages)")
    }

    @Test func aReviewThatCannotBeReadGivesOneErrorNotOneInEveryReviewThatLinksToIt() throws {
        let site = try TestSite(files: [
            "content/reviews/kimi-ai.md": Self.review("See [Claude](review:claude), [its FAQ](/reviews/claude/#faq).\n")
                .replacing("tags: [ai, china]", "tags: [ai, china]\nalternatives:\n  - {name: Claude, review: claude}"),
            "content/reviews/claude.md": Self.claude.replacing("title: Claude privacy review", "title: Claude privacy review\n\tbad: tab"),
        ])
        defer { site.cleanUp() }
        let messages = try site.messages()
        #expect(messages.count == 1)
        #expect(messages.first?.hasPrefix("content/reviews/claude.md:3:1: error:") == true)
    }

    @Test func aRubricThatCannotBeReadGivesOneErrorNotOneInEveryReviewThatUsesIt() throws {
        let site = try TestSite(files: [
            "content/reviews/kimi-ai.md": Self.review("See [how we score](rubric:ai-assistant#training).\n"),
            "content/reviews/claude.md": Self.claude,
            "content/rubrics/ai-assistant.yaml": TestSite.rubric.replacingOccurrences(of: "title:", with: "\ttitle:"),
        ])
        defer { site.cleanUp() }
        let messages = try site.messages()
        #expect(messages.count == 1, "\(messages)")
        #expect(messages.first?.hasPrefix("content/rubrics/ai-assistant.yaml:") == true, "\(messages)")
    }

    @Test func aReviewHeldBackByAnErrorIsNotAlsoReportedInEveryLinkToIt() throws {
        let site = try TestSite(files: [
            "content/reviews/kimi-ai.md": Self.review("[a](review:claude), [b](/reviews/claude/#faq), [c](review:claude#faq)\n"),
            "content/reviews/claude.md": Self.claude.replacing("rating: caution", "rating: cautoin"),
        ])
        defer { site.cleanUp() }
        let messages = try site.messages()
        #expect(messages.count == 1, "\(messages)")
        #expect(messages.first?.hasPrefix("content/reviews/claude.md:11:11: error: unknown verdict 'cautoin'") == true, "\(messages)")
    }

    @Test func aPageThatCannotBeReadIsNotAlsoReportedInEveryLinkToIt() throws {
        let site = try TestSite(files: [
            "content/reviews/kimi-ai.md": Self.review("See [about](/about/) and [the team](/about/#team).\n"),
            "content/pages/about.md": "---\ntitle: About\n\tbad: tab\n---\nHi.\n",
        ])
        defer { site.cleanUp() }
        let messages = try site.messages()
        #expect(messages.count == 1, "\(messages)")
        #expect(messages.first?.hasPrefix("content/pages/about.md:3:1: error:") == true, "\(messages)")
    }

    @Test func checkReportsNoFollowOnErrorsOfAMisspeltVerdict() throws {
        let site = try TestSite(files: [
            "content/reviews/kimi-ai.md": TestSite.review().replacing("rating: caution", "rating: cautoin"),
            "content/reviews/claude.md": Self.claude,
        ])
        defer { site.cleanUp() }
        let messages = try Builder(site: site.root, options: BuildOptions(today: Timestamp("2026-07-01"))).check().diagnostics
            .map { $0.description.replacingOccurrences(of: site.root + "/", with: "") }
        #expect(messages.count == 1)
        #expect(messages.first?.hasPrefix("content/reviews/kimi-ai.md:11:11: error: unknown verdict 'cautoin'") == true)
    }

    @Test func checkReportsAThirdPartyImageAtTheMarkdownThatLoadsIt() throws {
        let site = try TestSite(files: ["content/reviews/kimi-ai.md": Self.review("Text.\n\n![x](https://tracker.example.com/p.png)\n"),
            "content/pages/about.md": "---\ntitle: About\n---\nAbout.\n",
        ])
        defer { site.cleanUp() }
        let messages = try Builder(site: site.root, options: BuildOptions(today: Timestamp("2026-07-01"))).check().diagnostics
            .map { $0.description.replacingOccurrences(of: site.root + "/", with: "") }
        #expect(messages == [
            "content/reviews/kimi-ai.md:35:1: error: 'https://tracker.example.com/p.png' would be loaded from another origin; "
                + "privacy reviews load nothing from third parties",
        ])
    }

    @Test func rawHTMLThatIsLeftOutIsAWarningNamingTheSetting() throws {
        let site = try TestSite(files: [
            "content/reviews/kimi-ai.md": Self.review("Text.\n\n<div class=\"callout\">raw</div>\n\nA <b>bold</b> word.\n"),
        ])
        defer { site.cleanUp() }
        let messages = try site.messages()
        #expect(messages.count == 2)
        #expect(messages[0].hasPrefix("content/reviews/kimi-ai.md:35:1: warning: raw HTML is left out of the page"))
        #expect(messages[0].contains("markdown: {unsafe_html: true}"))
        #expect(messages[1].hasPrefix("content/reviews/kimi-ai.md:37:3: warning: raw HTML is left out"))
    }

    @Test(arguments: [
        ("png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 2, 128, 0, 0, 1, 144] as [UInt8], 640, 400),
        ("gif", Array("GIF89a".utf8) + [0x40, 0x01, 0xF0, 0x00], 320, 240),
        ("jpeg", [0xFF, 0xD8, 0xFF, 0xE0, 0, 4, 0, 0, 0xFF, 0xC0, 0, 11, 8, 0x01, 0xE0, 0x02, 0x80, 3, 0, 0], 640, 480),
        ("webp-lossy", Array("RIFF".utf8) + [0, 0, 0, 0] + Array("WEBPVP8 ".utf8) + [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x20, 0x03, 0x58, 0x02], 800, 600),
        ("webp-extended", Array("RIFF".utf8) + [0, 0, 0, 0] + Array("WEBPVP8X".utf8) + [0, 0, 0, 0, 0, 0, 0, 0, 0x7F, 0x07, 0, 0x37, 0x04, 0], 1920, 1080),
        ("svg", Array(#"<?xml version="1.0"?><svg width="48px" height="24" xmlns="http://www.w3.org/2000/svg"></svg>"#.utf8), 48, 24),
    ])
    func imageSizesAreReadFromTheFile(kind: String, bytes: [UInt8], width: Int, height: Int) {
        #expect(ImageInfo.size(of: bytes) == ImageSize(width: width, height: height), "\(kind)")
    }

    @Test func brokenImagesHaveNoSizeAndNeverCrash() {
        #expect(ImageInfo.size(of: []) == nil)
        #expect(ImageInfo.size(of: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) == nil)
        #expect(ImageInfo.size(of: [0xFF, 0xD8, 0xFF, 0xC0, 0xFF, 0xFF]) == nil)
        #expect(ImageInfo.size(of: Array(#"<svg width="1e300" height="5">"#.utf8)) == nil)
        #expect(ImageInfo.size(of: Array(#"<svg viewBox="0 0 -4 9">"#.utf8)) == nil)
    }
}
