import Testing
import VettedYAML

@Suite struct YAMLParserTests {
    let parser = YAMLParser()

    private func parse(_ text: String) throws -> Node {
        let node = try parser.parse(text)
        return try #require(node)
    }

    private func value(_ node: Node, _ key: String) -> Node? {
        node.mapping?.first { $0.key.scalar == key }?.value
    }

    @Test func mappingValuesCarryOneBasedLineAndColumn() throws {
        let root = try parse("title: Kimi\nproduct:\n  name: Kimi AI\n  tags: [a, b]\n")
        #expect(root.mark == Mark(line: 1, column: 1))
        let product = try #require(value(root, "product"))
        #expect(product.mark == Mark(line: 3, column: 3))
        let name = try #require(value(product, "name"))
        #expect(name.scalar == "Kimi AI")
        #expect(name.mark == Mark(line: 3, column: 9))
        let tags = try #require(value(product, "tags")?.sequence)
        #expect(tags.map(\.mark) == [Mark(line: 4, column: 10), Mark(line: 4, column: 13)])
    }

    @Test(arguments: ["\u{85}", "\u{2028}", "\u{2029}"])
    func unicodeLineSeparatorsInsideAStringDoNotMoveLaterPositions(separator: String) throws {
        // libyaml counts these as line breaks; editors, and Vetted, do not.
        let root = try parse("title: \"a\(separator)b\(separator)c é\"\nproduct:\n  name: x\n")
        #expect(value(root, "product")?.mark == Mark(line: 3, column: 3))
        #expect(value(value(root, "product") ?? root, "name")?.mark == Mark(line: 3, column: 9))
    }

    @Test func errorsAfterAUnicodeLineSeparatorPointAtTheirLine() throws {
        #expect(throws: YAMLError.self) { try parser.parse("title: \"a\u{2028}b\"\nlist: [1, 2\nnext: 3\n") }
        do {
            _ = try parser.parse("title: \"a\u{2028}b\u{2029}c\"\nok: 1\nlist: [1, 2\nnext: 3\n")
        } catch {
            // The list opened on line 3 is never closed; libyaml's own line would be 5.
            #expect(error.mark == Mark(line: 3, column: 7))
        }
    }

    @Test func crlfAndLoneCRCountAsOneBreakEach() throws {
        let root = try parse("a: 1\r\nb: 2\rc: 3\n")
        #expect(value(root, "b")?.mark == Mark(line: 2, column: 4))
        #expect(value(root, "c")?.mark == Mark(line: 3, column: 4))
    }

    @Test func positionsAfterAMultiLineScalarStayExact() throws {
        let text = """
            summary: |
              first line
              second line
            folded: >
              one
              two
            after: here
            """
        let root = try parse(text)
        #expect(value(root, "summary")?.scalar == "first line\nsecond line\n")
        #expect(value(root, "folded")?.scalar == "one two\n")
        let after = try #require(value(root, "after"))
        #expect(after.mark == Mark(line: 7, column: 8))
    }

    @Test func columnsCountCharactersNotBytes() throws {
        let root = try parse("name: Jérémy\nbio: x\n")
        let bio = try #require(root.mapping?.last)
        #expect(bio.value.mark == Mark(line: 2, column: 6))
        let name = try #require(value(root, "name"))
        #expect(name.scalar == "Jérémy")
    }

    @Test func scalarStylesAreKept() throws {
        let root = try parse("a: plain\nb: 'single'\nc: \"double\"\nd: ~\ne:\n")
        #expect(value(root, "a")?.isPlainScalar == true)
        #expect(value(root, "b")?.isPlainScalar == false)
        #expect(value(root, "c")?.scalar == "double")
        #expect(value(root, "d")?.isNull == true)
        #expect(value(root, "e")?.isNull == true)
        #expect(value(root, "b")?.isNull == false)
    }

    @Test func aliasesResolveToTheAnchoredNode() throws {
        let root = try parse("base: &b {x: 1}\ncopy: *b\n")
        let copy = try #require(value(root, "copy"))
        #expect(value(copy, "x")?.scalar == "1")
        #expect(copy.mark == Mark(line: 2, column: 7))
    }

    @Test func mergeKeysAddMissingKeysOnly() throws {
        let root = try parse("base: &b {x: 1, y: 2}\nitem:\n  <<: *b\n  y: 3\n")
        let item = try #require(value(root, "item"))
        #expect(value(item, "x")?.scalar == "1")
        #expect(value(item, "y")?.scalar == "3")
        #expect(item.mapping?.count == 2)
    }

    @Test func anAliasBombIsAnErrorNotAHang() {
        let bomb = """
            a: &a [x, x, x, x, x, x, x, x, x, x]
            b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]
            c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]
            d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]
            e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]
            f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]
            g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f, *f]
            h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g, *g]
            """
        #expect(throws: YAMLError(mark: Mark(line: 5, column: 44), message: "aliases expand this document to more than 100000 nodes")) {
            try parser.parse(bomb)
        }
    }

    @Test func deepNestingIsAnError() {
        let deep = String(repeating: "[", count: 200) + String(repeating: "]", count: 200)
        #expect(throws: YAMLError(mark: Mark(line: 1, column: 65), message: "lists and mappings nest deeper than 64 levels")) {
            try parser.parse(deep)
        }
    }

    @Test func anUnknownAliasIsAnError() {
        #expect(throws: YAMLError(mark: Mark(line: 2, column: 4), message: "alias '*nope' has no anchor '&nope' defined before it")) {
            try parser.parse("a: 1\nb: *nope\n")
        }
    }

    @Test func duplicateKeysAreAnErrorAtTheSecondKey() {
        #expect(throws: YAMLError(mark: Mark(line: 3, column: 1), message: "duplicate key 'title' (first given at line 1, column 1)")) {
            try parser.parse("title: a\nslug: b\ntitle: c\n")
        }
    }

    @Test func syntaxErrorsPointAtTheProblem() throws {
        #expect(throws: YAMLError(
            mark: Mark(line: 2, column: 3),
            message: "this line is indented 2 spaces, but the keys of this mapping start at column 1; line it up with 'title' on line 1"
        )) {
            try parser.parse("title: a\n  bad: x\n")
        }
        #expect(throws: YAMLError(mark: Mark(line: 2, column: 7), message: "this list is never closed: add ']' after its last item")) {
            try parser.parse("title: a\ntags: [x, y\n")
        }
    }

    @Test func aSecondDocumentIsAnError() {
        #expect(throws: YAMLError(mark: Mark(line: 2, column: 1), message: "only one YAML document is allowed here")) {
            try parser.parse("a: 1\n---\nb: 2\n")
        }
    }

    @Test func anEmptyTextHasNoDocument() throws {
        #expect(try parser.parse("") == nil)
        #expect(try parser.parse("# only a comment\n") == nil)
    }

    @Test func aLineOffsetMovesEveryMarkAndMessage() throws {
        let root = try #require(try parser.parse("a:\n  b: [c]\n", lineOffset: 1))
        let a = try #require(value(root, "a"))
        #expect(a.mark == Mark(line: 3, column: 3))
        let c = try #require(value(a, "b")?.sequence?.first)
        #expect(c.mark == Mark(line: 3, column: 7))
        #expect(throws: YAMLError(mark: Mark(line: 3, column: 1), message: "duplicate key 'a' (first given at line 2, column 1)")) {
            try parser.parse("a: 1\na: 2\n", lineOffset: 1)
        }
    }
}
