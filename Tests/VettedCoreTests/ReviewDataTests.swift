import Foundation
import Testing
@testable import VettedCore
import VettedTestSupport

/// Answers that do not count, evidence coverage, automatic verdicts, explained
/// criteria, jurisdictions, categories, organisations and conflicts of interest.
/// The test rubric weighs `training` 10 points (never 100 %, opt-out 30 %, default-on
/// 0 %) and `retention` 5 points (none 100 %, forever 0 %).
@Suite struct ReviewDataTests {
    static let verdicts = """
        verdicts:
          - {key: recommended, label: Recommended, tone: good, min_score: 8}
          - {key: caution, label: Use with caution, tone: warn, min_score: 3}
          - {key: avoid, label: Avoid, tone: bad, min_score: 0}

        """

    /// The test review with its two answers replaced.
    static func review(training: String, retention: String, rating: String = "caution", slug: String = "kimi-ai") -> String {
        TestSite.review(slug: slug, title: "Review \(slug)")
            .replacing("    training: {option: default-on, sources: [policy], note: No opt-out.}", "    training: \(training)")
            .replacing("    retention: {option: forever, sources: [policy]}", "    retention: \(retention)")
            .replacing("  rating: caution", "  rating: \(rating)")
    }

    static func site(_ reviews: [String: String], siteYAML: String = "", rubric: String? = nil) throws -> TestSite {
        var files = ["site.yaml": TestSite.siteYAML + siteYAML]
        for (slug, text) in reviews { files["content/reviews/\(slug).md"] = text }
        if let rubric { files["content/rubrics/ai-assistant.yaml"] = rubric }
        return try TestSite(files: files)
    }

    /// The score a review's page shows, or nil.
    static func score(_ html: String) -> String? {
        html.firstMatch(of: /Score <strong>([0-9.]+)<\/strong>\/10/).map { String($0.1) }
    }

    // MARK: Answers that do not count

    @Test("never (100 % × 10) + retention n/a = 1000 / 10 points = 10.0, not 1000 / 15 = 6.7")
    func notApplicableLeavesTheDenominator() throws {
        let site = try Self.site(["kimi-ai": Self.review(training: "{option: never, sources: [policy]}", retention: "{option: n/a}")])
        defer { site.cleanUp() }
        #expect(try site.messages() == [])
        let html = try site.read("reviews/kimi-ai/index.html")
        #expect(Self.score(html) == "10.0")
        #expect(html.contains(#"<td class="tone tone-none">Not applicable</td>"#))
        #expect(html.contains("1 of 1 criterion with evidence"))
    }

    @Test("opt-out (30 % × 10) + retention unknown = 300 / 10 points = 3.0, not 300 / 15 = 2.0")
    func unknownLeavesTheDenominatorButCountsAgainstCoverage() throws {
        let site = try Self.site(["kimi-ai": Self.review(training: "{option: opt-out, sources: [policy]}", retention: "{option: unknown}")])
        defer { site.cleanUp() }
        #expect(try site.messages() == [])
        let html = try site.read("reviews/kimi-ai/index.html")
        #expect(Self.score(html) == "3.0")
        #expect(html.contains(#"<td class="tone tone-none">Not checked yet</td>"#))
        #expect(html.contains("1 of 2 criteria with evidence"))
        #expect(!html.contains("Not rated"))
        let matrix = try site.read("compare/ai-assistant/index.html")
        #expect(matrix.contains(#"<td class="tone tone-none">Not checked yet</td>"#))
    }

    @Test("n/a × 10 + unknown × 5: no criterion counts, so no score (0 / 0)")
    func noCountingCriterionMeansNoScore() throws {
        let site = try Self.site(["kimi-ai": Self.review(training: "{option: n/a}", retention: "{option: unknown}")])
        defer { site.cleanUp() }
        #expect(try site.messages() == [])
        let html = try site.read("reviews/kimi-ai/index.html")
        #expect(Self.score(html) == nil)
        #expect(html.contains("0 of 1 criterion with evidence"))
        #expect(!html.contains("reviewRating"))
    }

    @Test func aCriterionLeftOutIsStillAnError() throws {
        let review = Self.review(training: "{option: n/a}", retention: "{option: none, sources: [policy]}")
            .replacing("    training: {option: n/a}\n", "")
        let site = try Self.site(["kimi-ai": review])
        defer { site.cleanUp() }
        let found_site = try site.messages()
        #expect(found_site == [
            "content/reviews/kimi-ai.md:20:5: error: the scorecard does not answer criterion 'training' of rubric 'ai-assistant'"
        ])
    }

    @Test func aRubricCannotDefineTheReservedAnswers() throws {
        let rubric = TestSite.rubric.replacing("      - {key: forever, label: Forever, percent: 0}", "      - {key: N/A, label: Not applicable, percent: 0}\n      - {key: unknown, label: Unknown, percent: 0}")
        let site = try Self.site(["kimi-ai": TestSite.review().replacing("option: forever", "option: none")], rubric: rubric)
        defer { site.cleanUp() }
        let found_site = try site.messages()
        #expect(found_site == [
            "content/rubrics/ai-assistant.yaml:15:15: error: 'N/A' cannot be an option: every criterion already takes 'n/a', which leaves the criterion out of the score; remove this option",
            "content/rubrics/ai-assistant.yaml:16:15: error: 'unknown' cannot be an option: every criterion already takes 'unknown', which leaves the criterion out of the score; remove this option",
        ])
    }

    @Test func aSlipOnAReservedAnswerSuggestsItAndNeverAnotherOption() throws {
        // `no` is an option and one edit away from `NA`; the suggestion is still 'n/a'.
        let rubric = TestSite.rubric.replacing("{key: none, label: No, percent: 100}", "{key: no, label: No, percent: 100}")
        for (written, suggested) in [("N/A", "n/a"), ("NA", "n/a"), ("n.a.", "n/a"), ("Unknown", "unknown")] {
            let site = try Self.site(
                ["kimi-ai": Self.review(training: "{option: never, sources: [policy]}", retention: "{option: \"\(written)\"}")], rubric: rubric)
            defer { site.cleanUp() }
            let found_site = try site.messages()
        #expect(found_site == [
                "content/reviews/kimi-ai.md:21:25: error: '\(written)' is not an option of 'retention'; choose one of no, forever, n/a, unknown; did you mean '\(suggested)'?"
            ])
        }
        #expect(SiteValidator.optionHint("unkown", in: ["no", "known"]) == "; did you mean 'unknown'?")
        #expect(SiteValidator.optionHint("nope", in: ["no", "forever"]) == "; did you mean 'no'?")
    }

    // MARK: Evidence coverage

    @Test func evidenceLinksCountAndMustBeWebLinks() throws {
        let good = Self.review(training: "{option: never, evidence: [\"https://example.com/policy\"]}", retention: "{option: none, sources: [policy]}")
        let site = try Self.site(["kimi-ai": good])
        defer { site.cleanUp() }
        #expect(try site.messages() == [])
        let html = try site.read("reviews/kimi-ai/index.html")
        #expect(html.contains("2 of 2 criteria with evidence"))
        #expect(html.contains(#"<a href="https://example.com/policy">example.com</a>"#))
        #expect(html.contains("Also cited as evidence, checked on"))

        let bad = Self.review(training: "{option: never, evidence: [\"ftp://example.com/x\", policy]}", retention: "{option: none, sources: [policy]}")
        let broken = try Self.site(["kimi-ai": bad])
        defer { broken.cleanUp() }
        let found_broken = try broken.messages()
        #expect(found_broken == [
            "content/reviews/kimi-ai.md:20:42: error: 'evidence' takes http:// or https:// links; cite a source by its id under 'sources', not 'ftp://example.com/x'",
            "content/reviews/kimi-ai.md:20:65: error: 'evidence' takes http:// or https:// links; cite a source by its id under 'sources', not 'policy'",
        ])
    }

    @Test("coverage 1 of 2 = 0.5: withheld below min_coverage 0.6, shown at 0.5")
    func theScoreIsWithheldBelowTheMinimumCoverage() throws {
        let reviews = ["kimi-ai": Self.review(training: "{option: opt-out, sources: [policy]}", retention: "{option: unknown}")]
        let strict = try Self.site(reviews, siteYAML: "scoring: {min_coverage: 0.6}\n")
        defer { strict.cleanUp() }
        #expect(try strict.messages() == [])
        let html = try strict.read("reviews/kimi-ai/index.html")
        #expect(Self.score(html) == nil)
        #expect(html.contains(#"<span class="score score-withheld">Not enough evidence</span>"#))
        #expect(!html.contains("reviewRating"))
        #expect(try strict.read("reviews/index.html").contains("Not enough evidence"))
        #expect(try strict.read("compare/ai-assistant/index.html").contains(#"<td class="matrix-score">Not enough evidence</td>"#))
        let api = try JSONSerialization.jsonObject(with: Data(try strict.read("api/reviews.json").utf8)) as? [String: Any]
        let entry = try #require((api?["reviews"] as? [[String: Any]])?.first)
        #expect(entry["score"] is NSNull)
        #expect((entry["coverage"] as? [String: Any])?["score_withheld"] as? Bool == true)

        let lenient = try Self.site(reviews, siteYAML: "scoring: {min_coverage: 0.5}\n")
        defer { lenient.cleanUp() }
        #expect(try lenient.messages() == [])
        let shown = try lenient.read("reviews/kimi-ai/index.html")
        #expect(Self.score(shown) == "3.0")
        #expect(shown.contains(#""reviewRating":{"#))
    }

    @Test func minCoverageMustBeAShare() throws {
        for (value, message) in [
            ("1.5", "'min_coverage' must be from 0 to 1 (a share: 0.6 is 60 %), not 1.5"),
            ("60%", "'min_coverage' must be a number from 0 to 1, such as 0.6, not '60%'"),
        ] {
            let site = try Self.site(["kimi-ai": TestSite.review()], siteYAML: "scoring: {min_coverage: \(value)}\n")
            defer { site.cleanUp() }
            #expect(try site.messages() == ["site.yaml:6:25: error: \(message)"])
        }
    }

    // MARK: Verdicts that follow the score

    @Test("auto: 10.0 ≥ 8 is recommended; 3.0 ≥ 3 is caution; 0.0 ≥ 0 is avoid; a named verdict wins")
    func automaticVerdictsFollowTheScore() throws {
        let site = try Self.site([
            "best": Self.review(training: "{option: never, sources: [policy]}", retention: "{option: none, sources: [policy]}", rating: "auto", slug: "best"),
            "edge": Self.review(training: "{option: opt-out, sources: [policy]}", retention: "{option: n/a}", rating: "auto", slug: "edge"),
            "worst": Self.review(training: "{option: default-on, sources: [policy]}", retention: "{option: forever, sources: [policy]}", rating: "auto", slug: "worst"),
            "named": Self.review(training: "{option: never, sources: [policy]}", retention: "{option: none, sources: [policy]}", rating: "caution", slug: "named"),
        ], siteYAML: Self.verdicts)
        defer { site.cleanUp() }
        #expect(try site.messages() == [])
        func verdict(_ slug: String) throws -> String? {
            try site.read("reviews/\(slug)/index.html").firstMatch(of: /class="badge badge-\w+" href="\/verdicts\/([a-z-]+)\/"/).map { String($0.1) }
        }
        #expect(try verdict("best") == "recommended")
        #expect(try verdict("edge") == "caution")
        #expect(try verdict("worst") == "avoid")
        #expect(try verdict("named") == "caution")
        #expect(try site.read("reviews/best/index.html").contains("This verdict follows the score."))
        #expect(!(try site.read("reviews/named/index.html").contains("This verdict follows the score.")))
        #expect(try site.read("verdicts/recommended/index.html").contains("/reviews/best/"))
        #expect(try site.read("feed.json").contains(#""key": "recommended""#))
    }

    @Test func automaticVerdictsNeedAScoreThatEarnsOne() throws {
        let noScorecard = TestSite.review(slug: "bare", title: "Bare")
            .replacing("scorecard:\n  rubric: ai-assistant\n  answers:\n    training: {option: default-on, sources: [policy], note: No opt-out.}\n    retention: {option: forever, sources: [policy]}\n", "")
            .replacing("  rating: caution", "  rating: auto")
        let site = try Self.site([
            "bare": noScorecard,
            "none": Self.review(training: "{option: n/a}", retention: "{option: unknown}", rating: "auto", slug: "none"),
            "thin": Self.review(training: "{option: never, sources: [policy]}", retention: "{option: unknown}", rating: "auto", slug: "thin"),
        ], siteYAML: """
            verdicts:
              - {key: recommended, label: Recommended, tone: good, min_score: 8}
              - {key: caution, label: Use with caution, tone: warn}
            scoring: {min_coverage: 0.6}

            """)
        defer { site.cleanUp() }
        let found_site = try site.messages()
        #expect(found_site == [
            "content/reviews/bare.md:11:11: error: 'rating: auto' takes the verdict from the score, and this review has no scorecard",
            "content/reviews/none.md:11:11: error: 'rating: auto' needs a score, and this one is withheld: 0 of 1 criterion with evidence, below scoring.min_coverage 0.6; cite evidence or choose the verdict yourself",
            "content/reviews/thin.md:11:11: error: 'rating: auto' needs a score, and this one is withheld: 1 of 2 criteria with evidence, below scoring.min_coverage 0.6; cite evidence or choose the verdict yourself",
        ])
        let low = try Self.site(
            ["low": Self.review(training: "{option: default-on, sources: [policy]}", retention: "{option: n/a}", rating: "auto", slug: "low"),
             "na": Self.review(training: "{option: n/a}", retention: "{option: n/a}", rating: "auto", slug: "na")],
            siteYAML: "verdicts:\n  - {key: good, label: Good, tone: good, min_score: 7.5}\n  - {key: fair, label: Fair, tone: ok, min_score: 4}\n")
        defer { low.cleanUp() }
        let found_low = try low.messages()
        #expect(found_low == [
            "content/reviews/low.md:11:11: error: the score 0.0 reaches no verdict's min_score (good from 7.5, fair from 4.0); give the lowest verdict 'min_score: 0' or choose the verdict yourself",
            "content/reviews/na.md:11:11: error: 'rating: auto' needs a score, and every answer is n/a or unknown; choose the verdict yourself",
        ])
    }

    @Test func minScoreIsAScoreOutOfTen() throws {
        let site = try Self.site(["kimi-ai": TestSite.review()], siteYAML: """
            verdicts:
              - {key: caution, label: Use with caution, tone: warn, min_score: 7.25}
              - {key: auto, label: Auto, tone: ok, min_score: 11}

            """)
        defer { site.cleanUp() }
        let found_site = try site.messages()
        #expect(found_site == [
            "site.yaml:7:68: error: 'min_score' must be a score from 0 to 10 with at most one decimal, such as 7.5, not '7.25'",
            "site.yaml:8:11: error: 'auto' cannot be a verdict key: a review writes 'rating: auto' to get the verdict its score earns",
            "site.yaml:8:51: error: 'min_score' must be a score from 0 to 10 with at most one decimal, such as 7.5, not '11'",
        ])
    }

    // MARK: Criteria that explain themselves

    static let explainedRubric = TestSite.rubric
        .replacing("    points: 10\n", "    points: 10\n    question: Does it *train* on chats?\n    why: \"Training cannot be undone. See [the method](/reviews/).\"\n    verify: Read the [policy](rubric:ai-assistant#retention).\n")
        .replacing("{key: opt-out, label: Unless you opt out, percent: 30}", "{key: opt-out, label: Unless you opt out, percent: 30, meaning: A documented switch stops it.}")

    @Test func everyRubricHasAPageThatScorecardsAndMatricesLinkTo() throws {
        let site = try Self.site(["kimi-ai": TestSite.review()], rubric: Self.explainedRubric)
        defer { site.cleanUp() }
        try site.write("---\ntitle: About\n---\nSee [how we score](rubric:ai-assistant) and [retention](rubric:ai-assistant#retention).\n", to: "content/pages/about.md")
        #expect(try site.messages() == [])
        let page = try site.read("rubrics/ai-assistant/index.html")
        #expect(page.contains(#"<article class="criterion" id="training">"#))
        #expect(page.contains(#"<p class="criterion-question">Does it <em>train</em> on chats?</p>"#))
        #expect(page.contains(#"<a href="/rubrics/ai-assistant/#retention">policy</a>"#))
        #expect(page.contains("<tr><th scope=\"row\">Unless you opt out</th><td>3</td><td>A documented switch stops it.</td></tr>"))
        #expect(try site.read("rubrics/index.html").contains(#"<a href="/rubrics/ai-assistant/">AI assistants</a>"#))
        #expect(try site.read("reviews/kimi-ai/index.html").contains(#"<th scope="row"><a href="/rubrics/ai-assistant/#training">Trains on chats</a></th>"#))
        #expect(try site.read("about/index.html").contains(#"<a href="/rubrics/ai-assistant/#retention">retention</a>"#))
        #expect(try site.read("sitemap.xml").contains("https://reviews.example.org/rubrics/ai-assistant/"))
    }

    @Test func rubricLinksAreChecked() throws {
        let site = try Self.site(["kimi-ai": TestSite.review()])
        defer { site.cleanUp() }
        try site.write("---\ntitle: About\n---\nSee [a](rubric:ai-asistant), [b](rubric:ai-assistant#retension).\n", to: "content/pages/about.md")
        let found_site = try site.messages()
        #expect(found_site == [
            "content/pages/about.md:4:5: error: unknown rubric 'ai-asistant' in link 'rubric:ai-asistant'; rubrics live in content/rubrics/<key>.yaml; did you mean 'ai-assistant'?",
            "content/pages/about.md:4:30: error: rubric 'ai-assistant' has no criterion 'retension' in link 'rubric:ai-assistant#retension'; did you mean 'retention'?",
        ])
    }

    @Test func pointsOfAnAnswerAreShownWithOneDecimal() {
        #expect(RubricPages.points(30, of: 6) == "1.8")
        #expect(RubricPages.points(100, of: 10) == "10")
        #expect(RubricPages.points(0, of: 8) == "0")
        #expect(RubricPages.points(25, of: 1) == "0.3")
    }

    // MARK: Jurisdictions

    static let groups = """
        jurisdiction_groups:
          - {key: five-eyes, name: Five Eyes, members: [US, GB, CA, AU, NZ], note: "Intelligence-sharing **alliance**."}

        """

    @Test func jurisdictionsShowCountryNamesAndHavePages() throws {
        let us = TestSite.review(slug: "us-chat", title: "US chat").replacing("jurisdiction: [CN, SG]", "jurisdiction: [US]")
        let site = try Self.site(["kimi-ai": TestSite.review(), "us-chat": us], siteYAML: Self.groups)
        defer { site.cleanUp() }
        #expect(try site.messages() == [])
        let kimi = try site.read("reviews/kimi-ai/index.html")
        #expect(kimi.contains(#"<a href="/jurisdictions/sg/">Singapore</a>"#))
        #expect(!kimi.contains("Five Eyes"))
        let usPage = try site.read("reviews/us-chat/index.html")
        #expect(usPage.contains(#"<a href="/jurisdictions/us/">United States</a>"#))
        #expect(usPage.contains(#"<p><strong><a href="/jurisdictions/five-eyes/">Five Eyes</a></strong></p><p>Intelligence-sharing <strong>alliance</strong>.</p>"#))
        let singapore = try site.read("jurisdictions/sg/index.html")
        #expect(singapore.contains("<h1>Jurisdiction: Singapore</h1>") && singapore.contains("/reviews/kimi-ai/") && !singapore.contains("/reviews/us-chat/"))
        let group = try site.read("jurisdictions/five-eyes/index.html")
        #expect(group.contains("/reviews/us-chat/") && !group.contains("/reviews/kimi-ai/"))
        #expect(group.contains("Members: United States, United Kingdom, Canada, Australia, New Zealand."))
        #expect(try site.read("jurisdictions/us/index.html").contains("<p>Part of Five Eyes.</p>"))
        let index = try site.read("jurisdictions/index.html")
        #expect(index.contains(#"<a href="/jurisdictions/five-eyes/">Five Eyes</a>"#) && index.contains(#"<a href="/jurisdictions/sg/">Singapore</a>"#))
    }

    @Test func countryNamesFollowTheSiteLanguage() {
        #expect(RenderContext.countryNames(["DE", "SE"], language: "fr") == ["DE": "Allemagne", "SE": "Suède"])
        #expect(RenderContext.countryNames(["SE"], language: "en")["SE"] == "Sweden")
    }

    @Test func groupMembersMustBeCountryCodes() throws {
        let site = try Self.site(["kimi-ai": TestSite.review()], siteYAML: """
            jurisdiction_groups:
              - {key: five-eyes, name: Five Eyes, members: [US, UK, ca]}
              - {key: eu, name: EU, members: [FR]}

            """)
        defer { site.cleanUp() }
        let found_site = try site.messages()
        #expect(found_site == [
            "site.yaml:7:53: error: 'UK' is not an ISO 3166-1 alpha-2 country code; did you mean 'GB'?",
            "site.yaml:7:57: error: 'ca' is not an ISO 3166-1 alpha-2 country code; did you mean 'CA'?",
            "site.yaml:8:11: error: group key 'eu' is the address of the country code EU; choose a longer key",
        ])
    }

    // MARK: Categories

    static let categories = """
        categories:
          - key: ai-assistant
            name: Chat assistants
            description: "Assistants and their **APIs**."
            picks: [worst]

        """

    @Test func aCategoryPageShowsItsDescriptionPicksAndReviewsByScore() throws {
        let site = try Self.site([
            "best": Self.review(training: "{option: never, sources: [policy]}", retention: "{option: none, sources: [policy]}", slug: "best"),
            "worst": Self.review(training: "{option: default-on, sources: [policy]}", retention: "{option: forever, sources: [policy]}", slug: "worst"),
            "middle": Self.review(training: "{option: opt-out, sources: [policy]}", retention: "{option: none, sources: [policy]}", slug: "middle"),
        ], siteYAML: Self.categories)
        defer { site.cleanUp() }
        #expect(try site.messages() == [])
        let html = try site.read("categories/ai-assistant/index.html")
        #expect(html.contains("<h1>Chat assistants</h1>"))
        #expect(html.contains("<p>Assistants and their <strong>APIs</strong>.</p>"))
        #expect(html.contains(#"<a href="/compare/ai-assistant/">Compare them side by side</a>"#))
        let order = html.matches(of: /<h2 class="card-title"><a href="\/reviews\/([a-z-]+)\/">/).map { String($0.1) }
        // The pick first, then every review by score: 10.0, 5.3, 0.0.
        #expect(order == ["worst", "best", "middle", "worst"])
        #expect(try site.read("reviews/best/index.html").contains(#"<a href="/categories/ai-assistant/">Chat assistants</a>"#))
        #expect(try site.read("index.html").contains(#"<a href="/categories/">Categories</a>"#))
    }

    @Test func picksMustBePublishedReviewsOfTheirCategory() throws {
        let vpn = TestSite.review(slug: "vpn", title: "A VPN").replacing("category: ai-assistant", "category: vpn")
        let draft = TestSite.review(slug: "draft", title: "Draft").replacing("published: 2026-06-10", "published: 2026-06-10\ndraft: true")
        let site = try Self.site(["kimi-ai": TestSite.review(), "vpn": vpn, "draft": draft], siteYAML: """
            categories:
              - {key: ai-assistant, name: AI, picks: [kimi-ia, vpn, draft]}

            """)
        defer { site.cleanUp() }
        let found_site = try site.messages()
        #expect(found_site == [
            "site.yaml:7:43: error: unknown review 'kimi-ia' in the picks of 'ai-assistant'; did you mean 'kimi-ai'?",
            "site.yaml:7:52: error: the pick 'vpn' is in the category 'vpn', not 'ai-assistant'",
            "site.yaml:7:57: error: the pick 'draft' is a draft or scheduled review and is not published in this build",
        ])
    }

    // MARK: Authors and conflicts

    @Test func anOrganisationAuthorIsAnOrganizationInJSONLD() throws {
        let site = try TestSite(files: [
            "site.yaml": TestSite.siteYAML.replacing("authors:\n", with: "authors:\n  team: {name: The editors, type: organization}\n"),
            "content/reviews/kimi-ai.md": TestSite.review().replacing("author: jeremy", "author: [jeremy, team]"),
        ])
        defer { site.cleanUp() }
        #expect(try site.messages() == [])
        let html = try site.read("reviews/kimi-ai/index.html")
        #expect(html.contains(#"{"@type":"Person","name":"Jérémy""#))
        #expect(html.contains(#"{"@type":"Organization","name":"The editors"}"#))
    }

    @Test func aConflictIsShownAndTakesTheRatingOutOfJSONLD() throws {
        let own = TestSite.review().replacing("published: 2026-06-10", "conflict: \"We are paid by *Moonshot*.\"\npublished: 2026-06-10")
        let site = try Self.site(["kimi-ai": own, "claude": TestSite.review(slug: "claude", title: "Claude")])
        defer { site.cleanUp() }
        #expect(try site.messages() == [])
        let html = try site.read("reviews/kimi-ai/index.html")
        #expect(html.contains(#"<aside id="conflict" class="disclosure conflict" aria-label="Conflict of interest">"#))
        #expect(html.contains("<p><strong>Conflict of interest:</strong> We are paid by <em>Moonshot</em>.</p>"))
        #expect(!html.contains("reviewRating"))
        #expect(Self.score(html) == "0.0")
        #expect(try site.read("reviews/claude/index.html").contains("reviewRating"))
        #expect(try site.read("feed.xml").contains("Conflict of interest: We are paid by &lt;em&gt;Moonshot&lt;/em&gt;."))

        let siteWide = try Self.site(["claude": TestSite.review(slug: "claude", title: "Claude")], siteYAML: "disclosure: {conflict: \"We own shares in every vendor.\"}\n")
        defer { siteWide.cleanUp() }
        #expect(try siteWide.messages() == [])
        let claude = try siteWide.read("reviews/claude/index.html")
        #expect(claude.contains("<p><strong>Conflict of interest:</strong> We own shares in every vendor.</p>"))
        #expect(!claude.contains("reviewRating"))
    }
}
