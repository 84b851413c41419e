import Testing
import VettedTemplates

@Suite struct SchemaReferenceTests {
    @Test func theReferenceListsFieldsNestedAsTheValues() {
        let schema: TemplateSchema = .object([
            TemplateField(name: "site", schema: .object([
                TemplateField(name: "title", schema: .text, doc: "The site's title."),
                TemplateField(name: "pages", schema: .list(.object([TemplateField(name: "url", schema: .text, doc: "Where it is.")])), doc: "Pages in the navigation."),
            ]), doc: "The site."),
            TemplateField(name: "body_html", schema: .html, doc: "The page, as HTML."),
            TemplateField(name: "draft", schema: .flag, doc: ""),
            TemplateField(name: "count", schema: .number, doc: "How many."),
            TemplateField(name: "grid", schema: .list(.list(.number)), doc: "Rows of numbers."),
        ])
        #expect(schema.reference(title: "Page values") == """
            # Page values

            - `site` (object): The site.
              - `title` (text): The site's title.
              - `pages` (list of objects): Pages in the navigation.
                - `url` (text): Where it is.
            - `body_html` (HTML, for {{{ }}}): The page, as HTML.
            - `draft` (flag)
            - `count` (number): How many.
            - `grid` (list of lists of numbers): Rows of numbers.

            """)
    }

    @Test func aListAtTheTopDescribesItsElements() {
        let schema: TemplateSchema = .list(.object([TemplateField(name: "name", schema: .text, doc: "A name.")]))
        #expect(schema.reference(title: "Cards") == "# Cards\n\nA list of objects.\n\n- `name` (text): A name.\n")
        #expect(TemplateSchema.text.reference(title: "T") == "# T\n\nA text.\n")
    }

    @Test func fieldsAreFoundByName() {
        let schema: TemplateSchema = .object([TemplateField(name: "a", schema: .flag, doc: "")])
        #expect(schema.field("a")?.schema == .flag)
        #expect(schema.field("b") == nil)
        #expect(TemplateSchema.text.field("a") == nil)
    }
}
