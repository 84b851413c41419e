import CCmarkGFM
import Dispatch
import Foundation
import Synchronization
import Testing
import VettedMarkdown

/// cmark-gfm's inline parser reads a global table of special characters that every
/// parse with extensions adds to and clears (see CmarkDocument). Parses run in
/// parallel; these tests compare parallel output with serial output byte for byte.
/// `scripts/markdown-parallel-check` does the same for the whole benchmark corpus.
@Suite struct ConcurrencyTests {
    /// Every extension: tables with alignment, strikethrough with one and two tildes,
    /// autolinks (www., http(s), e-mail), the tag filter, task lists and footnotes,
    /// with emphasis, code, links, images and raw HTML around them.
    static let everyExtension = """
        # Every *extension* with `code`

        | Left | Centre | Right | None |
        |:-----|:------:|------:|------|
        | ~one~ | **two** | [three](https://example.org/3) | www.example.com/4 |
        | `five` | ~~six~~ | user@example.org | <b>seven</b> |
        | a \\| pipe | _eight_ | http://example.net/9 | ~~ten~~ |

        ~single~ and ~~double~~ strikethrough, ~~*emphasis* and **strong**~~, a~b~c, ~~~three~~~.

        Autolinks: www.example.org/path?q=1, https://example.com/a_b, http://example.net,
        contact@example.org and mailto:me@example.org; not (www.example.org/in-parens).

        Tag filter: <title>t</title> <textarea>x</textarea> <style>s</style> <xmp>x</xmp>
        <iframe src="/frame"></iframe> <noembed>n</noembed> <noframes>n</noframes> <plaintext>p</plaintext>

        - [x] done, with www.example.org
        - [ ] open, with ~~struck~~ text
          - [x] nested *task*

        1. First with a footnote[^note]
        2. Second with another[^2]

        [^note]: The note, with https://example.org/note and ~~old~~ text.
        [^2]: Second *note*.

        <div class="raw">raw <em>HTML</em> block</div>

        Inline <span title="t">raw</span> HTML, a [reference][ref] link, an ![image](/i.png "title"),
        a hard\\
        break and \\*escaped\\* stars.

        [ref]: https://example.org/ref "Reference"

        ```swift
        let code = "~~not struck~~ www.example.org"
        ```

        > Quote with _emphasis_, ~~strike~~ and https://example.org/quote.

        ## Second heading with ~~strike~~ and www.example.org
        """

    /// The same without a tilde, so it is parsed without the strikethrough extension.
    static let everyExtensionWithoutTilde = everyExtension.replacingOccurrences(of: "~", with: "")

    static let plain = MarkdownRenderer()
    static let rawHTML = MarkdownRenderer(allowsRawHTML: true)

    /// Review bodies of the benchmark corpus (CorpusSample.swift).
    static let corpusSample = CorpusSample.bodies.map(\.text)

    /// Renders every job serially, then each `rounds` times on all cores at once, and
    /// returns the indices of the jobs whose parallel result differed.
    static func parallelMismatches(
        _ jobs: [@Sendable () -> RenderedMarkdown], rounds: Int
    ) -> (expected: [RenderedMarkdown], mismatches: [Int]) {
        let expected = jobs.map { $0() }
        let mismatches = Mutex<[Int]>([])
        DispatchQueue.concurrentPerform(iterations: jobs.count * rounds) { iteration in
            let index = iteration % jobs.count
            if jobs[index]() != expected[index] {
                mismatches.withLock { $0.append(index) }
            }
        }
        return (expected, mismatches.withLock { Set($0).sorted() })
    }

    @Test func everyExtensionInParallelMatchesSerial() {
        let markdown = Self.everyExtension, withoutTilde = Self.everyExtensionWithoutTilde
        let inline = "~~old~~ price, now *www.example.org/new* or https://example.com"
        // Long texts keep the inline pass, where the table is read, running for longer.
        let long = String(repeating: markdown + "\n\n", count: 12)
        let longWithoutTilde = String(repeating: withoutTilde + "\n\n", count: 12)
        let jobs: [@Sendable () -> RenderedMarkdown] = [
            { Self.plain.render(markdown) },
            { Self.rawHTML.render(markdown) },
            { Self.plain.render(withoutTilde) },
            { Self.rawHTML.render(withoutTilde) },
            { Self.plain.renderInline(inline) },
            { Self.plain.renderInline(inline.replacingOccurrences(of: "~", with: "")) },
            { Self.plain.render(long) },
            { Self.rawHTML.render(long) },
            { Self.plain.render(longWithoutTilde) },
            { Self.rawHTML.render(longWithoutTilde) },
        ]
        let (expected, mismatches) = Self.parallelMismatches(jobs, rounds: 100)
        #expect(mismatches == [])

        // The serial output has what each extension writes.
        let html = expected[1].html
        #expect(html.ranges(of: "<del>").count == 11)
        #expect(html.contains(#"<th align="center">Centre</th>"#) && html.contains(#"<td align="right">"#))
        #expect(html.contains(#"<a href="http://www.example.com/4">www.example.com/4</a>"#))
        #expect(html.contains(#"<a href="mailto:contact@example.org">contact@example.org</a>"#))
        #expect(html.contains(#"<a href="https://example.com/a_b">https://example.com/a_b</a>"#))
        #expect(html.contains("&lt;title>t&lt;/title>") && html.contains("&lt;plaintext>"))
        #expect(html.contains(#"<input type="checkbox" checked="" disabled="" /> done"#))
        #expect(html.contains(#"<section class="footnotes" data-footnotes>"#))
        #expect(html.contains(#"<div class="raw">raw <em>HTML</em> block</div>"#))
        #expect(html.contains("~~not struck~~ www.example.org") && html.contains("a hard<br />"))
        #expect(expected[1].headings.map(\.id) == ["every-extension-with-code", "second-heading-with-strike-and-wwwexampleorg"])
        #expect(!expected[0].html.contains("<div class=\"raw\">") && expected[0].html.ranges(of: "<del>").count == 11)
        #expect(!expected[2].html.contains("<del>") && expected[2].html.contains(#"<td align="right">"#))
        #expect(expected[2].html.contains(#"<a href="http://www.example.com/4">www.example.com/4</a>"#))
        #expect(expected[4].html == #"<del>old</del> price, now <em><a href="http://www.example.org/new">www.example.org/new</a></em> or <a href="https://example.com">https://example.com</a>"#)
    }

    @Test func corpusSampleInParallelMatchesSerial() {
        let bodies = Self.corpusSample
        #expect(bodies.count == 25)
        #expect(bodies.allSatisfy { $0.hasSuffix("try [the partner offer](affiliate:partner).\n") })
        let jobs: [@Sendable () -> RenderedMarkdown] = bodies.map { body in { Self.plain.render(body) } }
        let (expected, mismatches) = Self.parallelMismatches(jobs, rounds: 8)
        #expect(mismatches == [])
        #expect(expected.allSatisfy { $0.html.contains("<table>") && $0.html.contains("<a href=\"https://example.org/") })
    }

    /// Texts without a `~` are parsed without the strikethrough extension, outside the
    /// lock. An unused link reference definition ending in `~` adds nothing to the page
    /// but sends the text down the other path, with all five extensions: the HTML
    /// must be the same.
    @Test func leavingStrikethroughOffChangesNothingWithoutATilde() {
        for body in Self.corpusSample + [Self.everyExtensionWithoutTilde] {
            for renderer in [Self.plain, Self.rawHTML] {
                let withTilde = body + "\n\n[vetted-unused-reference]: /~\n"
                #expect(renderer.render(body) == renderer.render(withTilde))
            }
        }
    }

    // MARK: The whole corpus

    /// Run by `scripts/markdown-parallel-check`, with VETTED_MARKDOWN_CORPUS set to the
    /// folder of review files `gen_corpus.py` writes.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["VETTED_MARKDOWN_CORPUS"] != nil))
    func fullCorpus() throws {
        let folder = URL(fileURLWithPath: ProcessInfo.processInfo.environment["VETTED_MARKDOWN_CORPUS"] ?? "")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".md") }.sorted()
        let bodies: [String] = try names.map { name in
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            guard let end = text.range(of: "\n---\n") else { return text }
            return String(text[end.upperBound...])
        }
        #expect(bodies.count > 0)
        let clock = ContinuousClock()
        var html: [String] = []
        let serialTime = clock.measure { html = bodies.map { Self.plain.render($0).html } }
        let serial = html
        let mismatches = Mutex<[Int]>([])
        let parallelTime = clock.measure {
            DispatchQueue.concurrentPerform(iterations: bodies.count) { index in
                if Self.plain.render(bodies[index]).html != serial[index] { mismatches.withLock { $0.append(index) } }
            }
        }
        let differing = mismatches.withLock { $0.sorted() }
        #expect(differing.isEmpty, "differ in parallel: \(differing.prefix(20).map { names[$0] })")
        // A digest of the serial HTML, to compare builds or cmark-gfm versions.
        var digest: UInt64 = 0xcbf2_9ce4_8422_2325
        for page in serial {
            for byte in page.utf8 { digest = (digest ^ UInt64(byte)) &* 0x100_0000_01b3 }
        }
        print("fullCorpus: \(bodies.count) bodies, cmark-gfm \(MarkdownRenderer.libraryVersion), serial \(serialTime), "
            + "parallel \(parallelTime), \(differing.count) differ, digest of the HTML \(String(digest, radix: 16))")
    }
}

/// The global table itself, seen through an extension of the tests' own. One test at
/// a time: they share the probe's state.
@Suite(.serialized) struct GlobalTableTests {
    /// State for the C callback below, which cannot capture anything.
    private static let probe = Mutex(Probe())

    private struct Probe: @unchecked Sendable {
        /// The characters the probe extension was called with.
        var seen: [UInt8] = []
        /// A parser whose whole parse runs when the probe is first called, as if on
        /// another thread at that moment.
        var interruptingParser: OpaquePointer?
    }

    /// An extension without characters of its own: the inline parser calls it at the
    /// first character of every run of plain text, so what it sees tells which
    /// characters the global table makes special at that moment.
    private static func makeProbe(characters: [UInt8] = []) -> OpaquePointer? {
        let ext = cmark_syntax_extension_new("vetted-test-probe")
        cmark_syntax_extension_set_match_inline_func(ext) { _, _, _, character, _ in
            let interrupting = GlobalTableTests.probe.withLock { probe in
                probe.seen.append(character)
                defer { probe.interruptingParser = nil }
                return probe.interruptingParser
            }
            if let interrupting {
                cmark_parser_feed(interrupting, "z", 1)
                if let document = cmark_parser_finish(interrupting) { cmark_node_free(document) }
            }
            return nil
        }
        var list: UnsafeMutablePointer<cmark_llist>?
        for character in characters {
            list = cmark_llist_append(cmark_get_default_mem_allocator(), list, UnsafeMutableRawPointer(bitPattern: Int(character)))
        }
        if list != nil { cmark_syntax_extension_set_special_inline_chars(ext, list) }
        return ext
    }

    /// Parses `text` with only `extensions` attached and returns what the probe saw.
    private static func probe(_ text: String, with extensions: [OpaquePointer?], interruptedBy: OpaquePointer? = nil) -> [UInt8] {
        guard let parser = cmark_parser_new(CMARK_OPT_DEFAULT) else { return [] }
        defer { cmark_parser_free(parser) }
        for ext in extensions { cmark_parser_attach_syntax_extension(parser, ext) }
        probe.withLock { $0 = Probe(seen: [], interruptingParser: interruptedBy) }
        cmark_parser_feed(parser, text, text.utf8.count)
        if let document = cmark_parser_finish(parser) { cmark_node_free(document) }
        return probe.withLock { $0.seen }
    }

    /// What went wrong before parses were kept apart, shown with a character Vetted
    /// never uses, `%`: a parse that ends clears its extensions' characters while
    /// another parse is still reading them, and that one stops seeing them.
    @Test(arguments: [false, true]) func aParseThatEndsClearsTheCharactersOfAnother(interrupted: Bool) {
        let percent = Self.makeProbe(characters: [UInt8(ascii: "%")])
        defer { cmark_syntax_extension_free(cmark_get_default_mem_allocator(), percent) }
        let other = cmark_parser_new(CMARK_OPT_DEFAULT)
        defer { cmark_parser_free(other) }
        cmark_parser_attach_syntax_extension(other, percent)
        let seen = Self.probe("a % b % c", with: [percent], interruptedBy: interrupted ? other : nil)
        // Uninterrupted, the text stops at each `%`; once the other parse has ended,
        // `%` is plain text again for the rest of this one.
        // (`z` is the other parse's own text.)
        #expect(seen == Array((interrupted ? "az" : "a%%").utf8))
    }

    /// autolink's `:` and `w` are set in the table once, for good, and taken off the
    /// extension: they are special even when no parse is running, and clearing what
    /// autolink adds (what every parse did when it ended) leaves them set.
    @Test func autolinkCharactersStaySetForGood() {
        _ = MarkdownRenderer().render("Registers the extensions.")
        let probe = Self.makeProbe()
        defer { cmark_syntax_extension_free(cmark_get_default_mem_allocator(), probe) }
        let special = Array("a:w".utf8)
        #expect(Self.probe("ab:cdwef", with: [probe]).filter(special.contains) == special)

        let autolink = cmark_find_syntax_extension("autolink")
        let parser = cmark_parser_new(CMARK_OPT_DEFAULT)
        defer { cmark_parser_free(parser) }
        cmark_parser_attach_syntax_extension(parser, autolink)
        cmark_manage_extensions_special_characters(parser, 0)
        #expect(Self.probe("ab:cdwef", with: [probe]).filter(special.contains) == special)
    }
}
