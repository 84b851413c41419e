import Testing
@testable import VettedTemplates

/// The static field check: names, transforms and list functions against schemas.
@Suite struct FieldCheckTests {
    static let product: TemplateSchema = .object([
        TemplateField(name: "name", schema: .text, doc: "The product's name."),
        TemplateField(name: "vendor", schema: .text, doc: "Who makes it."),
        TemplateField(name: "score", schema: .number, doc: "Out of 10."),
        TemplateField(name: "tags", schema: .list(.object([TemplateField(name: "name", schema: .text, doc: "")])), doc: ""),
        TemplateField(name: "summary_html", schema: .html, doc: ""),
        TemplateField(name: "featured", schema: .flag, doc: ""),
    ])
    static let root: TemplateSchema = .object([
        TemplateField(name: "product", schema: product, doc: "The product reviewed."),
        TemplateField(name: "title", schema: .text, doc: "The page's title."),
    ])

    /// The problems of checking `main` (with other templates) against ``root``, as `path:line:column: message`.
    private func check(_ text: String, _ others: [(name: String, text: String)] = [], root: TemplateSchema = root) -> [String] {
        guard let library = compile([("main", text)] + others) else { return ["(does not compile)"] }
        return library.check("main", root: root).map(\.description)
    }

    @Test func aMisspeltFieldIsReportedWithASuggestion() {
        #expect(check("<p>\n  {{product.vendr}}</p>") == [
            "templates/main.mustache:2:3: 'product.vendr': product has no field 'vendr' (did you mean 'vendor'?)"
        ])
        #expect(check("{{prodct.name}}") == ["templates/main.mustache:1:1: 'prodct.name': no value here has a field 'prodct' (did you mean 'product'?)"])
        #expect(check("{{#product}}{{vender}}{{/product}}") == ["templates/main.mustache:1:13: 'vender': no value here has a field 'vender' (did you mean 'vendor'?)"])
        #expect(check("{{nothing}}") == ["templates/main.mustache:1:1: 'nothing': no value here has a field 'nothing'"])
    }

    @Test func namesResolveThroughTheStackAsWhenRendering() {
        #expect(check("{{#product}}{{name}} {{title}} {{product.vendor}} {{.name}}{{#tags}}{{name}}{{vendor}}{{/tags}}{{/product}}").isEmpty)
        #expect(check("{{#product}}{{.title}}{{/product}}") == ["templates/main.mustache:1:13: '.title': the current value has no field 'title'"])
        #expect(check("{{title.x}}") == ["templates/main.mustache:1:1: 'title.x': title is text, which has no fields"])
        // A section over a missing name is not walked, to avoid reporting its content too.
        #expect(check("{{#prodcut}}{{name}}{{/prodcut}}") == ["templates/main.mustache:1:1: 'prodcut': no value here has a field 'prodcut' (did you mean 'product'?)"])
    }

    @Test func transformsMustApplyToTheirValue() {
        #expect(check("{{^empty(product.tags)}}{{count(product.tags)}}{{uppercased(title)}}{{plusone(product.score)}}{{/empty(product.tags)}}").isEmpty)
        #expect(check("{{#first(product.tags)}}{{name}}{{/first(product.tags)}}{{#reversed(product.tags)}}{{name}}{{/reversed(product.tags)}}").isEmpty)
        #expect(check("{{uppercased(product.tags)}}") == [
            "templates/main.mustache:1:1: 'uppercased(product.tags)': uppercased does not apply to product.tags, which is a list of objects; it applies to text"
        ])
        #expect(check("{{#empty(product.featured)}}{{/empty(product.featured)}}") == [
            "templates/main.mustache:1:1: 'empty(product.featured)': empty does not apply to product.featured, which is a flag; it applies to text, lists and objects"
        ])
        #expect(check("{{uppercased(count(product.tags))}}") == [
            "templates/main.mustache:1:1: 'uppercased(count(product.tags))': uppercased does not apply to count(product.tags), which is a number; it applies to text"
        ])
    }

    @Test func listFunctionsOnlyInsideAListSection() {
        #expect(check("{{#product.tags}}{{name}}{{^last()}}, {{/last()}}{{index()}}{{#product}}{{/product}}{{/product.tags}}").isEmpty)
        #expect(check("{{^last()}}, {{/last()}}") == [
            "templates/main.mustache:1:1: 'last()': last() is only available in a section over a list, e.g. {{#page.tags}}…{{^last()}}, {{/last()}}…{{/page.tags}}"
        ])
        // An object section starts a new context, as when rendering.
        #expect(check("{{#product.tags}}{{#product}}{{index()}}{{/product}}{{/product.tags}}") == [
            "templates/main.mustache:1:30: 'index()': index() is only available in a section over a list, e.g. {{#page.tags}}…{{^last()}}, {{/last()}}…{{/page.tags}}"
        ])
        #expect(check("{{#product.tags}}{{empty()}}{{/product.tags}}") == [
            "templates/main.mustache:1:18: 'empty()': empty() is not a list position; use first(), last(), index(), even() or odd()"
        ])
    }

    @Test func printingAListOrAnObjectIsReported() {
        #expect(check("{{product.tags}} {{{product}}}") == [
            "templates/main.mustache:1:1: 'product.tags' is a list of objects, which prints as a debugging dump: show its parts with {{#product.tags}}…{{/product.tags}}",
            "templates/main.mustache:1:18: 'product' is an object, which prints as a debugging dump: show its parts with {{#product}}…{{/product}}",
        ])
        #expect(check("{{{product.summary_html}}} {{product.summary_html}} {{{title}}}").isEmpty)
    }

    @Test func partialsParentsAndBlocksAreCheckedWhereTheyAreRendered() {
        let others: [(name: String, text: String)] = [
            ("partials/tag", "<li>{{name}}{{nmae}}</li>"),
            ("base", "<h1>{{title}}</h1>{{$content}}{{/content}}{{#product}}{{$inner}}{{/inner}}{{/product}}"),
        ]
        let found = check("{{<base}}{{$content}}{{#product.tags}}{{>partials/tag}}{{/product.tags}}{{/content}}{{$inner}}{{vendor}}{{titel}}{{/inner}}{{/base}}", others)
        #expect(found == [
            // The filling of `inner` is checked where base renders it: inside product.
            "templates/main.mustache:1:105: 'titel': no value here has a field 'titel' (did you mean 'title'?)",
            // The partial is checked inside a tag of the list, once.
            "templates/partials/tag.mustache:1:13: 'nmae': no value here has a field 'nmae' (did you mean 'name'?)",
        ])
    }

    @Test func anUnknownTemplateIsAProblem() throws {
        let library = try #require(compile([("main", "x")]))
        #expect(library.check("nope", root: Self.root).map(\.message) == ["there is no template 'nope'"])
    }

    @Test func theDefaultReviewTemplateAgainstTheShapeOfItsValue() throws {
        let library = try #require(compile(ThemeFixtures.templates))
        let schema = Self.schema(of: ThemeFixtures.review)
        // What the hand-made review leaves out, found through base, the blocks and the partials.
        #expect(library.check("review", root: schema).map(\.description) == [
            "templates/base.mustache:11:1: 'page.noindex': page has no field 'noindex'",
            "templates/base.mustache:30:1: 'page.modified_time': page has no field 'modified_time'",
            "templates/base.mustache:38:1: 'page.prev_url': page has no field 'prev_url'",
            "templates/base.mustache:41:1: 'page.next_url': page has no field 'next_url'",
            "templates/review.mustache:109:110: 'score_withheld': no value here has a field 'score_withheld'",
            "templates/review.mustache:126:42: 'rel': no value here has a field 'rel'",
            "templates/partials/cites.mustache:1:77: 'rel': no value here has a field 'rel'",
        ])
        // With a field taken away, its uses are reported where they are, in the partial too.
        guard case .object(var fields) = schema, let page = fields.firstIndex(where: { $0.name == "page" }),
            case .object(var pageFields) = fields[page].schema
        else { throw CheckError.unexpectedSchema }
        pageFields.removeAll { $0.name == "faq" }
        fields[page] = TemplateField(name: "page", schema: .object(pageFields), doc: "")
        let withoutFAQ = library.check("review", root: .object(fields)).map(\.description)
        // The content of a section over a missing name is not walked, so the mistake is reported once.
        #expect(withoutFAQ.filter { $0.contains("faq") } == ["templates/review.mustache:92:1: 'page.faq': page has no field 'faq'"])
    }

    private enum CheckError: Error { case unexpectedSchema }

    /// The schema a value has (lists take the fields of all their elements).
    static func schema(of value: TemplateValue) -> TemplateSchema {
        switch value {
        case .text: return .text
        case .bool: return .flag
        case .int: return .number
        case .list(let items): return .list(items.map(schema(of:)).reduce(TemplateSchema.object([]), merge))
        case .object(let fields):
            return .object(fields.keys.sorted().compactMap { key in
                fields[key].map { TemplateField(name: key, schema: schema(of: $0), doc: "") }
            })
        }
    }

    private static func merge(_ a: TemplateSchema, _ b: TemplateSchema) -> TemplateSchema {
        if case .list(let left) = a, case .list(let right) = b { return .list(merge(left, right)) }
        guard case .object(let left) = a, case .object(let right) = b else { return b }
        var fields = left
        for field in right {
            if let index = fields.firstIndex(where: { $0.name == field.name }) {
                fields[index] = TemplateField(name: field.name, schema: merge(fields[index].schema, field.schema), doc: "")
            } else {
                fields.append(field)
            }
        }
        return .object(fields)
    }
}
