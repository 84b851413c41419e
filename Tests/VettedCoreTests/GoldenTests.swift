import Foundation
import Testing
@testable import VettedCore
import VettedTestSupport

/// Rendered pages compared byte for byte with files in Golden/. After an intended
/// change, run `VETTED_UPDATE_GOLDEN=1 swift test --filter GoldenTests` and review the diff.
@Suite struct GoldenTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static let review = """
        ---
        title: Kimi AI privacy review
        description: What Moonshot AI does with prompts & files.
        product:
          name: Kimi AI
          vendor: Moonshot AI
          url: https://www.kimi.com
          category: ai-assistant
          jurisdiction: [CN, SG]
        verdict:
          rating: caution
          summary: The consumer app trains on *prompts*; the API does not.
          warning: true
        published: 2026-06-10
        updated: 2026-06-12
        reviewed: 2026-06-09
        author: jeremy
        tags: [ai, china]
        scorecard:
          rubric: ai-assistant
          answers:
            training: {option: default-on, sources: [policy], note: No opt-out.}
            retention: {option: forever, sources: [policy, analysis]}
        history:
          - {date: 2026-06-12, rating: caution, note: Re-checked after a release.}
        comparisons:
          - title: Kimi against Claude
            columns: [Aspect, Kimi, Claude]
            rows:
              - [Consumer training, {text: Default on, tone: bad, source: policy}, {text: Opt-out, tone: ok}]
        sources:
          - id: policy
            title: Moonshot AI privacy policy
            url: https://platform.moonshot.ai/docs/privacy
            kind: privacy-policy
            retrieved: 2026-06-09
            effective: 2026-05-01
          - {id: analysis, title: An independent analysis, kind: analysis, retrieved: 2026-05-04}
        faq:
          - {q: Does it train on my prompts?, a: "On the app, yes. Through the API, no.", sources: [policy]}
        affiliate:
          links:
            - {id: proton, label: Proton Unlimited, url: "https://partner.example.net/?ref=kimi"}
        alternatives:
          - {name: Claude, review: claude, note: Trains only if you opt in.}
        ---
        ## What it collects

        Prompts, files and device data ([policy](source:policy)). Compare [Claude](review:claude).

        ## Safer use

        Use the API, or try [Proton](affiliate:proton).

        """

    private func build() throws -> TestSite {
        let site = try TestSite(files: [
            "content/reviews/kimi-ai.md": Self.review,
            "content/reviews/claude.md": TestSite.review(slug: "claude", title: "Claude privacy review")
                .replacing("published: 2026-06-10", "published: 2026-06-11"),
        ])
        #expect(try site.messages(BuildOptions(today: Timestamp("2027-01-01"))) == [
            "content/reviews/claude.md:14:11: warning: sources were last checked on 2026-06-09, 206 days ago (stale_after_days is 180)",
            "content/reviews/kimi-ai.md:16:11: warning: sources were last checked on 2026-06-09, 206 days ago (stale_after_days is 180)",
        ])
        return site
    }

    private func compare(_ output: String, with golden: String) throws {
        let url = Self.folder.appendingPathComponent(golden)
        if ProcessInfo.processInfo.environment["VETTED_UPDATE_GOLDEN"] != nil {
            try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
            try output.write(to: url, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(output == expected, "\(golden) changed; if intended, update it with VETTED_UPDATE_GOLDEN=1")
    }

    @Test func reviewPage() throws {
        let site = try build()
        defer { site.cleanUp() }
        try compare(try site.read("reviews/kimi-ai/index.html"), with: "review.html")
    }

    @Test func listingPage() throws {
        let site = try build()
        defer { site.cleanUp() }
        try compare(try site.read("tags/ai/index.html"), with: "tag-listing.html")
    }

    @Test func badge() throws {
        let site = try build()
        defer { site.cleanUp() }
        try compare(try site.read("badges/kimi-ai.svg"), with: "badge.svg")
    }

    /// The sample of real rating data: explained criteria, a described category with a
    /// pick, and a jurisdiction group.
    private func buildReviewData() throws -> TestSite {
        let claude = TestSite.review(slug: "claude", title: "Claude privacy review")
            .replacing("published: 2026-06-10", "published: 2026-06-11")
            .replacing("jurisdiction: [CN, SG]", "jurisdiction: [US]")
            .replacing("    retention: {option: forever, sources: [policy]}", "    retention: {option: unknown}")
        let site = try TestSite(files: [
            "site.yaml": TestSite.siteYAML + ReviewDataTests.groups + """
                categories:
                  - key: ai-assistant
                    name: Chat assistants
                    description: "Assistants and their **APIs**. See [how we score](rubric:ai-assistant)."
                    picks: [claude]

                """,
            "content/rubrics/ai-assistant.yaml": ReviewDataTests.explainedRubric,
            "content/reviews/kimi-ai.md": Self.review.replacing("published: 2026-06-10", "published: 2026-06-10\nconflict: We use its *paid* plan."),
            "content/reviews/claude.md": claude,
        ])
        let messages = try site.messages(BuildOptions(today: Timestamp("2026-07-01")))
        #expect(messages == [], "\(messages)")
        return site
    }

    @Test func rubricPage() throws {
        let site = try buildReviewData()
        defer { site.cleanUp() }
        try compare(try site.read("rubrics/ai-assistant/index.html"), with: "rubric.html")
    }

    @Test func jurisdictionPages() throws {
        let site = try buildReviewData()
        defer { site.cleanUp() }
        try compare(try site.read("jurisdictions/sg/index.html"), with: "jurisdiction.html")
        try compare(try site.read("jurisdictions/five-eyes/index.html"), with: "jurisdiction-group.html")
    }

    @Test func categoryPage() throws {
        let site = try buildReviewData()
        defer { site.cleanUp() }
        try compare(try site.read("categories/ai-assistant/index.html"), with: "category.html")
    }

    @Test func reviewWithReviewData() throws {
        let site = try buildReviewData()
        defer { site.cleanUp() }
        try compare(try site.read("reviews/claude/index.html"), with: "review-data.html")
        try compare(try site.read("reviews/kimi-ai/index.html"), with: "review-conflict.html")
    }

    /// A review kept in a folder with its images, and every kind of callout.
    @Test func reviewWithCalloutsAndImages() throws {
        let body = """
            ## What it does

            > [!NOTE]
            > The chat app and the API follow different policies.

            > [!TIP]
            > Use the API for client work.

            > [!IMPORTANT]
            > Which door you use decides what happens to your prompts.

            > [!WARNING]
            > The app trains on your prompts.

            > [!CAUTION]
            > Operations are run from Beijing.

            ![The settings screen, with no training switch](settings.png "Settings")

            ![Logo](/images/logo.svg)

            """
        let site = try TestSite(files: [
            "content/reviews/kimi-ai/index.md": Self.review.components(separatedBy: "## What it collects")[0] + body,
            "content/reviews/claude.md": TestSite.review(slug: "claude", title: "Claude privacy review"),
            "static/images/logo.svg": #"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 96 32"><rect width="96" height="32"/></svg>"#,
        ])
        defer { site.cleanUp() }
        try site.write(FilesAndLinksTests.png(width: 1280, height: 800), to: "content/reviews/kimi-ai/settings.png")
        let messages = try site.messages()
        #expect(messages == [], "\(messages)")
        try compare(try site.read("reviews/kimi-ai/index.html"), with: "review-callouts-images.html")
    }
}
