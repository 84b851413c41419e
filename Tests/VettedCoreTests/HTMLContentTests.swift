import Mustache
import Testing
import MustacheOracle
@testable import VettedCore

/// The templates' HTML escaping: the same entities as swift-mustache's own, faster,
/// and a pragma line that leaves no trace in the output.
@Suite struct HTMLContentTests {
    @Test func escapesTheFiveCharactersWithMustachesEntities() {
        #expect(HTMLContent.escape(#"a & b < c > d " e ' f"#) == "a &amp; b &lt; c &gt; d &quot; e &#39; f")
        #expect(HTMLContent.escape("<<&&>>") == "&lt;&lt;&amp;&amp;&gt;&gt;")
    }

    @Test func leavesOtherTextAlone() {
        #expect(HTMLContent.escape("") == "")
        #expect(HTMLContent.escape("Kimi AI — 月之暗面 🇨🇳") == "Kimi AI — 月之暗面 🇨🇳")
        #expect(HTMLContent.escape("café <b>") == "café &lt;b&gt;")
    }

    @Test func escapesAQuoteThatACombiningMarkFollows() {
        // One grapheme, "\"\u{301}": a Character-based escaper misses the quote.
        #expect(HTMLContent.escape("\"\u{301} onmouseover=x") == "&quot;\u{301} onmouseover=x")
    }

    @Test func matchesSwiftMustacheOnOrdinaryText() throws {
        let samples = ["Tom's <b>\"bold\"</b> & more", "no markup at all", "ü & ö < 3", "a>b", "'"]
        let plain = try MustacheTemplate(string: "{{text}}")
        let fast = try MustacheTemplate(string: HTMLContent.pragma + "{{text}}")
        for sample in samples {
            #expect(fast.render(["text": sample]) == plain.render(["text": sample]))
        }
    }

    @Test func thePragmaLineRendersNothing() throws {
        let source = "{{#items}}\n<li>{{.}}</li>\n{{/items}}\n"
        let plain = try MustacheTemplate(string: source)
        let fast = try MustacheTemplate(string: HTMLContent.pragma + source)
        #expect(fast.render(["items": ["a", "<b>"]]) == plain.render(["items": ["a", "<b>"]]))
        #expect(fast.render(["items": ["a", "<b>"]]) == "<li>a</li>\n<li>&lt;b&gt;</li>\n")
    }

    @Test func partialsAndBlocksAreEscapedToo() throws {
        var library = MustacheLibrary()
        library.register(try MustacheTemplate(string: HTMLContent.pragma + "<p>{{$body}}{{/body}}</p>"), named: "base")
        library.register(try MustacheTemplate(string: HTMLContent.pragma + "<i>{{text}}</i>"), named: "part")
        library.register(
            try MustacheTemplate(string: HTMLContent.pragma + "{{<base}}{{$body}}{{text}}{{>part}}{{/body}}{{/base}}"), named: "page")
        #expect(library.render(["text": "\"\u{301}"], withTemplate: "page") == "<p>&quot;\u{301}<i>&quot;\u{301}</i></p>")
    }
}
