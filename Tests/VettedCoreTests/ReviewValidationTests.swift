import Foundation
import Testing
@testable import VettedCore
import VettedTestSupport

/// One test per front matter rule, pinning the exact message and position.
@Suite struct ReviewValidationTests {
    private func messages(_ review: String, extra: [String: String] = [:]) throws -> [String] {
        var files = extra
        files["content/reviews/kimi-ai.md"] = review
        let site = try TestSite(files: files)
        defer { site.cleanUp() }
        return try site.messages()
    }

    @Test func aValidReviewHasNoDiagnostics() throws {
        #expect(try messages(TestSite.review()) == [])
    }

    @Test func unknownKeyIsAnErrorWithASuggestion() throws {
        let review = TestSite.review().replacing("published: 2026-06-10", "publised: 2026-06-10")
        #expect(try messages(review) == [
            "content/reviews/kimi-ai.md:2:1: error: missing required key 'published' in the front matter",
            "content/reviews/kimi-ai.md:13:1: error: unknown key 'publised' in the front matter; did you mean 'published'?",
        ])
    }

    @Test func unknownNestedKeyNamesItsMapping() throws {
        let review = TestSite.review().replacing("  vendor: Moonshot AI", "  vendr: Moonshot AI")
        #expect(try messages(review) == [
            "content/reviews/kimi-ai.md:6:3: error: unknown key 'vendr' in 'product'; did you mean 'vendor'?"
        ])
    }

    @Test func missingRequiredFieldIsAnErrorAtItsMapping() throws {
        let review = TestSite.review().replacing("description: What Moonshot AI does with prompts.\n", "")
        #expect(try messages(review) == [
            "content/reviews/kimi-ai.md:2:1: error: missing required key 'description' in the front matter"
        ])
    }

    @Test func missingVerdictSummaryIsAnError() throws {
        let review = TestSite.review().replacing("  summary: The consumer app trains on *prompts*.\n", "")
        #expect(try messages(review) == [
            "content/reviews/kimi-ai.md:11:3: error: missing required key 'summary' in 'verdict'"
        ])
    }

    @Test func wrongTypeIsAnError() throws {
        let review = TestSite.review().replacing("tags: [ai, china]", "tags: {ai: 1}")
        #expect(try messages(review) == [
            "content/reviews/kimi-ai.md:16:7: error: 'tags' must be a list, not a mapping"
        ])
    }

    @Test func wrongBooleanIsAnError() throws {
        let review = TestSite.review().replacing("tags: [ai, china]", "draft: yes")
        #expect(try messages(review) == [
            "content/reviews/kimi-ai.md:16:8: error: 'draft' must be true or false, not 'yes'"
        ])
    }

    @Test func unknownVerdictIsAnErrorWithItsPosition() throws {
        let review = TestSite.review().replacing("rating: caution", "rating: cautious")
        #expect(try messages(review) == [
            "content/reviews/kimi-ai.md:11:11: error: unknown verdict 'cautious'; site.yaml defines recommended, acceptable, caution, avoid; did you mean 'caution'?"
        ])
    }

    @Test func unknownSourceIsAnError() throws {
        let review = TestSite.review().replacing("a: \"Yes, on the app.\", sources: [policy]", "a: \"Yes, on the app.\", sources: [polcy]")
        #expect(try messages(review) == [
            "content/reviews/kimi-ai.md:29:58: error: unknown source 'polcy'; did you mean 'policy'?"
        ])
    }

    @Test func unknownRubricIsAnError() throws {
        let review = TestSite.review().replacing("rubric: ai-assistant", "rubric: ai")
        #expect(try messages(review) == [
            "content/reviews/kimi-ai.md:18:11: error: unknown rubric 'ai'; rubrics live in content/rubrics/<key>.yaml"
        ])
    }

    @Test func unknownRubricOptionIsAnError() throws {
        let review = TestSite.review().replacing("option: default-on", "option: default")
        #expect(try messages(review) == [
            "content/reviews/kimi-ai.md:20:24: error: 'default' is not an option of 'training'; choose one of never, opt-out, default-on, n/a, unknown; did you mean 'default-on'?"
        ])
    }

    @Test func unknownCriterionIsAnError() throws {
        // One mistake, one message: the criterion it suggests is not also "not answered".
        let review = TestSite.review().replacing("    retention: {", "    retension: {")
        #expect(try messages(review) == [
            "content/reviews/kimi-ai.md:21:5: error: rubric 'ai-assistant' has no criterion 'retension'; did you mean 'retention'?"
        ])
        let unlike = TestSite.review().replacing("    retention: {", "    storage: {")
        #expect(try messages(unlike) == [
            "content/reviews/kimi-ai.md:20:5: error: the scorecard does not answer criterion 'retention' of rubric 'ai-assistant'",
            "content/reviews/kimi-ai.md:21:5: error: rubric 'ai-assistant' has no criterion 'storage'",
        ])
    }

    @Test func anAnswerWithoutSourcesIsAnError() throws {
        let review = TestSite.review().replacing("retention: {option: forever, sources: [policy]}", "retention: {option: forever}")
        #expect(try messages(review) == [
            "content/reviews/kimi-ai.md:21:16: error: answer 'retention' must cite at least one source in 'sources' or a link in 'evidence' (an answer not checked yet is 'option: unknown')"
        ])
    }

    @Test func anEmptySourceListOnAnAnswerIsAnError() throws {
        let review = TestSite.review().replacing("retention: {option: forever, sources: [policy]}", "retention: {option: forever, sources: []}")
        #expect(try messages(review) == [
            "content/reviews/kimi-ai.md:21:16: error: answer 'retention' must cite at least one source in 'sources' or a link in 'evidence' (an answer not checked yet is 'option: unknown')"
        ])
    }

    @Test func aKeyWithNoValuePointsAtTheKey() throws {
        let review = TestSite.review().replacing("description: What Moonshot AI does with prompts.", "description:")
        #expect(try messages(review) == ["content/reviews/kimi-ai.md:3:1: error: 'description' needs a value"])
    }

    @Test func unknownAuthorIsAnError() throws {
        let review = TestSite.review().replacing("author: jeremy", "author: jeremie")
        #expect(try messages(review) == [
            "content/reviews/kimi-ai.md:15:9: error: unknown author 'jeremie'; add it under 'authors' in site.yaml; did you mean 'jeremy'?"
        ])
    }

    @Test func unknownAlternativeReviewIsAnError() throws {
        let review = TestSite.review().replacing("faq:", "alternatives:\n  - {name: Lumo, review: proton-lumo}\nfaq:")
        #expect(try messages(review) == [
            "content/reviews/kimi-ai.md:29:26: error: unknown review 'proton-lumo' in alternatives"
        ])
    }

    @Test func anAlternativeNeedsAReviewOrURL() throws {
        let review = TestSite.review().replacing("faq:", "alternatives:\n  - {name: Lumo}\nfaq:")
        #expect(try messages(review) == [
            "content/reviews/kimi-ai.md:29:5: error: alternatives item 1 needs a 'review' slug or a 'url'"
        ])
    }

    @Test func duplicateSlugIsAnErrorInTheSecondFile() throws {
        let site = try TestSite(files: [
            "content/reviews/kimi-ai.md": TestSite.review(),
            "content/reviews/kimi.md": TestSite.review().replacing("title: Kimi", "slug: kimi-ai\ntitle: Kimi"),
        ])
        defer { site.cleanUp() }
        #expect(try site.messages() == [
            "content/reviews/kimi.md:2:7: error: slug 'kimi-ai' is already used by content/reviews/kimi-ai.md"
        ])
    }

    @Test func invalidDateIsAnError() throws {
        let review = TestSite.review().replacing("published: 2026-06-10", "published: 2026-02-30")
        #expect(try messages(review) == [
            "content/reviews/kimi-ai.md:13:12: error: 'published' must be a date as YYYY-MM-DD or RFC 3339, not '2026-02-30'"
        ])
    }

    @Test func slugOutsideThePatternIsAnError() throws {
        let review = TestSite.review().replacing("title: Kimi", "slug: Kimi_AI\ntitle: Kimi")
        #expect(try messages(review) == [
            "content/reviews/kimi-ai.md:2:7: error: slug 'Kimi_AI' must use only a-z, 0-9 and -"
        ])
    }

    @Test func aFileNameThatIsNoSlugIsAnError() throws {
        let site = try TestSite(files: ["content/reviews/Kimi AI.md": TestSite.review()])
        defer { site.cleanUp() }
        #expect(try site.messages() == [
            "content/reviews/Kimi AI.md:1:1: error: the file name 'Kimi AI' is not a valid slug (a-z, 0-9 and - only); rename the file or set 'slug'"
        ])
    }

    @Test func aCategoryThatCouldLeaveTheOutputIsAnErrorNotACrash() throws {
        let review = TestSite.review().replacing("category: ai-assistant", "category: \"..\"")
        #expect(try messages(review) == [
            "content/reviews/kimi-ai.md:8:13: error: category '..' must use only a-z, 0-9 and -"
        ])
    }

    @Test func unknownJurisdictionCodeIsAnError() throws {
        let review = TestSite.review().replacing("jurisdiction: [CN, SG]", "jurisdiction: [cn, XX]")
        #expect(try messages(review) == [
            "content/reviews/kimi-ai.md:9:18: error: 'cn' is not an ISO 3166-1 alpha-2 country code; did you mean 'CN'?",
            "content/reviews/kimi-ai.md:9:22: error: 'XX' is not an ISO 3166-1 alpha-2 country code",
        ])
    }

    @Test func unknownSourceKindIsAnError() throws {
        let review = TestSite.review().replacing("kind: privacy-policy", "kind: policy")
        #expect(try messages(review) == [
            "content/reviews/kimi-ai.md:26:11: error: 'kind' must be one of privacy-policy, terms, dpa, help, news, regulator, analysis, other, not 'policy'"
        ])
    }

    @Test func duplicateSourceIDIsAnError() throws {
        let review = TestSite.review().replacing(
            "faq:", "  - {id: policy, title: Again, kind: terms, retrieved: 2026-06-09}\nfaq:")
        #expect(try messages(review) == [
            "content/reviews/kimi-ai.md:28:10: error: source id 'policy' is already used at line 23"
        ])
    }

    @Test func aComparisonRowOfTheWrongLengthIsAnError() throws {
        let review = TestSite.review().replacing(
            "faq:", "comparisons:\n  - title: Kimi against Claude\n    columns: [Aspect, Kimi, Claude]\n    rows:\n      - [Training, Yes]\nfaq:")
        #expect(try messages(review) == [
            "content/reviews/kimi-ai.md:32:9: error: this row has 2 cells but the table has 3 columns"
        ])
    }

    @Test func errorsAfterABlockScalarKeepTheirLine() throws {
        let review = TestSite.review().replacing(
            "  summary: The consumer app trains on *prompts*.",
            "  summary: |\n    The consumer app\n    trains on *prompts*.\n  warnin: true")
        #expect(try messages(review) == [
            "content/reviews/kimi-ai.md:15:3: error: unknown key 'warnin' in 'verdict'; did you mean 'warning'?"
        ])
    }

    @Test func aYAMLSyntaxErrorCountsLinesFromTheTopOfTheFile() throws {
        let review = TestSite.review().replacing("tags: [ai, china]", "tags: [ai, china")
        #expect(try messages(review) == [
            "content/reviews/kimi-ai.md:16:7: error: this list is never closed: add ']' after its last item"
        ])
    }

    @Test func duplicateKeysAreAnError() throws {
        let review = TestSite.review().replacing("tags: [ai, china]", "tags: [ai]\ntags: [china]")
        #expect(try messages(review) == [
            "content/reviews/kimi-ai.md:17:1: error: duplicate key 'tags' (first given at line 16, column 1)"
        ])
    }

    @Test func anAliasBombInFrontMatterIsAnError() throws {
        var bomb = "---\ntitle: x\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...7 {
            bomb += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]\n"
        }
        bomb += "---\n"
        #expect(try messages(bomb) == [
            "content/reviews/kimi-ai.md:7:55: error: aliases expand this document to more than 100000 nodes"
        ])
    }

    @Test func aFileThatIsNotUTF8IsAnErrorAtTheBadByte() throws {
        let site = try TestSite(files: [:])
        defer { site.cleanUp() }
        try site.write(Array("---\ntitle: caf".utf8) + [0xE9] + Array("\n---\n".utf8), to: "content/reviews/bad.md")
        #expect(try site.messages() == ["content/reviews/bad.md:2:11: error: the file is not valid UTF-8"])
    }

    @Test func anEmptyFileIsAnError() throws {
        #expect(try messages("") == ["content/reviews/kimi-ai.md:1:1: error: the file is empty"])
    }

    @Test func aMissingClosingFenceIsAnError() throws {
        #expect(try messages("---\ntitle: x\n\nBody.\n") == [
            "content/reviews/kimi-ai.md:1:1: error: the front matter opened here is never closed by a '---' line"
        ])
    }

    @Test func aFileWithoutFrontMatterIsAnError() throws {
        #expect(try messages("# Just Markdown\n") == [
            "content/reviews/kimi-ai.md:1:1: error: the file must start with front matter: a line '---', the YAML, and another '---'"
        ])
    }

    @Test func frontMatterThatIsNotAMappingIsAnError() throws {
        #expect(try messages("---\n- a\n- b\n---\n") == [
            "content/reviews/kimi-ai.md:2:1: error: the front matter must be a mapping of keys to values, not a list"
        ])
    }

    @Test func aByteOrderMarkAndCRLFLineEndingsAreAccepted() throws {
        let site = try TestSite(files: [:])
        defer { site.cleanUp() }
        let crlf = TestSite.review().replacingOccurrences(of: "\n", with: "\r\n")
        try site.write([0xEF, 0xBB, 0xBF] + Array(crlf.utf8), to: "content/reviews/kimi-ai.md")
        #expect(try site.messages() == [])
        #expect(try site.read("reviews/kimi-ai/index.html").contains(#"<h2 id="what-it-does">What it does</h2>"#))
    }

    @Test func everyErrorOfEveryFileIsReportedSorted() throws {
        let site = try TestSite(files: [
            "content/reviews/b.md": TestSite.review(slug: "b").replacing("rating: caution", "rating: nope")
                .replacing("author: jeremy", "author: nobody"),
            "content/reviews/a.md": TestSite.review(slug: "a").replacing("published: 2026-06-10", "published: soon"),
            "content/pages/tags.md": "---\ntitle: Tags\n---\n",
        ])
        defer { site.cleanUp() }
        #expect(try site.messages() == [
            "content/pages/tags.md:1:1: error: the page slug 'tags' collides with the generated /tags/ path; choose another",
            "content/reviews/a.md:13:12: error: 'published' must be a date as YYYY-MM-DD or RFC 3339, not 'soon'",
            "content/reviews/b.md:11:11: error: unknown verdict 'nope'; site.yaml defines recommended, acceptable, caution, avoid",
            "content/reviews/b.md:15:9: error: unknown author 'nobody'; add it under 'authors' in site.yaml",
        ])
    }
}
