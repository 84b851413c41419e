import Mustache
import Testing
@testable import VettedTemplates

/// Every problem the compiler reports, with its wording and place; and for malformed
/// Mustache, that swift-mustache refuses the template too.
@Suite struct ProblemTests {
    /// Expects exactly these problems (`line:column: message`) in a template named `main`.
    private func expectProblems(
        _ text: String, _ expected: [String], partials: [(name: String, text: String)] = [],
        swiftMustacheRefuses: Bool = true, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(problems(in: text, partials: partials) == expected, sourceLocation: sourceLocation)
        let refused: Bool
        switch Oracle.library([("main", text)] + partials) {
        case .success: refused = false
        case .failure: refused = true
        }
        #expect(refused == swiftMustacheRefuses, "swift-mustache on \(text.debugDescription)", sourceLocation: sourceLocation)
    }

    @Test func sectionClosedWithAnotherName() {
        expectProblems(
            "line one\n\n  {{#page.faq}}\n{{/page.faqs}}",
            ["4:1: section 'page.faq' opened at 3:3 is closed with 'page.faqs': close it with {{/page.faq}}"])
        expectProblems(
            "{{^empty(page.toc)}}x{{/page.toc}}",
            ["1:22: inverted section 'empty(page.toc)' opened at 1:1 is closed with 'page.toc': close it with {{/empty(page.toc)}}"])
    }

    @Test func sectionNeverClosed() {
        expectProblems("a\n{{#items}}\n{{name}}\n", ["2:1: section 'items' is never closed: add {{/items}}"])
        // Both open sections are reported.
        expectProblems(
            "{{#a}}{{^b}}", ["1:1: section 'a' is never closed: add {{/a}}", "1:7: inverted section 'b' is never closed: add {{/b}}"])
    }

    @Test func closingTagOfAnOuterSection() {
        expectProblems("{{#a}}{{#b}}x{{/a}}", ["1:7: section 'b' is never closed: add {{/b}} before '{{/a}}' at 1:14"])
    }

    @Test func closingTagWithNothingOpen() {
        expectProblems("a{{/a}}", ["1:2: '{{/a}}' closes a section that is not open: remove it, or open the section with {{#a}}"])
    }

    @Test func severalMistakesAreReportedInOneRun() {
        expectProblems(
            "{{#a}}{{/b}}\n{{>nope}}\n{{% CONTENT_TYPE: TEXT }}\n{{upper(x)}}",
            [
                "1:7: section 'a' opened at 1:1 is closed with 'b': close it with {{/a}}",
                "2:1: unknown partial 'nope': there is no templates/nope.mustache",
                "3:1: pragmas ('{{% CONTENT_TYPE: TEXT }}') are not supported: remove the tag; every template is HTML, escaped by {{name}} and written as it is by {{{name}}}",
                "4:1: unknown transform 'upper' in '{{upper(x)}}': the transforms are capitalized, count, empty, equalzero, even, first, index, last, lowercased, minusone, odd, plusone, reversed, uppercased",
            ])
    }

    @Test func unfinishedTags() {
        expectProblems("ok\n  {{page title}}", ["2:3: unfinished tag '{{page t': expected a name and then '}}', found 't'; a name may contain only letters, digits, '.', '-', '_', '?' and '*'"])
        expectProblems("{{page.title", ["1:1: the tag '{{page.title' is never closed: end it with '}}'"])
        expectProblems("{{ #a}}{{/a}}", ["1:1: unfinished tag '{{ #': '#' must follow '{{' directly, as in {{#page.faq}}"])
        expectProblems("{{{page.html}}", ["1:1: the tag '{{{page.html}}' needs a third '}': write {{{page.html}}}, or {{&page.html}}"])
        expectProblems("{{{page.html}}x", ["1:1: the tag '{{{page.html}}' needs a third '}': write {{{page.html}}}, or {{&page.html}}"])
        expectProblems("{{>partials/card!}}", ["1:1: unfinished tag '{{>partials/card!': expected a template name and then '}}', found '!'; a name may contain only letters, digits, '.', '-', '_', '?' and '*' (and '/' between folders)"])
        expectProblems("{{! never closed", ["1:1: the comment is never closed: end it with '}}'"])
        expectProblems("{{% CONTENT_TYPE: TEXT", ["1:1: the tag '{{% CONTENT_TYPE: TEXT' is never closed: end it with '}}'"])
        expectProblems("text {", ["1:6: the template ends with '{', which starts like a tag ('{{'): remove it or end the file with a line break"])
    }

    @Test func malformedTransforms() {
        expectProblems("{{^empty(page.toc}}", ["1:1: malformed transform in '{{^empty(page.toc}}': write transform(name) with every bracket closed and nothing after it, e.g. {{^empty(page.faq)}}"])
        expectProblems("{{a(b)c}}", ["1:1: malformed transform in '{{a(b)c}}': write transform(name) with every bracket closed and nothing after it, e.g. {{^empty(page.faq)}}"])
    }

    @Test func malformedSetDelimiters() {
        expectProblems("{{=<%%>=}}", ["1:1: malformed set-delimiter tag '{{=<%%>=}}': write the new opening and closing delimiters between two '=' signs, separated by a space, e.g. {{=<% %>=}}"])
        expectProblems("{{=<% %>}}", ["1:1: malformed set-delimiter tag '{{=<% %>}}': write the new opening and closing delimiters between two '=' signs, separated by a space, e.g. {{=<% %>=}}"])
        // Problems after a change of delimiters are worded with the new ones.
        expectProblems("{{=<% %>=}}\n<%#a%>", ["2:1: section 'a' is never closed: add <%/a%>"])
    }

    @Test func blocksAndParents() {
        expectProblems(
            "{{<base}}{{$empty(x)}}{{/empty(x)}}{{/base}}",
            ["1:10: a block cannot take a transform: write {{$x}} instead of '{{$empty(x)}}'"], partials: [("base", "")])
        expectProblems(
            "{{<base}}\n{{title}}\n{{/base}}",
            ["2:1: '{{title}}' cannot stand directly inside the parent '{{<base}}': only blocks to fill ({{$name}}…{{/name}}) and text may be there; move it into a block"],
            partials: [("base", "")])
        expectProblems(
            "{{<base}}{{=<% %>=}}<%$a%>x<%/a%><%/base%>",
            ["1:21: '<%$a%>' inside '{{<base}}' comes after a set-delimiter tag, so it no longer fills the parent's block: put the set-delimiter tag before '{{<base}}' or inside the block"],
            partials: [("base", "")])
        expectProblems(
            "{{<layouts/base}}{{/layouts/base}}",
            ["1:18: the parent 'layouts/base' cannot be closed: a closing tag's name cannot contain '/'; move templates/layouts/base.mustache to templates/base.mustache and write {{<base}}"],
            partials: [("layouts/base", "")])
    }

    @Test func unknownPartialsAndParentsSuggestAName() {
        expectProblems(
            "x\n {{> partials/crd}}", ["2:2: unknown partial 'partials/crd': there is no templates/partials/crd.mustache (did you mean 'partials/card'?)"],
            partials: [("partials/card", "")], swiftMustacheRefuses: false)
        expectProblems(
            "{{<bse}}{{/bse}}", ["1:1: unknown parent 'bse': there is no templates/bse.mustache (did you mean 'base'?)"],
            partials: [("base", "")], swiftMustacheRefuses: false)
        expectProblems("{{>}}", ["1:1: the partial tag '{{>}}' names no template: write e.g. {{>partials/card}}"], swiftMustacheRefuses: false)
    }

    @Test func unsupportedFeatures() {
        expectProblems(
            "{{>*name}}", ["1:1: dynamic partials ('{{>*name}}') are not supported: name the template, e.g. {{>partials/card}}"],
            swiftMustacheRefuses: false)
        expectProblems(
            "{{<*name}}{{/*name}}", ["1:1: dynamic parents ('{{<*name}}') are not supported: name the template, e.g. {{<base}}"],
            swiftMustacheRefuses: false)
        expectProblems(
            "{{% CONTENT_TYPE: HTML }}", ["1:1: pragmas ('{{% CONTENT_TYPE: HTML }}') are not supported: remove the tag; every template is HTML, escaped by {{name}} and written as it is by {{{name}}}"],
            swiftMustacheRefuses: false)
        expectProblems(
            "{{#sorted(page.tags)}}{{/sorted(page.tags)}}",
            ["1:1: 'sorted' in '{{#sorted(page.tags)}}' is not supported: a template cannot sort, a list comes in the order Vetted gives it"],
            swiftMustacheRefuses: false)
        expectProblems(
            "{{#enumerated(page)}}{{/enumerated(page)}}",
            ["1:1: 'enumerated' in '{{#enumerated(page)}}' is not supported: a template cannot list an object's fields"],
            swiftMustacheRefuses: false)
        expectProblems(
            "{{upercased(t)}}",
            ["1:1: unknown transform 'upercased' in '{{upercased(t)}}' (did you mean 'uppercased'?): the transforms are capitalized, count, empty, equalzero, even, first, index, last, lowercased, minusone, odd, plusone, reversed, uppercased"],
            swiftMustacheRefuses: false)
        expectProblems("{{(a)}}", ["1:1: a transform has no name in '{{(a)}}': write e.g. empty(page.faq)"], swiftMustacheRefuses: false)
        expectProblems("{{$}}x{{/}}", ["1:1: the block in '{{$}}' has no name: write {{$content}}"], swiftMustacheRefuses: false)
        expectProblems("a{{}}b", ["1:2: the tag '{{}}' has no name: write the name of a value, e.g. {{page.title}}"], swiftMustacheRefuses: false)
        expectProblems(
            "a{{\nb}}", ["1:2: '{{' is followed by a line break: a tag is written on one line, like {{page.title}} (to show '{{' itself, change the delimiters: {{=<% %>=}})"],
            swiftMustacheRefuses: false)
        expectProblems("abc{{", ["1:4: the template ends with '{{', the start of a tag: finish the tag ({{page.title}}) or remove it"], swiftMustacheRefuses: false)
    }

    @Test func includeCycles() {
        let found = problems([("a", "x\n{{>b}}"), ("b", "{{#s}}{{>a}}{{/s}}"), ("c", "{{>c}}")]).map(\.description)
        #expect(found == [
            "templates/b.mustache:1:7: 'b' includes itself through b → a → b; templates cannot recurse",
            "templates/c.mustache:1:1: 'c' includes itself through c → c; templates cannot recurse",
        ])
    }

    @Test func blockFilledWithContentThatRendersTheBlockAgain() {
        // The product's case: a filling includes a partial that renders the same block.
        let viaPartial = problems([
            ("base", "<main>{{$content}}{{/content}}</main>"),
            ("review", "{{<base}}\n{{$content}}\n{{>partials/card}}\n{{/content}}\n{{/base}}"),
            ("partials/card", "{{$content}}card{{/content}}"),
        ]).map(\.description)
        #expect(viaPartial == [
            "templates/review.mustache:2:1: 'review' fills the block 'content' with content that leads through partials/card back to the block 'content', which would render forever; templates cannot recurse"
        ])
        // A filling that contains its own block (swift-mustache recurses until it crashes).
        let direct = problems([("base", "{{$b}}d{{/b}}"), ("main", "{{<base}}{{$b}}[{{$b}}x{{/b}}]{{/b}}{{/base}}")]).map(\.description)
        #expect(direct == [
            "templates/main.mustache:1:10: 'main' fills the block 'b' with content that contains the block 'b' itself, which would render forever; templates cannot recurse"
        ])
        // Two fillings that lead to each other.
        let mutual = problems([("base", "{{$a}}{{/a}}"), ("main", "{{<base}}{{$a}}{{$b}}{{/b}}{{/a}}{{$b}}{{$a}}{{/a}}{{/b}}{{/base}}")]).map(\.description)
        #expect(mutual == [
            "templates/main.mustache:1:10: 'main' fills the block 'a' with content that leads through the block 'b' back to the block 'a', which would render forever; templates cannot recurse"
        ])
        // Set-delimiter tags cannot hide it.
        let hidden = problems([("base", "{{$b}}{{/b}}"), ("main", "{{<base}}{{$b}}{{=<% %>=}}<%$b%><%/b%><%/b%>{{/base}}")])
        #expect(hidden.count == 1 && hidden.allSatisfy { $0.kind == .recursion })
    }

    @Test func fillingsThatDoNotRecurse() {
        // The filling of one block may render another block, filled or not.
        #expect(problems([("base", "{{$a}}{{/a}}|{{$b}}B{{/b}}"), ("main", "{{<base}}{{$a}}[{{$b}}{{/b}}]{{/a}}{{/base}}")]).isEmpty)
        // A block the parent does not render is never used.
        #expect(problems([("base", "x"), ("card", "{{$a}}{{/a}}"), ("main", "{{<base}}{{$a}}{{>card}}{{/a}}{{/base}}")]).isEmpty)
        // The default content of a block may contain the same block.
        #expect(problems([("main", "{{$a}}[{{$a}}x{{/a}}]{{/a}}")]).isEmpty)
    }

    @Test func duplicateNames() {
        let found = problems([("a", "x"), ("a", "y")]).map(\.description)
        #expect(found == ["templates/a.mustache:1:1: the template 'a' is given twice (first as templates/a.mustache): keep one"])
    }

    @Test func problemsArePlacedInScalarsOfTheAuthorsFile() {
        // Columns count Unicode scalars; a combining mark is one more.
        #expect(problems(in: "é e\u{301} {{/x}}") == ["1:6: '{{/x}}' closes a section that is not open: remove it, or open the section with {{#x}}"])
        #expect(problems(in: "a\r\nb {{/x}}") == ["2:3: '{{/x}}' closes a section that is not open: remove it, or open the section with {{#x}}"])
    }
}
