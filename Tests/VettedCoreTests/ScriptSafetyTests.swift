import Foundation
import Testing
@testable import VettedCore
import VettedTestSupport

/// No setting lets a page run a script: `javascript:`, `vbscript:` and `data:` links,
/// event handler attributes and unsafe URLs in raw HTML are errors, and never written.
@Suite struct ScriptSafetyTests {
    static func site(summary: String = "The app trains on *prompts*.", body: String, unsafeHTML: Bool) throws -> TestSite {
        let review = TestSite.review()
            .replacing("summary: The consumer app trains on *prompts*.", "summary: \"\(summary)\"")
            .replacing("## What it does\n\nSee [the policy](source:policy).\n", body)
        let settings = TestSite.siteYAML + (unsafeHTML ? "markdown: {unsafe_html: true}\n" : "")
        return try TestSite(files: ["content/reviews/kimi-ai.md": review, "site.yaml": settings])
    }

    @Test(arguments: [false, true])
    func scriptLinksInTheBodyAndTheSummaryAreErrors(unsafeHTML: Bool) throws {
        let site = try Self.site(
            summary: "See [this](javascript:alert(1)).",
            body: "[a](vbscript:msgbox) [b](JaVaScRiPt:alert(1)) ![c](data:image/svg+xml,x) [d](&#106;avascript:alert(1))\n",
            unsafeHTML: unsafeHTML)
        defer { site.cleanUp() }
        let note = "links can run a script in the reader's browser and are not allowed"
        #expect(try site.messages() == [
            "content/reviews/kimi-ai.md:12:17: error: 'javascript:' \(note)",
            "content/reviews/kimi-ai.md:31:1: error: 'vbscript:' \(note)",
            "content/reviews/kimi-ai.md:31:22: error: 'javascript:' \(note)",
            "content/reviews/kimi-ai.md:31:47: error: 'data:' \(note)",
            "content/reviews/kimi-ai.md:31:74: error: 'javascript:' \(note)",
        ])
    }

    @Test func rawHTMLThatCouldRunAScriptIsAnErrorEvenWhenAllowed() throws {
        let site = try Self.site(
            body: "<p>ok <b>bold</b></p>\n\n<img src=x onerror=alert(1)>\n\nText <a href=\"jav&#x09;ascript:alert(1)\">x</a>.\n\n"
                + "<a href='https://example.org/' title=\"onclick\">fine</a>\n",
            unsafeHTML: true)
        defer { site.cleanUp() }
        #expect(try site.messages() == [
            "content/reviews/kimi-ai.md:33:1: error: raw HTML with the event handler 'onerror', which runs a script; "
                + "scripts are not allowed, even with markdown.unsafe_html",
            "content/reviews/kimi-ai.md:35:6: error: raw HTML with a 'javascript:' URL in 'href', which can run a script; "
                + "it is not allowed, even with markdown.unsafe_html",
        ])
    }

    @Test func safeRawHTMLIsKeptWhenAllowed() throws {
        let site = try Self.site(body: "<p>ok <b>bold</b> <a href='https://example.org/' title=\"onclick\">fine</a></p>\n", unsafeHTML: true)
        defer { site.cleanUp() }
        #expect(try site.messages() == [])
        #expect(try site.read("reviews/kimi-ai/index.html").contains("<p>ok <b>bold</b> <a href='https://example.org/' title=\"onclick\">fine</a></p>"))
    }

    @Test(arguments: [
        // A quote left open in one block turns the next block into attributes.
        "<div title=\"\n\n[hover me](/onmouseover=alert(4)//)\n",
        // A quote inside a comment hides nothing.
        "<!-- <b x=\" --><img src=x onerror=alert(3)>\n",
        // Character references as a browser reads them: no semicolon, leading zeros.
        "<a href=\"&#106avascript:alert(1)\">x</a>\n",
        "<a href=\"&#0000000000106;avascript:alert(2)\">x</a>\n",
        "<a href=\"java&Tab;script:alert(2)\">x</a>\n",
        // SVG animation setting an href.
        "<svg><a><animate attributeName=\"href\" values=\"https://x.org/;javascript:alert(5)\"/><text>x</text></a></svg>\n",
    ])
    func rawHTMLTricksAreCaught(body: String) throws {
        let site = try Self.site(body: body, unsafeHTML: true)
        defer { site.cleanUp() }
        let messages = try site.messages()
        #expect(messages.count == 1, "\(messages)")
        #expect(messages.allSatisfy { $0.contains("error: raw HTML") }, "\(messages)")
        #expect(!FileManager.default.fileExists(atPath: site.output))
    }

    @Test func markdownDestinationsAreNotDecodedTwice() throws {
        // cmark decodes &amp; once; the page then holds the harmless text "&#106;avascript:".
        let site = try Self.site(body: "[x](&amp;#106;avascript:alert(1))\n", unsafeHTML: false)
        defer { site.cleanUp() }
        // Not a script: a relative link to a page that does not exist, reported as one.
        let messages = try site.messages()
        #expect(messages.count == 1, "\(messages)")
        #expect(messages.allSatisfy { $0.contains("error: the link '&#106;avascript:alert(1)' goes to a page that does not exist") },
                "\(messages)")
    }
}
