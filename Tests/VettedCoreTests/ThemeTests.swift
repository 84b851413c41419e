import Testing
@testable import VettedCore

@Suite struct ThemeTests {
    @Test func aTemplateParseErrorNamesTheTemplateAndLine() throws {
        let site = try TestSite(files: ["content/reviews/kimi-ai.md": TestSite.review()])
        defer { site.cleanUp() }
        try site.write(Array("{{<base}}\n{{$content}}\n{{#page}}x{{/pages}}\n{{/content}}\n{{/base}}\n".utf8), to: "templates/page.mustache")
        #expect(try site.messages() == [
            "templates/page.mustache:3:14: error: template error: a section is closed with a different name than it was opened"
        ])
    }

    @Test func anUnknownPartialIsAnError() throws {
        let site = try TestSite(files: ["content/reviews/kimi-ai.md": TestSite.review()])
        defer { site.cleanUp() }
        try site.write(Array("{{<base}}\n{{$content}}\n  {{> partials/missing}}\n{{/content}}\n{{/base}}\n".utf8), to: "templates/page.mustache")
        #expect(try site.messages() == [
            "templates/page.mustache:3:3: error: unknown partial 'partials/missing': there is no templates/partials/missing.mustache"
        ])
    }

    @Test func aTemplateThatIncludesItselfIsAnErrorNotACrash() throws {
        let site = try TestSite(files: ["content/reviews/kimi-ai.md": TestSite.review()])
        defer { site.cleanUp() }
        try site.write(Array("<b>{{> partials/loop}}</b>\n".utf8), to: "templates/partials/badge.mustache")
        try site.write(Array("\n{{>partials/badge}}\n".utf8), to: "templates/partials/loop.mustache")
        #expect(try site.messages() == [
            "templates/partials/loop.mustache:2:1: error: 'partials/loop' includes itself through partials/badge → partials/loop → partials/badge; templates cannot recurse"
        ])
    }

    @Test func templatesWithCRLFLineEndingsReportTrueColumns() throws {
        let site = try TestSite(files: ["content/reviews/kimi-ai.md": TestSite.review()])
        defer { site.cleanUp() }
        try site.write(Array("<p>\r\n<p>\r\n  {{> nope}}\r\n".utf8), to: "templates/page.mustache")
        #expect(try site.messages() == [
            "templates/page.mustache:3:3: error: unknown partial 'nope': there is no templates/nope.mustache"
        ])
    }

    @Test func aMissingRequiredTemplateIsAnError() throws {
        let site = try TestSite(files: ["content/reviews/kimi-ai.md": TestSite.review()])
        defer { site.cleanUp() }
        try site.remove("templates/home.mustache")
        #expect(try site.messages() == ["templates/home.mustache:1:1: error: the theme has no 'home' template"])
    }

    @Test func aSitesOwnTemplateIsUsed() throws {
        let site = try TestSite(files: ["content/reviews/kimi-ai.md": TestSite.review()])
        defer { site.cleanUp() }
        try site.write(Array("<p>{{site.title}}: {{#page.reviews}}{{title}}{{/page.reviews}}</p>\n".utf8), to: "templates/home.mustache")
        #expect(try site.messages() == [])
        #expect(try site.read("index.html") == "<p>Test Reviews: Kimi AI privacy review</p>\n")
    }
}

@Suite struct SuggestionTests {
    @Test func closeWordsAreSuggested() {
        #expect(Suggestion.closest(to: "titel", in: ["title", "tags"]) == "title")
        #expect(Suggestion.closest(to: "stale_after", in: ["stale_after_days", "feeds"]) == "stale_after_days")
        #expect(Suggestion.closest(to: "zzz", in: ["title", "tags"]) == nil)
    }
}
