import Foundation
import Testing
@testable import VettedCore
import VettedTestSupport

/// Messages as an author meets them: YAML mistakes in their own words at the file's
/// line, "did you mean" for every unknown id, and one message per cause.
@Suite struct AuthorMessagesTests {
    static let today = BuildOptions(today: Timestamp("2026-07-01"))

    func messages(_ review: String, files: [String: String] = [:]) throws -> [String] {
        var files = files
        files["content/reviews/kimi-ai.md"] = review
        let site = try TestSite(files: files)
        defer { site.cleanUp() }
        return try site.messages()
    }

    /// What `vetted check` reports, which adds the per-source freshness warnings.
    func checked(_ review: String) throws -> [String] {
        let site = try TestSite(files: ["content/reviews/kimi-ai.md": review, "content/pages/about.md": "---\ntitle: About\n---\nHi.\n"])
        defer { site.cleanUp() }
        return try Builder(site: site.root, options: Self.today).check().diagnostics.map {
            $0.description.replacingOccurrences(of: site.root + "/", with: "")
        }
    }

    private static let libyamlWords = ["found character", "mapping values are not allowed", "did not find expected", "while scanning", "while parsing"]

    private func expectAuthorWords(_ messages: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        for message in messages {
            #expect(!Self.libyamlWords.contains { message.contains($0) }, "\(message)", sourceLocation: sourceLocation)
        }
    }

    // MARK: - YAML in the author's words, at the file's line

    @Test func aTabInFrontMatterIsNamedAtItsFileLine() throws {
        let found = try messages(TestSite.review().replacing("  vendor: Moonshot AI", "\tvendor: Moonshot AI"))
        #expect(found == [
            "content/reviews/kimi-ai.md:6:1: error: a tab is used for indentation here; YAML indents with spaces only: replace the tab with spaces"
        ])
        expectAuthorWords(found)
    }

    @Test func aColonInAFrontMatterValueShowsTheAuthorsLineQuoted() throws {
        let found = try messages(TestSite.review().replacing("title: Kimi AI privacy review", "title: Kimi AI: a privacy review"))
        #expect(found == [
            "content/reviews/kimi-ai.md:2:15: error: this value holds ': ', which YAML reads as a new key; put the value in quotes:"
                + " title: \"Kimi AI: a privacy review\""
        ])
    }

    @Test func anUnclosedQuoteInFrontMatterIsNamedAtTheQuoteEvenWhenALaterQuoteClosesIt() throws {
        // The FAQ's `a: "` further down closes the description's quote for libyaml.
        let description = TestSite.review().replacing(
            "description: What Moonshot AI does with prompts.", "description: \"What Moonshot AI does with prompts.")
        #expect(try messages(description) == [
            "content/reviews/kimi-ai.md:3:14: error: this quote is never closed; add the closing \" at the end of the value"
        ])
        let note = TestSite.review().replacing("note: No opt-out.}", "note: \"No opt-out.}")
        #expect(try messages(note) == [
            "content/reviews/kimi-ai.md:20:61: error: this quote is never closed; add the closing \" at the end of the value"
        ])
    }

    @Test func anUnclosedListInFrontMatterIsNamedAtItsBracket() throws {
        let found = try messages(TestSite.review().replacing("jurisdiction: [CN, SG]", "jurisdiction: [CN, SG"))
        #expect(found == ["content/reviews/kimi-ai.md:9:17: error: this list is never closed: add ']' after its last item"])
    }

    @Test func aWronglyIndentedFrontMatterKeyNamesTheKeyToLineUpWith() throws {
        let more = try messages(TestSite.review().replacing("  vendor: Moonshot AI", "   vendor: Moonshot AI"))
        #expect(more == [
            "content/reviews/kimi-ai.md:6:4: error: this line is indented 3 spaces, but the keys of this mapping start at column 3;"
                + " line it up with 'name' on line 5"
        ])
        let less = try messages(TestSite.review().replacing("    url: https://platform.moonshot.ai/docs/privacy", "   url: https://platform.moonshot.ai/docs/privacy"))
        #expect(less == [
            "content/reviews/kimi-ai.md:25:4: error: this line is indented 3 spaces, but the keys of this mapping start at column 5;"
                + " line it up with 'title' on line 24"
        ])
        expectAuthorWords(more + less)
    }

    @Test func aMistakeInSiteYAMLIsNamedAtItsLine() throws {
        let unclosed = TestSite.siteYAML.replacing("url: /about/}", "url: /about/")
        #expect(try messages(TestSite.review(), files: ["site.yaml": unclosed]) == [
            "site.yaml:4:11: error: this mapping is never closed: add '}' after its last key and value"
        ])
        let colon = TestSite.siteYAML.replacing("title: Test Reviews", "title: Reviews: tested")
        #expect(try messages(TestSite.review(), files: ["site.yaml": colon]) == [
            "site.yaml:1:15: error: this value holds ': ', which YAML reads as a new key; put the value in quotes: title: \"Reviews: tested\""
        ])
    }

    @Test func aMistakeInARubricIsNamedAtItsLine() throws {
        // Only the rubric's own message: what the review then says of its rubric is another matter.
        func messages(_ rubric: String) throws -> [String] {
            try self.messages(TestSite.review(), files: ["content/rubrics/ai-assistant.yaml": rubric]).filter { $0.hasPrefix("content/rubrics/") }
        }
        let tab = TestSite.rubric.replacing("    points: 5", "\tpoints: 5")
        #expect(try messages(tab) == [
            "content/rubrics/ai-assistant.yaml:12:1: error: a tab is used for indentation here; YAML indents with spaces only: replace the tab with spaces"
        ])
        let indented = TestSite.rubric.replacing("    label: Trains on chats", "     label: Trains on chats")
        #expect(try messages(indented) == [
            "content/rubrics/ai-assistant.yaml:4:6: error: this line is indented 5 spaces, but the keys of this mapping start at column 5;"
                + " line it up with 'key' on line 3"
        ])
    }

    @Test func aMistakeInTheSampleSiteIsNamedInTheAuthorsWords() throws {
        let site = try TestSite.sample()
        defer { site.cleanUp() }
        let review = try String(contentsOfFile: site.root + "/content/reviews/chatgpt.md", encoding: .utf8)
        try site.write(review.replacing("  vendor: OpenAI", "  vendor: OpenAI: the maker"), to: "content/reviews/chatgpt.md")
        let found = try site.messages().filter { $0.contains("chatgpt.md") }
        #expect(found == [
            "content/reviews/chatgpt.md:6:17: error: this value holds ': ', which YAML reads as a new key; put the value in quotes:"
                + " vendor: \"OpenAI: the maker\""
        ])
    }
}
