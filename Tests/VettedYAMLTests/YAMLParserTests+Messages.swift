import Testing
import VettedYAML

/// libyaml's failures in the author's words, at the character that is wrong.
extension YAMLParserTests {
    /// The error a text gives, as `line:col: message`.
    private func failure(_ text: String, lineOffset: Int = 0) -> String {
        do {
            _ = try parser.parse(text, lineOffset: lineOffset)
            return "no error"
        } catch {
            return error.description
        }
    }

    /// Words of libyaml's own that must never reach the author.
    private static let libyamlWords = [
        "found character", "cannot start any token", "mapping values are not allowed", "did not find expected",
        "while scanning", "while parsing", "could not find expected", "violates indentation", "end of stream",
    ]

    private func expectPlain(_ message: String, sourceLocation: SourceLocation = #_sourceLocation) {
        for words in Self.libyamlWords {
            #expect(!message.contains(words), "libyaml's words in: \(message)", sourceLocation: sourceLocation)
        }
    }

    @Test(arguments: [
        ("title: a\nproduct:\n\tname: x\n", "3:1"),
        ("title: a\nproduct:\n  name: x\n\tvendor: y\n", "4:1"),
        ("product:\n  \tname: x\n", "2:3"),
        ("tags:\n\t- a\n", "2:1"),
        ("summary: |\n  a\n\tb\n", "3:1"),
    ])
    func aTabUsedForIndentationIsNamedAtTheTab(text: String, position: String) {
        let message = failure(text)
        #expect(message == "\(position): a tab is used for indentation here; YAML indents with spaces only: replace the tab with spaces")
        expectPlain(message)
    }

    @Test func anUnquotedValueHoldingAColonShowsTheValueQuoted() {
        let message = failure("slug: lumo\ntitle: Lumo: private AI\n")
        #expect(message == """
            2:12: this value holds ': ', which YAML reads as a new key; put the value in quotes: title: "Lumo: private AI"
            """)
        expectPlain(message)
    }

    @Test func aColonInAValueKeepsACommentOutOfTheFixAndEscapesQuotes() {
        #expect(failure("title: Say \"hi\": now # greeting\n") == """
            1:16: this value holds ': ', which YAML reads as a new key; put the value in quotes: title: "Say \\"hi\\": now"
            """)
        #expect(failure("tags:\n  - name: a: b\n") == """
            2:12: this value holds ': ', which YAML reads as a new key; put the value in quotes: name: "a: b"
            """)
        #expect(failure("title: Lumo:\n") == """
            1:12: this value ends in ':', which YAML reads as a new key; put the value in quotes: title: "Lumo:"
            """)
    }

    @Test func aColonInAValueInsideBracesShowsThatEntryQuoted() {
        #expect(failure("faq:\n  - {q: Does it: train?, a: x}\n") == """
            2:16: this value holds ': ', which YAML reads as a new key; put the value in quotes: q: "Does it: train?"
            """)
    }

    @Test(arguments: [
        ("title: a\nsummary: \"never closed\nslug: x\n", "2:10", "\""),
        ("title: a\nsummary: 'never closed\n", "2:10", "'"),
        ("title: a\nsummary: \"never closed\nslug: \"x\"\nz: 1\n", "2:10", "\""),
        ("a: 1\r\nsummary: \"never\r\nb: 2\r\n", "2:10", "\""),
        // A later quote closes it for libyaml, which fails further down.
        ("description: \"What\nproduct:\n  name: x\nfaq:\n  - {q: a, a: \"b\"}\n", "1:14", "\""),
        ("a:\n  b: {note: \"x}\n  c: {note: y}\nd: \"z\"\n", "2:13", "\""),
        ("summary: 'it''s never closed\ntags: [a]\nnote: 'x'\n", "1:10", "'"),
    ])
    func anUnclosedQuoteIsNamedAtItsOpeningQuote(text: String, position: String, quote: String) {
        let message = failure(text)
        #expect(message == "\(position): this quote is never closed; add the closing \(quote) at the end of the value")
        expectPlain(message)
    }

    @Test func textAfterAClosingQuoteIsNamed() {
        #expect(failure("title: \"a\" b\n") == """
            1:12: this text follows the closing quote of the value; a quoted value ends at its closing quote: \
            remove this text, or put the whole value in quotes
            """)
    }

    @Test func anUnclosedListOrMappingIsNamedAtItsBracket() {
        #expect(failure("title: a\ntags: [a, b\n") == "2:7: this list is never closed: add ']' after its last item")
        #expect(failure("title: a\ntags: [a, b\nslug: x\n") == "2:7: this list is never closed: add ']' after its last item")
        #expect(failure("tags: [a, b") == "1:7: this list is never closed: add ']' after its last item")
        #expect(failure("x: [a, [b, c]\ny: 1\n") == "1:4: this list is never closed: add ']' after its last item")
        #expect(failure("title: a\nproduct: {name: x, vendor: y\nslug: x\n")
            == "2:10: this mapping is never closed: add '}' after its last key and value")
        expectPlain(failure("title: a\ntags: [a, b\n"))
    }

    @Test func aKeyIndentedMoreThanItsSiblingsNamesTheKeyToLineUpWith() {
        #expect(failure("title: a\n  bad: x\n")
            == "2:3: this line is indented 2 spaces, but the keys of this mapping start at column 1; line it up with 'title' on line 1")
        #expect(failure("product:\n  name: x\n   vendor: y\n")
            == "3:4: this line is indented 3 spaces, but the keys of this mapping start at column 3; line it up with 'name' on line 2")
        #expect(failure("sources:\n  - id: a\n    title: b\n     url: c\n")
            == "4:6: this line is indented 5 spaces, but the keys of this mapping start at column 5; line it up with 'title' on line 3")
    }

    @Test func aKeyIndentedLessThanItsSiblingsNamesTheKeyToLineUpWith() {
        #expect(failure("product:\n   name: x\n  vendor: y\n")
            == "3:3: this line is indented 2 spaces, but the keys of this mapping start at column 4; line it up with 'name' on line 2")
        #expect(failure("sources:\n  - id: a\n    title: b\n   url: c\n")
            == "4:4: this line is indented 3 spaces, but the keys of this mapping start at column 5; line it up with 'title' on line 3")
        #expect(failure("sources:\n  - id: a\n    title: x\n  url: y\n")
            == "4:3: this line is indented 2 spaces, but the keys of this mapping start at column 5; line it up with 'title' on line 3")
        #expect(failure("a:\n  b:\n    c: 1\n    e:\n      f: 2\n   d: 2\n")
            == "6:4: this line is indented 3 spaces, but the keys of this mapping start at column 5; line it up with 'e' on line 4")
    }

    @Test func aListItemAtTheWrongDepthNamesTheItemToLineUpWith() {
        let message = failure("tags:\n  - a\n - b\n")
        #expect(message == "3:2: this line is indented 1 space, but the items of this list start at column 3; line it up with the '-' on line 2")
        expectPlain(message)
        #expect(failure("title: a\n- b\n")
            == "2:1: a list item cannot stand among the keys of a mapping; indent it under the key whose list it is")
        #expect(failure("- a\nb: c\n") == """
            2:1: a key cannot stand among the items of a list; start it with '- ' to make it an item, \
            or indent it like the keys of the item above
            """)
    }

    @Test func aWordWithoutAColonIsNamed() {
        #expect(failure("summary: one\ntwo\n") == """
            2:1: 'two' stands where a key is expected but has no ':'; if it continues the value above, \
            indent it more than that value's key; if it is a key, write 'two: value'
            """)
    }

    @Test func aValueStartingWithAReservedCharacterShowsTheValueQuoted() {
        #expect(failure("handle: @kimi\n")
            == "1:9: a value cannot start with '@' unless it is in quotes; put the value in quotes: handle: \"@kimi\"")
    }

    @Test func anUnknownEscapeIsNamed() {
        #expect(failure("path: \"C:\\qa\"\n") == """
            1:10: '\\q' is not an escape YAML knows in double quotes; write '\\\\' for a backslash, \
            or put the value in single quotes
            """)
    }

    @Test func aListOnTheLineOfItsKeyIsNamed() {
        #expect(failure("tags: - a\n") == """
            1:7: a list cannot start on the line of its key: put each '- ' item on a line of its own below 'tags:', \
            indented; or, for a value that starts with '-', put it in quotes
            """)
    }

    @Test func explainedMessagesKeepTheLineOffset() {
        #expect(failure("title: Lumo: private AI\n", lineOffset: 1).hasPrefix("2:12: this value holds ': '"))
        #expect(failure("a: 1\ntags: [a, b\n", lineOffset: 1) == "3:7: this list is never closed: add ']' after its last item")
        #expect(failure("a:\n\tb: 1\n", lineOffset: 1).hasPrefix("3:1: a tab is used for indentation"))
        #expect(failure("product:\n  name: x\n   vendor: y\n", lineOffset: 1)
            == "4:4: this line is indented 3 spaces, but the keys of this mapping start at column 3; line it up with 'name' on line 3")
    }

    @Test func columnsOfExplainedMessagesCountCharacters() {
        #expect(failure("title: Jérémy: x\n").hasPrefix("1:14: this value holds ': '"))
        #expect(failure("name: Jérémy\nsummary: \"é never closed\n") == """
            2:10: this quote is never closed; add the closing " at the end of the value
            """)
    }
}

extension YAMLParserTests {
    /// Texts made of the characters YAML mistakes are made of, from a fixed seed.
    private static func scraps(count: Int) -> [String] {
        let alphabet: [String] = [" ", "  ", "\t", "\n", "\r\n", ":", ": ", "- ", "[", "]", "{", "}", "\"", "'", "#", "a", "é", ",", "|", "\\", "@"]
        var seed: UInt64 = 0x5EED
        func next() -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(seed >> 33)
        }
        return (0..<count).map { _ in (0..<(next() % 24)).map { _ in alphabet[next() % alphabet.count] }.joined() }
    }

    @Test func everyExplainedErrorPointsInsideTheTextAndNeverCrashes() {
        for text in Self.scraps(count: 20_000) {
            do {
                _ = try parser.parse(text, lineOffset: 1)
            } catch {
                // Line breaks as editors count them: \n, \r\n and a lone \r.
                let scalars = Array(text.unicodeScalars)
                let lines = 1 + scalars.indices.filter { scalars[$0] == "\r" || (scalars[$0] == "\n" && ($0 == 0 || scalars[$0 - 1] != "\r")) }.count
                #expect((2...lines + 1).contains(error.mark.line), "\(error) for \(text.debugDescription)")
                #expect(error.mark.column >= 1)
                if error.message.contains("did not find expected") || error.message.contains("mapping values are not") {
                    #expect(error.message.hasPrefix("this YAML cannot be read: "), "\(error) for \(text.debugDescription)")
                }
            }
        }
    }
}
