import Testing
@testable import VettedCore
import VettedTestSupport

/// No front matter string can inject markup into a page.
@Suite struct EscapingTests {
    static let attack = "<script>alert(1)</script>\\\" onmouseover=\\\"x"

    @Test func everyFrontMatterStringIsEscaped() throws {
        let a = Self.attack
        let review = """
            ---
            title: "T \(a)"
            description: "D \(a)"
            product:
              name: "N \(a)"
              vendor: "V \(a)"
              url: https://www.kimi.com
              category: ai-assistant
            verdict:
              rating: caution
              summary: "S \(a)"
              warning: true
            published: 2026-06-10
            reviewed: 2026-06-09
            author: evil
            tags: ["G \(a)"]
            scorecard:
              rubric: ai-assistant
              answers:
                training: {option: default-on, sources: [policy], note: "O \(a)"}
                retention: {option: forever, sources: [policy]}
            history:
              - {date: 2026-06-12, rating: caution, note: "H \(a)"}
            comparisons:
              - title: "C \(a)"
                columns: ["K \(a)", "L \(a)"]
                rows:
                  - ["R \(a)", {text: "X \(a)", tone: bad, source: policy}]
            sources:
              - id: policy
                title: "P \(a)"
                url: https://platform.moonshot.ai/docs/privacy
                kind: privacy-policy
                retrieved: 2026-06-09
            faq:
              - {q: "Q \(a)", a: "A \(a)", sources: [policy]}
            affiliate:
              links:
                - {id: p, label: "F \(a)", url: "https://partner.example.net/"}
              disclosure: "Z \(a)"
            alternatives:
              - {name: "M \(a)", url: "https://example.org/", note: "E \(a)"}
            ---
            ## Heading <script>alert(1)</script>

            Body <script>alert(1)</script> <img src=x onerror=alert(1)>
            """
        let site = try TestSite(files: [
            "site.yaml": TestSite.siteYAML.replacing("jeremy: {name: Jérémy, bio: Reviewer., url: /about/}",
                "evil: {name: \"W \(a)\", bio: \"B \(a)\"}\n  jeremy: {name: J}"),
            "content/reviews/kimi-ai.md": review,
        ])
        defer { site.cleanUp() }
        // The raw HTML of the Markdown strings and body is left out, with a warning on each of its lines.
        let messages = try site.messages()
        #expect(messages.count == 7, "\(messages)")
        #expect(messages.allSatisfy { $0.contains("warning: raw HTML is left out") }, "\(messages)")
        let html = try site.read("reviews/kimi-ai/index.html")
        // The one script element is the JSON-LD data block, and nothing closes it early.
        #expect(html.ranges(of: "<script").count == 1)
        #expect(html.contains(#"<script type="application/ld+json">{"@context""#))
        #expect(html.ranges(of: "</script>").count == 1)
        #expect(html.contains(#""name":"T \u003cscript\u003ealert(1)\u003c/script\u003e\" onmouseover=\"x""#))
        #expect(!html.contains("onerror"))
        // Outside the JSON-LD block (where a quote is escaped as \") no attribute is let out.
        let start = try #require(html.firstRange(of: "<script"))
        let end = try #require(html.firstRange(of: "</script>"))
        let markup = html[..<start.lowerBound] + html[end.upperBound...]
        #expect(markup.contains("og:title"))
        #expect(!markup.contains("\" onmouseover"))
        #expect(!html.contains("javascript:"))
        // Every plain string reached the page, escaped.
        for marker in ["T", "D", "N", "V", "G", "C", "K", "L", "R", "X", "P", "Q", "Z", "M", "W", "B"] {
            #expect(html.contains("\(marker) &lt;script&gt;alert(1)&lt;/script&gt;"), "\(marker) is missing or unescaped")
        }
        // Markdown strings (summary, notes, answers) drop raw HTML instead.
        for marker in ["S", "O", "H", "A", "E"] {
            #expect(html.contains("\(marker) <!-- raw HTML omitted -->alert(1)<!-- raw HTML omitted -->&quot; onmouseover=&quot;x"))
        }
        // Every other page that shows front matter strings.
        let others = try site.snapshot().filter { $0.key != "reviews/kimi-ai/index.html" }
        #expect(others.count > 10)
        for (path, data) in others {
            let text = String(decoding: data, as: UTF8.self)
            #expect(!text.contains("<script"), "\(path) contains a script element")
            // In JSON files a quote is escaped as \", which is not markup.
            if !path.hasSuffix(".json") {
                #expect(!text.contains("\" onmouseover"), "\(path) lets an attribute out")
            }
        }
        #expect(try site.read("tags/index.html").contains("G &lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(try site.read("badges/kimi-ai.svg").contains("<title>Test Reviews: USE WITH CAUTION</title>"))
    }
}
