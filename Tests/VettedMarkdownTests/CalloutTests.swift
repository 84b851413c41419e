import Testing
import VettedMarkdown

/// GitHub's alert syntax becomes an `<aside>` with a role and a title.
@Suite struct CalloutTests {
    let renderer = MarkdownRenderer()

    @Test(arguments: [("NOTE", "note", "Note"), ("tip", "tip", "Tip"), ("Important", "important", "Important"),
                      ("WARNING", "warning", "Warning"), ("CAUTION", "caution", "Caution")])
    func everyKindIsAnAsideWithATitle(marker: String, key: String, title: String) {
        let html = renderer.render("> [!\(marker)]\n> The app trains on *your* prompts.\n").html
        #expect(html == """
            <aside class="callout callout-\(key)" role="note">
            <p class="callout-title">\(title)</p>
            <p>The app trains on <em>your</em> prompts.</p>
            </aside>

            """)
    }

    @Test func aCalloutKeepsItsBlocksLinksAndHeadings() {
        let markdown = "> [!TIP]\n>\n> ## Safer use\n>\n> - Use [the API](https://platform.moonshot.ai).\n"
        var seen: [String] = []
        let rendered = renderer.render(markdown) { target in
            seen.append(target.url)
            return .keep
        }
        #expect(seen == ["https://platform.moonshot.ai"])
        #expect(rendered.headings.map(\.id) == ["safer-use"])
        #expect(rendered.html.hasPrefix(#"<aside class="callout callout-tip" role="note">"# + "\n" + #"<p class="callout-title">Tip</p>"#))
        #expect(rendered.html.contains(#"<h2 id="safer-use">Safer use</h2>"#))
        #expect(rendered.html.contains(#"<li>Use <a href="https://platform.moonshot.ai">the API</a>.</li>"#))
        #expect(rendered.html.hasSuffix("</aside>\n"))
    }

    @Test(arguments: [
        "> [!NOTICE]\n> Not a kind.\n",
        "> [!NOTE] and more on the line\n",
        "> Just a quote [!NOTE]\n",
        "[!NOTE]\n",
    ])
    func anythingElseStaysAsItWas(markdown: String) {
        #expect(!renderer.render(markdown).html.contains("callout"))
    }

    @Test func aMarkerAloneGivesACalloutWithOnlyItsTitle() {
        #expect(renderer.render("> [!WARNING]\n").html == """
            <aside class="callout callout-warning" role="note">
            <p class="callout-title">Warning</p>
            </aside>

            """)
    }

    @Test func imagesGetLazyLoadingAndTheSizeTheResolverGives() {
        let html = renderer.render("![A *chart*](<a b.png> \"T\") ![x](y.png)") { target in
            target.url == "a b.png" ? .image(url: "a b.png", size: ImageSize(width: 10, height: 20)) : .keep
        }.html
        #expect(html == #"<p><img src="a%20b.png" alt="A chart" title="T" width="10" height="20" loading="lazy" /> "#
            + #"<img src="y.png" alt="x" loading="lazy" /></p>"# + "\n")
    }

    @Test(arguments: ["![see [docs](/x) here](shot.png)", "![a ![b](b.png) c](a.png)", "[![a ![b](b.png)](a.png)](https://x.org)"])
    func imagesHoldingLinksOrImagesInTheirAltTextRender(markdown: String) {
        var seen: [String] = []
        let rendered = renderer.render(markdown) { target in
            seen.append(target.url)
            return target.isImage ? .image(url: target.url, size: nil) : .keep
        }
        #expect(rendered.html.hasPrefix("<p>") && rendered.html.contains("loading=\"lazy\""), "\(rendered.html)")
        #expect(seen.count >= 2)
    }
}
