import Testing
import VettedMarkdown

@Suite struct MarkdownRendererTests {
    let renderer = MarkdownRenderer()

    @Test func gfmExtensionsAreOn() {
        let markdown = """
            | a | b |
            |---|---|
            | 1 | 2 |

            ~~gone~~ https://example.org

            - [x] done
            - [ ] open

            Note[^1].

            [^1]: The footnote.
            """
        let html = renderer.render(markdown).html
        #expect(html.contains("<table>"))
        #expect(html.contains("<del>gone</del>"))
        #expect(html.contains(#"<a href="https://example.org">https://example.org</a>"#))
        #expect(html.contains(#"<input type="checkbox" checked="" disabled="" /> done"#))
        #expect(html.contains(#"<section class="footnotes" data-footnotes>"#))
    }

    @Test func rawHTMLIsOmittedUnlessAllowed() {
        let markdown = "<script>alert(1)</script>\n\nText <b>bold</b>.\n"
        let safe = renderer.render(markdown).html
        #expect(!safe.contains("<script"))
        #expect(!safe.contains("<b>"))
        let unsafe = MarkdownRenderer(allowsRawHTML: true).render(markdown).html
        #expect(unsafe.contains("<b>bold</b>"))
        // GFM's tag filter still disarms <script> when raw HTML is allowed.
        #expect(unsafe.contains("&lt;script>"))
    }

    @Test func dangerousURLsAreDropped() {
        let html = renderer.render("[x](javascript:alert(1)) ![y](vbscript:z)").html
        #expect(!html.contains("javascript:"))
        #expect(!html.contains("vbscript:"))
    }

    @Test func headingsGetUniqueGitHubStyleIDs() {
        let rendered = renderer.render(
            "# What Kimi *does*\n\n## What Kimi does\n\n## FAQ: `API` & you!\n\n## Sources\n",
            reservedIDs: ["sources"]
        )
        #expect(rendered.headings == [
            Heading(level: 1, id: "what-kimi-does", text: "What Kimi does"),
            Heading(level: 2, id: "what-kimi-does-1", text: "What Kimi does"),
            Heading(level: 2, id: "faq-api--you", text: "FAQ: API & you!"),
            Heading(level: 2, id: "sources-1", text: "Sources"),
        ])
        #expect(rendered.html.contains(#"<h1 id="what-kimi-does">What Kimi <em>does</em></h1>"#))
        #expect(rendered.html.contains(#"<h2 id="faq-api--you">FAQ: <code>API</code> &amp; you!</h2>"#))
    }

    @Test func linkPositionsPointIntoTheFile() {
        var seen: [LinkTarget] = []
        _ = renderer.render("Intro.\n\nSee [a](review:x) and\n![i](pic.png).\n", lineOffset: 10) { target in
            seen.append(target)
            return .keep
        }
        #expect(seen == [
            LinkTarget(url: "review:x", line: 13, column: 5, isImage: false),
            LinkTarget(url: "pic.png", line: 14, column: 1, isImage: true),
        ])
    }

    @Test func columnOffsetAppliesToTheFirstLineOnly() {
        var seen: [LinkTarget] = []
        _ = renderer.renderInline("a [b](c:d)", lineOffset: 4, columnOffset: 10) { target in
            seen.append(target)
            return .keep
        }
        #expect(seen == [LinkTarget(url: "c:d", line: 5, column: 13, isImage: false)])
    }

    @Test func resolvedLinksAreRewritten() {
        let html = renderer.render("[a](review:x) [b](affiliate:p)") { target in
            if target.url == "review:x" { return .replace(url: "/reviews/x/", sponsored: false) }
            return .replace(url: "https://partner.example.net/?a=1&b=2", sponsored: true)
        }.html
        #expect(html == """
            <p><a href="/reviews/x/">a</a> \
            <a href="https://partner.example.net/?a=1&amp;b=2" rel="sponsored nofollow noopener">b</a></p>

            """)
    }

    @Test func sponsoredLinksKeepTheirTitleAndMarkup() {
        let rendered = renderer.render(#"[**deal**](https://x.example "Buy \"now\"")"#) { _ in
            .replace(url: "https://x.example", sponsored: true)
        }
        #expect(rendered.hasSponsoredLinks)
        #expect(rendered.html.contains(
            #"<a href="https://x.example" title="Buy &quot;now&quot;" rel="sponsored nofollow noopener"><strong>deal</strong></a>"#
        ))
    }

    @Test func invalidLinksAreReportedWithTheirPosition() {
        let rendered = renderer.render("ok\n\n[a](review:nope)") { _ in .invalid("unknown review 'nope'") }
        #expect(rendered.problems == [MarkdownProblem(line: 3, column: 1, message: "unknown review 'nope'")])
    }

    @Test func inlineRenderingDropsTheParagraph() {
        #expect(renderer.renderInline("Trains on *what* you paste.").html == "Trains on <em>what</em> you paste.")
        #expect(renderer.renderInline("One.\n\nTwo.").html == "<p>One.</p>\n<p>Two.</p>\n")
        #expect(renderer.renderInline("Café 月之暗面 🇨🇳 — *ok*").html == "Café 月之暗面 🇨🇳 — <em>ok</em>")
        #expect(renderer.renderInline("- a\n- b").html == "<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n")
        #expect(renderer.renderInline("> quoted").html == "<blockquote>\n<p>quoted</p>\n</blockquote>\n")
        #expect(renderer.renderInline("").html == "")
    }

    @Test func textIsEscaped() {
        #expect(renderer.renderInline(#"a < b & "c""#).html == "a &lt; b &amp; &quot;c&quot;")
    }

    @Test func renderedHTMLOverFiftyTimesItsMarkdownIsRefusedAfterRendering() {
        // Centred cells are 2.5 times what the estimate counts: under it, over the budget.
        let markdown = "|" + Array(repeating: "h", count: 100).joined(separator: "|") + "|\n|"
            + Array(repeating: ":-:", count: 100).joined(separator: "|") + "|\n" + String(repeating: "|x|\n", count: 100)
        let result = renderer.render(markdown, lineOffset: 10)
        #expect(result.html == "")
        #expect(result.problems.count == 1)
        #expect(result.problems.first?.line == 11)
        #expect(result.problems.first?.message.hasPrefix("this Markdown renders to 247 KiB of HTML, more than 50 times its own size (1004 bytes)") == true)
    }

    @Test func linkColumnsOnAVeryLongLineAreExact() {
        // Positions are looked up in constant time, so 4,000 links on one line stay fast.
        var seen: [Int] = []
        _ = renderer.render("é " + String(repeating: "[x](review:a) ", count: 4_000)) { target in
            seen.append(target.column)
            return .keep
        }
        #expect(seen.count == 4_000)
        #expect(seen.first == 3)
        #expect(seen.last == 3 + 14 * 3_999)
    }
}
