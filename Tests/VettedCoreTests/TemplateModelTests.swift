import Foundation
import Mustache
import MustacheOracle
import Testing
import VettedTemplates
@testable import VettedCore
import VettedTestSupport

/// The page models, their schemas, the generated data reference, and Vetted's engine
/// against swift-mustache on every page of the sample site.
@Suite struct TemplateModelTests {
    struct SamplePage {
        let name: String
        let template: String
        let value: TemplateValue
    }

    /// The sample site planned as `vetted build` plans it.
    static func sampleContext() throws -> RenderContext {
        let options = BuildOptions(today: Timestamp("2026-06-20"))
        let (report, context) = try Builder(site: Repository.root.path, options: options).prepare()
        return try #require(context, "\(report.diagnostics)")
    }

    /// Every template and the values it is rendered with, for every page of the sample site.
    static func samplePages(_ context: RenderContext) -> [SamplePage] {
        func root(_ page: TemplateValue, alias: String? = nil) -> TemplateValue {
            TemplateRoot.value(site: context.siteValue, page: page, alias: alias)
        }
        var pages = context.reviews.map { review in
            SamplePage(
                name: review.slug.value, template: "review",
                value: root(ReviewPage(review: review, context: context).model(log: DiagnosticLog(path: review.path)).templateValue, alias: "review"))
        }
        let renderer = SiteRenderer(context: context)
        pages += context.pages.map { page in
            SamplePage(name: page.slug.value, template: "page", value: root(renderer.pageModel(page, log: DiagnosticLog(path: page.path)).templateValue))
        }
        let listings = ListingPages(context: context)
        pages += listings.listings().map { SamplePage(name: $0.file, template: $0.template, value: root($0.page)) }
        pages += context.site.rubrics.map { rubric in
            SamplePage(
                name: rubric.key, template: "rubric",
                value: root(RubricPages(context: context).model(rubric, log: DiagnosticLog(path: rubric.path)).templateValue))
        }
        let search = SearchModel(urls: context.urls)
        pages.append(SamplePage(name: "search", template: "search", value: root(search.templateValue)))
        pages.append(SamplePage(name: "home", template: "home", value: root(renderer.homeModel().templateValue)))
        pages.append(SamplePage(name: "404", template: "404", value: root(listings.notFound().templateValue)))
        return pages
    }

    /// Where a value does not fit its schema: a field the schema does not name, or a
    /// value of another kind.
    static func misfits(_ value: TemplateValue, _ schema: TemplateSchema, at path: String) -> [String] {
        switch (value, schema) {
        case (.text, .text), (.text, .html), (.bool, .flag), (.int, .number):
            return []
        case (.list(let items), .list(let element)):
            return items.flatMap { misfits($0, element, at: path + "[]") }
        case (.object(let fields), .object):
            return fields.keys.sorted().flatMap { key -> [String] in
                guard let field = schema.field(key), let item = fields[key] else { return ["\(path).\(key) is not in the schema"] }
                return misfits(item, field.schema, at: path + "." + key)
            }
        default:
            return ["\(path) is \(value) where the schema says \(schema)"]
        }
    }

    @Test func everyPageOfTheSampleSiteFitsItsTemplatesSchema() throws {
        let context = try Self.sampleContext()
        let pages = Self.samplePages(context)
        #expect(Set(pages.map(\.template)) == Set(TemplateSchemas.templates.map(\.template)))
        for page in pages {
            let schema = try #require(TemplateSchemas.root(page.template))
            #expect(Self.misfits(page.value, schema, at: page.template) == [], "\(page.name)")
        }
    }

    @Test func aValueOutsideTheSchemaIsFound() {
        let schema = TemplateSchema.object([TemplateField(name: "title", schema: .text, doc: "")])
        #expect(Self.misfits(.object(["title": .text("x"), "titel": .text("y")]), schema, at: "page") == ["page.titel is not in the schema"])
        #expect(Self.misfits(.object(["title": .list([])]), schema, at: "page").count == 1)
    }

    /// The differential test: the engine and swift-mustache render every template of
    /// the theme over every page of the sample site to the same bytes.
    @Test func theEngineRendersEveryPageAsSwiftMustacheDoes() throws {
        let context = try Self.sampleContext()
        let oracle = try MustacheOracle.library(context.theme.sources.map { ($0.name, $0.text) })
        let pages = Self.samplePages(context)
        #expect(pages.count > 25)
        for page in pages {
            let ours = context.theme.render(page.template, page.value)
            let theirs = oracle.render(MustacheOracle.value(page.value), withTemplate: page.template) ?? "(no output)"
            #expect(ours == theirs, "\(page.name) (\(page.template)) renders differently")
            #expect(ours.count > 1_000)
        }
    }

    static let docs = Repository.root.appendingPathComponent("docs/theming.md").path
    static let startMarker = "<!-- The data reference below is generated from the page models"
    static let endMarker = "<!-- End of the generated data reference. -->"

    /// The reference as it should read between the markers.
    static func reference() -> String {
        func section(_ schema: TemplateSchema, _ title: String) -> String {
            "##" + schema.reference(title: title) + "\n"
        }
        var text = "\(startMarker): `UPDATE_DOCS=1 swift test --filter theDataReference` writes it again. -->\n\n"
        text += section(.object([TemplateField(name: "site", schema: TemplateSchemas.site, doc: "The site.")]), "Every template")
        for entry in TemplateSchemas.templates {
            guard let root = TemplateSchemas.root(entry.template), let page = root.field("page") else { continue }
            let alias = root.field("review") == nil ? "" : " The review is also `review`."
            text += section(.object([page]), "`\(entry.template).mustache`: \(entry.about)\(alias)")
        }
        return text + endMarker
    }

    @Test func theDataReferenceInTheDocsIsUpToDate() throws {
        let current = try String(contentsOfFile: Self.docs, encoding: .utf8)
        let start = try #require(current.range(of: Self.startMarker), "docs/theming.md has no generated data reference")
        let end = try #require(current.range(of: Self.endMarker))
        let expected = Self.reference()
        if ProcessInfo.processInfo.environment["UPDATE_DOCS"] == "1" {
            let updated = current[..<start.lowerBound] + expected + current[end.upperBound...]
            try updated.write(toFile: Self.docs, atomically: true, encoding: .utf8)
            return
        }
        #expect(String(current[start.lowerBound..<end.upperBound]) == expected, "run UPDATE_DOCS=1 swift test --filter theDataReference")
    }

    @Test func aMisspeltFieldIsAnErrorAtItsTagWithASuggestion() throws {
        let site = try TestSite(files: [
            "content/reviews/kimi-ai.md": TestSite.review(),
            "templates/partials/card.mustache": "<li>\n{{titel}} {{product.name}}\n</li>\n",
        ])
        defer { site.cleanUp() }
        let messages = try site.messages()
        #expect(messages.contains { $0.hasPrefix("templates/partials/card.mustache:2:1: error: ") && $0.contains("did you mean 'title'?") })
        #expect(!FileManager.default.fileExists(atPath: site.output))
    }

    /// Bad templates: every problem of every file in one run, nothing written.
    @Test func everyTemplateProblemIsReportedInOneRunAndNothingIsWritten() throws {
        let site = try TestSite(files: [
            "content/reviews/kimi-ai.md": TestSite.review(),
            "templates/page.mustache": "{{<base}}{{$content}}{{#page.toc}}<li>{{text}}</li>{{/content}}{{/base}}\n",
            "templates/terms.mustache": "{{<base}}{{$content}}{{#page.terms}}{{name}}{{/page.term}}{{/content}}{{/base}}\n",
            "templates/list.mustache": "{{<base}}{{$content}}{{>partials/crd}}{{/content}}{{/base}}\n",
            "templates/404.mustache": "{{<base}}{{$content}}{{page.titel}}{{/content}}{{/base}}\n",
        ])
        defer { site.cleanUp() }
        let messages = try site.messages()
        for file in ["page", "terms", "list", "404"] {
            #expect(messages.contains { $0.hasPrefix("templates/\(file).mustache:1:") && $0.contains(": error: ") }, "\(file): \(messages)")
        }
        #expect(messages.contains { $0.contains("did you mean 'partials/card'?") })
        #expect(!FileManager.default.fileExists(atPath: site.output))
    }
}
