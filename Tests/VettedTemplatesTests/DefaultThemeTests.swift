import Testing
import VettedTemplates

/// The product's default theme, rendered by Vetted and by swift-mustache (with plain
/// dictionaries, as the product passed them) over hand-made pages.
@Suite struct DefaultThemeTests {
    @Test func theDefaultThemeCompiles() {
        #expect(ThemeFixtures.templates.allSatisfy { !$0.text.isEmpty }, "templates/ could not be read")
        #expect(problems(ThemeFixtures.templates).isEmpty)
    }

    @Test(arguments: ThemeFixtures.pages.indices)
    func everyPageRendersAsWithSwiftMustache(_ index: Int) throws {
        let (template, value) = ThemeFixtures.pages[index]
        let library = try #require(compile(ThemeFixtures.templates))
        let ours = library.render(template, value)
        let theirs = try Oracle.render(ThemeFixtures.templates, template, value, stableObjects: false).get()
        #expect(ours == theirs)
        #expect(ours.contains("<!DOCTYPE html>") && ours.hasSuffix("</html>\n"))
    }

    @Test func theReviewPageShowsWhatItShould() throws {
        let library = try #require(compile(ThemeFixtures.templates))
        let html = library.render("review", ThemeFixtures.review)
        #expect(html.contains("<title>Acme Box review · Privacy &lt;Reviews&gt; &amp; Co</title>"))
        #expect(html.contains("<span class=\"cites\">Source: <a href=\"https://example.com/privacy?a=1&amp;b=2\">Privacy policy</a>; <a href=\"https://example.com/terms\">Terms of &quot;service&quot;</a></span>"))
        #expect(html.contains("<p class=\"verdict-summary\"><p>Mostly <em>fine</em>.</p></p>"))
        #expect(html.contains("id=\"toc\""))
        let bare = library.render("review", ThemeFixtures.bareReview)
        #expect(!bare.contains("id=\"toc\""))
        #expect(bare.contains("label-warning"))
    }
}
