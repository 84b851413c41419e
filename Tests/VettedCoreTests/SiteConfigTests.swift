import Foundation
import Testing
@testable import VettedCore
import VettedTestSupport

@Suite struct SiteConfigTests {
    private func messages(siteYAML: String) throws -> [String] {
        let site = try TestSite(files: ["site.yaml": siteYAML, "content/reviews/kimi-ai.md": TestSite.review()])
        defer { site.cleanUp() }
        return try site.messages()
    }

    @Test func unknownSiteKeyIsAnErrorWithASuggestion() throws {
        let yaml = TestSite.siteYAML + "stale_after: 90\n"
        #expect(try messages(siteYAML: yaml) == [
            "site.yaml:6:1: error: unknown key 'stale_after' in site.yaml; did you mean 'stale_after_days'?"
        ])
    }

    @Test func titleAndBaseURLAreRequired() throws {
        #expect(try messages(siteYAML: "language: en\n") == [
            "site.yaml:1:1: error: missing required key 'base_url' in site.yaml",
            "site.yaml:1:1: error: missing required key 'title' in site.yaml",
        ])
    }

    @Test func baseURLMustBeAbsolute() throws {
        let yaml = TestSite.siteYAML.replacing("base_url: https://reviews.example.org/", "base_url: /reviews/")
        #expect(try messages(siteYAML: yaml) == [
            "site.yaml:2:11: error: 'base_url' must be an absolute http:// or https:// URL, not '/reviews/'"
        ])
    }

    @Test func languageMustBeALanguageTag() throws {
        #expect(try messages(siteYAML: TestSite.siteYAML + "language: English!\n") == [
            "site.yaml:6:11: error: 'language' must be a BCP 47 language tag such as en or fr-CA, not 'English!'"
        ])
    }

    @Test func aVerdictToneMustBeKnown() throws {
        let yaml = TestSite.siteYAML + "verdicts:\n  - {key: caution, label: Careful, tone: orange}\n"
        #expect(try messages(siteYAML: yaml) == [
            "site.yaml:7:42: error: 'tone' must be one of good, ok, warn, bad, not 'orange'"
        ])
    }

    @Test func authorLinksCannotBeScripts() throws {
        let yaml = TestSite.siteYAML.replacing("url: /about/", "url: \"javascript:alert(1)\"")
        #expect(try messages(siteYAML: yaml) == [
            "site.yaml:4:47: error: 'url' must be an http(s) URL or a path starting with /, not 'javascript:alert(1)'"
        ])
    }

    @Test func aLinkWithATabCannotEscapeTheSite() throws {
        let yaml = TestSite.siteYAML.replacing("url: /about/", "url: \"/\\t/evil.example\"")
        #expect(try messages(siteYAML: yaml) == [
            "site.yaml:4:47: error: 'url' must be an http(s) URL or a path starting with /, not '/\t/evil.example'"
        ])
    }

    @Test func baseURLCannotHaveAQuery() throws {
        let yaml = TestSite.siteYAML.replacing("base_url: https://reviews.example.org/", "base_url: https://reviews.example.org/?x=1")
        #expect(try messages(siteYAML: yaml) == [
            "site.yaml:2:11: error: 'base_url' cannot have a query or fragment, not 'https://reviews.example.org/?x=1'"
        ])
    }

    @Test func aRubricDefinedTwiceIsAnError() throws {
        let site = try TestSite(files: [
            "content/reviews/kimi-ai.md": TestSite.review(),
            "content/rubrics/ai-assistant.yml": TestSite.rubric,
        ])
        defer { site.cleanUp() }
        #expect(try site.messages() == [
            "content/rubrics/ai-assistant.yml:1:1: error: rubric 'ai-assistant' is already defined by \(site.root)/content/rubrics/ai-assistant.yaml"
                .replacingOccurrences(of: site.root + "/", with: "")
        ])
    }

    @Test func verdictLabelsAndTonesHaveDefaults() throws {
        let yaml = TestSite.siteYAML + "verdicts:\n  - {key: caution}\n"
        #expect(try messages(siteYAML: yaml) == [])
    }

    @Test func aMissingSiteFileIsAnError() throws {
        let site = try TestSite(files: ["content/reviews/kimi-ai.md": TestSite.review()])
        defer { site.cleanUp() }
        try site.remove("site.yaml")
        #expect(try site.messages() == [
            "site.yaml:1:1: error: site.yaml is missing: every site needs one with at least 'title' and 'base_url'"
        ])
    }

    @Test func defaultsFillEverythingButTitleAndBaseURL() throws {
        let site = try TestSite(files: [
            "site.yaml": "title: Minimal\nbase_url: https://example.org/blog\n",
            "content/reviews/kimi-ai.md": TestSite.review().replacing("author: jeremy\n", ""),
        ])
        defer { site.cleanUp() }
        #expect(try site.messages() == [])
        let html = try site.read("reviews/kimi-ai/index.html")
        #expect(html.contains(#"<html lang="en">"#))
        #expect(html.contains("Minimal: USE WITH CAUTION"))
        #expect(html.contains(#"<link rel="canonical" href="https://example.org/blog/reviews/kimi-ai/">"#))
        #expect(html.contains(#"href="/blog/assets/style.css""#))
    }
}
