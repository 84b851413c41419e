import Foundation
import Testing
@testable import VettedCore
import VettedTestSupport

@Suite struct ThemeTests {
    @Test func aTemplateParseErrorNamesTheTemplateAndLine() throws {
        let site = try TestSite(files: ["content/reviews/kimi-ai.md": TestSite.review()])
        defer { site.cleanUp() }
        try site.write(Array("{{<base}}\n{{$content}}\n{{#page}}x{{/pages}}\n{{/content}}\n{{/base}}\n".utf8), to: "templates/page.mustache")
        #expect(try site.messages() == [
            "templates/page.mustache:3:11: error: section 'page' opened at 3:1 is closed with 'pages': close it with {{/page}}"
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
            "templates/partials/loop.mustache:2:1: error: 'partials/loop' includes itself through partials/loop → partials/badge → partials/loop; templates cannot recurse"
        ])
    }

    @Test func aPartialThatPullsItsCallersParentBackInIsAnErrorNotACrash() throws {
        // compare fills base's content block with badges; a badge that includes the
        // review page renders base, whose content block is compare's again: endless.
        let site = try TestSite(files: ["content/reviews/kimi-ai.md": TestSite.review()])
        defer { site.cleanUp() }
        let badge = try String(contentsOfFile: TestSite.templates + "/partials/badge-short.mustache", encoding: .utf8)
        try site.write(Array((badge + "{{>review}}\n").utf8), to: "templates/partials/badge-short.mustache")
        let messages = try site.messages()
        #expect(messages.contains(
            "templates/compare.mustache:2:1: error: 'compare' fills the block 'content' with content that leads through partials/badge-short → "
                + "review → base back to the block 'content', which would render forever; templates cannot recurse"), "\(messages)")
        #expect(messages.allSatisfy { $0.contains("templates cannot recurse") })
    }

    @Test func theCardPartialSeesOnlyTheCardAndTheSite() throws {
        // A card is rendered once per review and shown on many pages, so it cannot read `page`.
        let site = try TestSite(files: ["content/reviews/kimi-ai.md": TestSite.review()])
        defer { site.cleanUp() }
        let card = try String(contentsOfFile: TestSite.templates + "/partials/card.mustache", encoding: .utf8)
        try site.write(Array((card + "{{page.title}} {{site.title}}\n").utf8), to: "templates/partials/card.mustache")
        #expect(try site.messages() == [
            "templates/partials/card.mustache:13:1: error: 'page.title': no value here has a field 'page'"
        ])
    }

    @Test func aBlockFilledWithItsOwnParentIsAnError() throws {
        let site = try TestSite(files: ["content/reviews/kimi-ai.md": TestSite.review()])
        defer { site.cleanUp() }
        try site.write(Array("{{<base}}\n{{$content}}<h1>{{page.title}}</h1>{{>base}}{{/content}}\n{{/base}}\n".utf8), to: "templates/terms.mustache")
        #expect(try site.messages() == [
            "templates/terms.mustache:2:1: error: 'terms' fills the block 'content' with content that leads through base back to "
                + "the block 'content', which would render forever; templates cannot recurse"
        ])
    }

    @Test(arguments: ["{{=<% %>=}}\n<b><%> partials/badge%></b>\n", "{{=<%\u{A0}%>=}}\n"])
    func setDelimiterTagsWork(template: String) throws {
        let site = try TestSite(files: ["content/reviews/kimi-ai.md": TestSite.review()])
        defer { site.cleanUp() }
        try site.write(Array(template.utf8), to: "templates/partials/card.mustache")
        #expect(try site.messages() == [])
    }

    @Test func setDelimiterTagsCannotHideARecursion() throws {
        let site = try TestSite(files: ["content/reviews/kimi-ai.md": TestSite.review()])
        defer { site.cleanUp() }
        try site.write(Array("{{=<% \n%>=}}\n<%! hi %><%> partials/card %>\n%>\n".utf8), to: "templates/partials/card.mustache")
        #expect(try site.messages() == [
            "templates/partials/card.mustache:3:10: error: 'partials/card' includes itself through partials/card → partials/card; templates cannot recurse"
        ])
    }

    @Test func whiteSpaceBeforeASigilDoesNotHideAPartial() throws {
        let site = try TestSite(files: ["content/reviews/kimi-ai.md": TestSite.review()])
        defer { site.cleanUp() }
        try site.write(Array("<b>{{\n> partials/badge}}</b>\n".utf8), to: "templates/partials/badge.mustache")
        // A tag broken over two lines is refused, so it cannot hide a partial.
        #expect(try site.messages() == [
            "templates/partials/badge.mustache:1:4: error: '{{' is followed by a line break: a tag is written on one line, like "
                + "{{page.title}} (to show '{{' itself, change the delimiters: {{=<% %>=}})"
        ])
    }

    @Test(arguments: [
        ("<b>{{>*name}}</b>\n", "templates/partials/badge.mustache:1:4: error: dynamic partials ('{{>*name}}') are not supported: name the template, e.g. {{>partials/card}}"),
    ])
    func templatesTheCheckCannotFollowAreErrors(template: String, message: String) throws {
        let site = try TestSite(files: ["content/reviews/kimi-ai.md": TestSite.review()])
        defer { site.cleanUp() }
        try site.write(Array(template.utf8), to: "templates/partials/badge.mustache")
        #expect(try site.messages() == [message])
    }

    @Test func templatesWithCRLFLineEndingsReportTrueColumns() throws {
        let site = try TestSite(files: ["content/reviews/kimi-ai.md": TestSite.review()])
        defer { site.cleanUp() }
        try site.write(Array("<p>\r\n<p>\r\n  {{> nope}}\r\n".utf8), to: "templates/page.mustache")
        #expect(try site.messages() == [
            "templates/page.mustache:3:3: error: unknown partial 'nope': there is no templates/nope.mustache"
        ])
    }

    @Test func aSiteWithoutTemplatesUsesTheDefaultTheme() throws {
        let site = try TestSite(files: ["content/reviews/kimi-ai.md": TestSite.review()], templates: false)
        defer { site.cleanUp() }
        #expect(try site.messages() == [])
        #expect(try site.read("reviews/kimi-ai/index.html").contains(#"<section id="verdict""#))
        #expect(try site.read("assets/style.css").contains("prefers-color-scheme: dark"))
    }

    @Test func aSitesOwnAssetReplacesTheDefaultOne() throws {
        let site = try TestSite(files: ["content/reviews/kimi-ai.md": TestSite.review()], templates: false)
        defer { site.cleanUp() }
        try site.write(Array("body { color: red; }\n".utf8), to: "templates/assets/style.css")
        #expect(try site.messages() == [])
        #expect(try site.read("assets/style.css") == "body { color: red; }\n")
        #expect(try site.read("assets/favicon.svg").hasPrefix("<svg"))
    }

    @Test func theEmbeddedThemeMatchesTemplates() throws {
        let folder = TestSite.templates
        var onDisk: [String: String] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder)
        while let path = enumerator?.nextObject() as? String {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder + "/" + path, isDirectory: &isFolder), !isFolder.boolValue,
                !path.split(separator: "/").contains(where: { $0.hasPrefix(".") })
            {
                onDisk[path] = try String(contentsOfFile: folder + "/" + path, encoding: .utf8)
            }
        }
        let embedded = Dictionary(uniqueKeysWithValues: DefaultTheme.allFiles.map { ($0.path, $0.text) })
        #expect(embedded.keys.sorted() == onDisk.keys.sorted(), "run scripts/embed-theme")
        for (path, text) in onDisk {
            #expect(embedded[path] == text, "\(path) differs from the embedded copy: run scripts/embed-theme")
        }
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
