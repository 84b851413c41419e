import Testing
import VettedTemplates

/// One rule at a time, each compared with swift-mustache and with the output written out.
@Suite struct RenderingTests {
    static let value: TemplateValue = [
        "title": "Tom & \"Jerry's\" <b>",
        "count": 3,
        "zero": 0,
        "yes": true,
        "no": false,
        "empty": "",
        "page": ["product": ["vendor": "Acme", "name": "Box"], "tags": ["a", "b", "c"]],
        "items": [["name": "one"], ["name": "two", "title": "own"], ["name": "three"]],
        "none": [],
    ]

    @Test func variablesAreEscapedForHTML() {
        #expect(expectSame("{{title}}", Self.value) == "Tom &amp; &quot;Jerry&#39;s&quot; &lt;b&gt;")
        #expect(expectSame("{{{title}}}|{{& title}}|{{ title }}", Self.value) == "Tom & \"Jerry's\" <b>|Tom & \"Jerry's\" <b>|Tom &amp; &quot;Jerry&#39;s&quot; &lt;b&gt;")
        // A quote followed by a combining mark is escaped too (bytes, not characters).
        #expect(expectSame("{{q}}", ["q": "\"\u{301}"]) == "&quot;\u{301}")
    }

    @Test func numbersFlagsListsAndObjectsPrintAsSwiftDescribesThem() {
        #expect(expectSame("{{count}} {{zero}} {{yes}} {{no}}", Self.value) == "3 0 true false")
        #expect(expectSame("{{{page.tags}}}", Self.value) == "[\"a\", \"b\", \"c\"]")
        #expect(expectSame("{{{none}}}", Self.value) == "[]")
        #expect(expectSame("{{{one}}}", ["one": ["k": 1]]) == "[\"k\": 1]")
        #expect(expectSame("{{{o}}}", ["o": [:]]) == "[:]")
        #expect(expectSame("{{{l}}}", ["l": ["x\n\"'", 1, true, ["k": []]]]) == "[\"x\\n\\\"\\'\", 1, true, [\"k\": []]]")
        #expect(expectSame("{{{reversed(l)}}}", ["l": [1, 2]]) == "ReversedCollection<Array<Any>>(_base: [1, 2])")
    }

    @Test func missingNamesRenderNothing() {
        #expect(expectSame("[{{nothing}}][{{page.nothing}}][{{title.length}}]", Self.value) == "[][][]")
    }

    @Test func dottedNamesResolveTheirFirstPartThroughTheStack() {
        #expect(expectSame("{{page.product.vendor}}", Self.value) == "Acme")
        // Inside page.product, `page.product.name` still resolves from the root…
        #expect(expectSame("{{#page.product}}{{name}}/{{page.product.name}}/{{title}}{{/page.product}}", Self.value) == "Box/Box/Tom &amp; &quot;Jerry&#39;s&quot; &lt;b&gt;")
        // …but once the first part is found, the rest is not looked for further down.
        #expect(expectSame("{{#a}}{{b.c}}{{/a}}", ["a": ["b": [:]], "b": ["c": "outer"]]) == "")
        // A leading dot reads the current value only; a trailing dot is ignored.
        #expect(expectSame("{{#page.product}}[{{.vendor}}][{{.title}}][{{vendor.}}]{{/page.product}}", Self.value) == "[Acme][][Acme]")
    }

    @Test func theImplicitIteratorIsTheCurrentValue() {
        #expect(expectSame("{{#page.tags}}<{{.}}>{{/page.tags}}", Self.value) == "<a><b><c>")
        #expect(expectSame("{{#count}}{{.}}{{/count}}", Self.value) == "3")
    }

    @Test func sectionsOverListsRenderOncePerElement() {
        #expect(expectSame("{{#items}}{{name}}:{{title}};{{/items}}", ["items": Self.value.items, "title": "root"]) == "one:root;two:own;three:root;")
        #expect(expectSame("{{#none}}x{{/none}}", Self.value) == "")
        #expect(expectSame("{{#l}}[{{#.}}{{.}}{{/.}}]{{/l}}", ["l": [[1, 2], [3]]]) == "[12][3]")
    }

    @Test func sectionsOverFlagsTextsNumbersAndObjects() {
        #expect(expectSame("{{#yes}}Y{{/yes}}{{#no}}N{{/no}}", Self.value) == "Y")
        // Text and numbers are pushed and render even when empty or zero.
        #expect(expectSame("{{#empty}}[{{.}}]{{/empty}}{{#zero}}[{{.}}]{{/zero}}", Self.value) == "[][0]")
        #expect(expectSame("{{#page.product}}{{vendor}}{{/page.product}}", Self.value) == "Acme")
    }

    @Test func invertedSectionsRenderForMissingFalseAndEmptyLists() {
        #expect(expectSame("{{^nothing}}1{{/nothing}}{{^no}}2{{/no}}{{^none}}3{{/none}}{{^yes}}4{{/yes}}{{^empty}}5{{/empty}}{{^zero}}6{{/zero}}{{^page}}7{{/page}}", Self.value) == "123")
        // An empty list is pushed: `.` is the list itself.
        #expect(expectSame("{{^none}}{{{.}}}{{/none}}", Self.value) == "[]")
    }

    @Test func commentsRenderNothing() {
        #expect(expectSame("a{{! a comment\nover lines }}b", Self.value) == "ab")
        #expect(expectSame("a\n  {{! standalone }}\nb", Self.value) == "a\nb")
    }

    @Test func setDelimiterTagsChangeTheDelimitersUntilTheEndOfTheSection() {
        #expect(expectSame("{{=<% %>=}}<% count %>{{count}}", Self.value) == "3{{count}}")
        #expect(expectSame("{{= | | =}}|#yes||count||/yes|", Self.value) == "3")
        // A change inside a section ends with it (swift-mustache's rule).
        #expect(expectSame("{{#yes}}{{=<% %>=}}<%count%><%/yes%>{{count}}<%count%>", Self.value) == "33<%count%>")
        // With other delimiters, the third brace comes after the closing delimiter.
        #expect(expectSame("{{=<% %>=}}<%{title%>}", Self.value) == "Tom & \"Jerry's\" <b>")
    }

    @Test func standaloneTagsLeaveNoTrace() {
        #expect(expectSame("a\n{{#yes}}\nb\n{{/yes}}\nc\n", Self.value) == "a\nb\nc\n")
        #expect(expectSame("a\n  {{^no}}  \r\nb\n  {{/no}}\nc", Self.value) == "a\nb\nc")
        #expect(expectSame("a\n {{=<% %>=}}\n<%count%>\n", Self.value) == "a\n3\n")
        // Not standalone: other content on the line.
        #expect(expectSame("a {{#yes}}\nb{{/yes}} c\n", Self.value) == "a \nb c\n")
        // The last line needs no line break.
        #expect(expectSame("a\n{{#yes}}\nb\n  {{/yes}}", Self.value) == "a\nb\n")
    }

    @Test func standaloneRulesFollowSwiftMustacheWhereTheyDifferFromTheSpec() {
        // After a section whose opening tag was not standalone, a standalone comment keeps its line.
        #expect(expectSame("x{{#yes}}\n{{/yes}}\n{{!c}}\nY", Self.value) == "x\n\nY")
        // After a section whose opening tag was standalone, a comment after the closing tag is standalone.
        #expect(expectSame("{{#yes}}\nx{{/yes}}{{!c}}\nY", Self.value) == "xY")
        // White space at the very end of a template is dropped…
        #expect(expectSame("a\n  ", Self.value) == "a\n")
        // …and a tag followed by white space at the very end is not standalone.
        #expect(expectSame("  {{!c}}  ", Self.value) == "    ")
    }

    @Test func partialsRenderInTheCurrentContext() {
        let partials: [(name: String, text: String)] = [("partials/card", "<{{name}}>")]
        #expect(expectSame("{{#items}}{{> partials/card}}{{/items}}", Self.value, partials: partials) == "<one><two><three>")
    }

    @Test func standalonePartialsAreIndentedOnEveryLine() {
        let partials: [(name: String, text: String)] = [("p", "a\n{{#yes}}\nb\n{{/yes}}\n{{{lines}}}\nc\n")]
        let value: TemplateValue = ["yes": true, "lines": "1\n2"]
        #expect(expectSame("x\n  {{>p}}\ny", value, partials: partials) == "x\n  a\n  b\n  1\n2\n  c\ny")
        // Not standalone: no indentation.
        #expect(expectSame("x {{>p}}", value, partials: partials) == "x a\nb\n1\n2\nc\n")
        // An empty partial still leaves the white space before it.
        #expect(expectSame("  {{>e}}\n", value, partials: [("e", "")]) == "  ")
        // A line after "\r\n" is not indented (swift-mustache reads "\r\n" as one character).
        #expect(expectSame("  {{>p}}\n", value, partials: [("p", "a\r\nb\nc\n")]) == "  a\r\nb\n  c\n")
    }

    @Test func parentsFillTheirBlocks() {
        let base: [(name: String, text: String)] = [("base", "<title>{{$title}}Default{{/title}}</title>\n{{$content}}{{/content}}\n")]
        #expect(expectSame("{{<base}}\n{{$content}}\nHello {{count}}\n{{/content}}\n{{/base}}\n", Self.value, partials: base) == "<title>Default</title>\nHello 3\n\n")
        #expect(expectSame("{{<base}}{{$title}}T{{/title}}{{/base}}", Self.value, partials: base) == "<title>T</title>\n\n")
        // The outermost filling wins.
        let layers: [(name: String, text: String)] = base + [("mid", "{{<base}}{{$title}}mid{{/title}}{{/base}}")]
        #expect(expectSame("{{<mid}}{{$title}}top{{/title}}{{/mid}}", Self.value, partials: layers) == "<title>top</title>\n\n")
        // Text and comments between fillings are ignored.
        #expect(expectSame("{{<base}} ignored {{! note }}{{$title}}T{{/title}}{{/base}}", Self.value, partials: base) == "<title>T</title>\n\n")
    }

    @Test func fillingsAreIndentedAsTheirBlock() {
        let base: [(name: String, text: String)] = [("b", "  {{$a}}{{/a}}\n")]
        #expect(expectSame("{{<b}}\n  {{$a}}\n    x\n      y\n  {{/a}}\n{{/b}}\n", Self.value, partials: base) == "  x\n    y\n\n")
        // A block that is not standalone is indented too (swift-mustache's rule).
        #expect(expectSame("  {{$a}}x\ny{{/a}}", Self.value) == "  x\n  y")
    }

    @Test func fillingsReachBlocksInPartialsOfTheParent() {
        let templates: [(name: String, text: String)] = [("base", "[{{>inner}}]"), ("inner", "{{$slot}}default{{/slot}}")]
        #expect(expectSame("{{<base}}{{$slot}}filled{{/slot}}{{/base}}", Self.value, partials: templates) == "[filled]")
    }

    @Test func listPositionFunctions() {
        let value: TemplateValue = ["l": ["a", "b", "c"], "flag": true, "o": ["k": 1]]
        #expect(expectSame("{{#l}}{{.}}{{^last()}}, {{/last()}}{{/l}}", value) == "a, b, c")
        #expect(expectSame("{{#l}}{{#first()}}[{{/first()}}{{index()}}{{plusone(index())}}{{#even()}}e{{/even()}}{{#odd()}}o{{/odd()}}{{/l}}", value) == "[01e12o23e")
        // Kept in a flag section, lost in an object section (which pushes a value).
        #expect(expectSame("{{#l}}{{#flag}}{{index()}}{{/flag}}{{#o}}{{index()}}{{/o}}{{/l}}", value) == "012")
        // Outside a list, nothing.
        #expect(expectSame("[{{index()}}{{#first()}}x{{/first()}}]{{^last()}}y{{/last()}}", value) == "[]y")
    }

    @Test func transformsOnValues() {
        let value: TemplateValue = ["t": "hello wORLD", "l": [1, 2, 3], "e": [], "n": 41, "o": ["a": 1, "b": 2]]
        #expect(expectSame("{{uppercased(t)}}|{{lowercased(t)}}|{{capitalized(t)}}|{{reversed(t)}}|{{empty(t)}}", value) == "HELLO WORLD|hello world|Hello World|DLROw olleh|false")
        #expect(expectSame("{{first(l)}}{{last(l)}}{{count(l)}}{{empty(l)}}{{empty(e)}}{{first(e)}}", value) == "133falsetrue")
        #expect(expectSame("{{#reversed(l)}}{{.}}{{index()}}{{/reversed(l)}}|{{first(reversed(l))}}", value) == "302112|3")
        #expect(expectSame("{{plusone(n)}} {{minusone(n)}} {{even(n)}} {{odd(n)}} {{equalzero(n)}}", value) == "42 40 false true false")
        #expect(expectSame("{{count(o)}} {{empty(o)}}", value) == "2 false")
        #expect(expectSame("{{^empty(e)}}has{{/empty(e)}}{{#empty(e)}}none{{/empty(e)}}", value) == "none")
        // A transform that does not apply makes the value missing.
        #expect(expectSame("[{{uppercased(l)}}][{{count(t)}}]{{^first(n)}}missing{{/first(n)}}", value) == "[][]missing")
    }

    @Test func templatesThatSwiftMustacheAcceptsWithOddResults() {
        // Read as text, "{{" and a line break lose the "{{" in swift-mustache; Vetted refuses both.
        #expect(problems(in: "a{{\nb}}").count == 1)
        #expect(problems(in: "abc{{").count == 1)
    }
}

extension TemplateValue {
    /// The field of an object (test convenience).
    var items: TemplateValue {
        if case .object(let fields) = self, let items = fields["items"] { return items }
        return .list([])
    }
}
