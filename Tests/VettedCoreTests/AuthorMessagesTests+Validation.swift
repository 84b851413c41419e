import Foundation
import Testing
@testable import VettedCore
import VettedTestSupport

/// "Did you mean" for every unknown id, and one cause giving one message.
extension AuthorMessagesTests {
    // MARK: - Did you mean

    @Test(arguments: [
        ("retention: {option: forever, sources: [policy]}", "retention: {option: forever, sources: [polcy]}", "21:44", "polcy"),
        ("a: \"Yes, on the app.\", sources: [policy]", "a: \"Yes, on the app.\", sources: [polic]", "29:58", "polic"),
        ("a: \"Yes, on the app.\", sources: [policy]", "a: \"Yes, on the app.\", sources: poliy", "29:57", "poliy"),
    ])
    func anUnknownSourceSuggestsTheDeclaredOne(old: String, new: String, position: String, id: String) throws {
        #expect(try messages(TestSite.review().replacing(old, new)) == [
            "content/reviews/kimi-ai.md:\(position): error: unknown source '\(id)'; did you mean 'policy'?"
        ])
    }

    @Test func anUnknownReviewSuggestsTheClosestSlug() throws {
        let claude = TestSite.review(slug: "claude", title: "Claude privacy review")
        let review = TestSite.review().replacing("faq:", "alternatives:\n  - {name: Claude, review: claud}\nfaq:")
        #expect(try messages(review, files: ["content/reviews/claude.md": claude]) == [
            "content/reviews/kimi-ai.md:29:28: error: unknown review 'claud' in alternatives; did you mean 'claude'?"
        ])
        let siteYAML = TestSite.siteYAML + "categories:\n  - {key: ai-assistant, name: AI, picks: [kimi]}\n"
        #expect(try messages(TestSite.review(), files: ["site.yaml": siteYAML]) == [
            "site.yaml:7:43: error: unknown review 'kimi' in the picks of 'ai-assistant'; did you mean 'kimi-ai'?"
        ])
    }

    @Test func anUnknownAuthorRubricOptionVerdictAndCriterionSuggestTheClosest() throws {
        #expect(try messages(TestSite.review().replacing("author: jeremy", "author: jeremi")) == [
            "content/reviews/kimi-ai.md:15:9: error: unknown author 'jeremi'; add it under 'authors' in site.yaml; did you mean 'jeremy'?"
        ])
        #expect(try messages(TestSite.review().replacing("rubric: ai-assistant", "rubric: ai-assistants")) == [
            "content/reviews/kimi-ai.md:18:11: error: unknown rubric 'ai-assistants'; rubrics live in content/rubrics/<key>.yaml;"
                + " did you mean 'ai-assistant'?"
        ])
        #expect(try messages(TestSite.review().replacing("option: forever", "option: forevr")) == [
            "content/reviews/kimi-ai.md:21:25: error: 'forevr' is not an option of 'retention'; choose one of none, forever, n/a, unknown;"
                + " did you mean 'forever'?"
        ])
        #expect(try messages(TestSite.review().replacing("rating: caution", "rating: cautoin")) == [
            "content/reviews/kimi-ai.md:11:11: error: unknown verdict 'cautoin'; site.yaml defines recommended, acceptable, caution, avoid;"
                + " did you mean 'caution'?"
        ])
        #expect(try messages(TestSite.review().replacing("    retention: {", "    retension: {")) == [
            "content/reviews/kimi-ai.md:21:5: error: rubric 'ai-assistant' has no criterion 'retension'; did you mean 'retention'?"
        ])
    }

    @Test func aCategoryOnlyThisReviewUsesThatIsCloseToAKnownOneIsAWarning() throws {
        #expect(try messages(TestSite.review().replacing("category: ai-assistant", "category: ai-asistant")) == [
            "content/reviews/kimi-ai.md:8:13: warning: category 'ai-asistant' is not in site.yaml and no other review uses it,"
                + " so it gets a page of its own; did you mean 'ai-assistant'?"
        ])
        // A new category far from every known one is simply new.
        #expect(try messages(TestSite.review().replacing("category: ai-assistant", "category: vpn")) == [])
    }

    @Test func aCountryCodeInCommonUseSuggestsTheISOOne() throws {
        #expect(try messages(TestSite.review().replacing("jurisdiction: [CN, SG]", "jurisdiction: [CN, UK]")) == [
            "content/reviews/kimi-ai.md:9:22: error: 'UK' is not an ISO 3166-1 alpha-2 country code; did you mean 'GB'?"
        ])
    }

    // MARK: - One cause, one message

    @Test func aSourceDateThatDoesNotParseGivesOnlyItsOwnError() throws {
        let review = TestSite.review().replacing("    retrieved: 2026-06-09", "    retrieved: 27/11/2026")
        let error = "content/reviews/kimi-ai.md:27:16: error: 'retrieved' must be a date as YYYY-MM-DD or RFC 3339, not '27/11/2026'"
        #expect(try messages(review) == [error])
        #expect(try checked(review) == [error])
        // Without `reviewed`, the newest source date is when sources were checked.
        let alone = review.replacing("reviewed: 2026-06-09\n", "")
        #expect(try messages(alone) == [error.replacing("27:16", "26:16")])
        #expect(try checked(alone) == [error.replacing("27:16", "26:16")])
    }

    @Test func aReviewedOrPublishedDateThatDoesNotParseGivesOnlyItsOwnError() throws {
        // The sources are old: with `reviewed` unread they must not be called stale in its place.
        let old = TestSite.review().replacing("    retrieved: 2026-06-09", "    retrieved: 2025-01-09")
        #expect(try messages(old.replacing("reviewed: 2026-06-09", "reviewed: 9 June 2026")) == [
            "content/reviews/kimi-ai.md:14:11: error: 'reviewed' must be a date as YYYY-MM-DD or RFC 3339, not '9 June 2026'"
        ])
        #expect(try messages(TestSite.review().replacing("published: 2026-06-10", "published: 10/06/2026")) == [
            "content/reviews/kimi-ai.md:13:12: error: 'published' must be a date as YYYY-MM-DD or RFC 3339, not '10/06/2026'"
        ])
        let history = TestSite.review().replacing("faq:", "history:\n  - {date: 2026-13-01, rating: avoid}\nfaq:")
        #expect(try messages(history) == [
            "content/reviews/kimi-ai.md:29:12: error: 'date' must be a date as YYYY-MM-DD or RFC 3339, not '2026-13-01'"
        ])
    }

    @Test func aReviewWithAnErrorKeepsTheWarningsOfItsFile() throws {
        // An error while reading (title) and a stale source: both, in one run.
        let review = TestSite.review()
            .replacing("title: Kimi AI privacy review", "title: [Kimi AI]")
            .replacing("    retrieved: 2026-06-09", "    retrieved: 2025-01-09")
            .replacing("reviewed: 2026-06-09\n", "")
        #expect(try messages(review) == [
            "content/reviews/kimi-ai.md:2:8: error: 'title' must be a string, not a list",
            "content/reviews/kimi-ai.md:13:12: warning: sources were last checked on 2025-01-09, 538 days ago (stale_after_days is 180)",
        ])
        // An error and a placeholder, and an error and a missing privacy policy.
        let placeholder = TestSite.review()
            .replacing("author: jeremy", "author: [jeremy, {x: 1}]")
            .replacing("summary: The consumer app trains on *prompts*.", "summary: \"TODO: the bottom line.\"")
        #expect(try messages(placeholder) == [
            "content/reviews/kimi-ai.md:12:13: warning: replace the placeholder 'TODO: the bottom line.' with what it asks for;"
                + " it would be published as it is",
            "content/reviews/kimi-ai.md:15:18: error: 'author' must be a string, not a mapping",
        ])
        let noPolicy = TestSite.review().replacing("kind: privacy-policy", "kind: terms")
            .replacing("tags: [ai, china]", "tags: [ai, china]\ndraft: maybe")
        #expect(try messages(noPolicy) == [
            "content/reviews/kimi-ai.md:17:8: error: 'draft' must be true or false, not 'maybe'",
            "content/reviews/kimi-ai.md:24:9: warning: no source of kind 'privacy-policy': a privacy review should cite the policy it reviews",
        ])
    }

    @Test func aPlaceholderInAFileWithAByteOrderMarkIsAtItsColumnAndCommentsAreSkipped() throws {
        let review = "\u{FEFF}" + TestSite.review()
            .replacing("title: Kimi AI privacy review", "title: \"TODO: the title\"\n# TODO: a comment, never published")
        #expect(try messages(review) == [
            "content/reviews/kimi-ai.md:2:9: warning: replace the placeholder 'TODO: the title' with what it asks for;"
                + " it would be published as it is",
        ])
    }

    @Test func aSourceThatCannotBeReadGivesNoWarningAboutTheSources() throws {
        // The kind is misspelt: no "no source of kind 'privacy-policy'" besides.
        #expect(try messages(TestSite.review().replacing("kind: privacy-policy", "kind: privacy-polcy")) == [
            "content/reviews/kimi-ai.md:26:11: error: 'kind' must be one of privacy-policy, terms, dpa, help, news, regulator, analysis, other,"
                + " not 'privacy-polcy'; did you mean 'privacy-policy'?"
        ])
    }
}
