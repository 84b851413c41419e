import Foundation
import VettedTemplates

/// The product's default theme (`templates/` at the top of the repository, which the
/// build embeds) and hand-made values for each of its pages.
enum ThemeFixtures {
    /// Every `.mustache` file of the default theme, named by its path without the extension.
    static let templates: [(name: String, text: String)] = {
        let root = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("templates")
        let names = ["404", "base", "compare", "home", "list", "page", "review", "rubric", "search", "terms", "partials/badge", "partials/badge-short", "partials/card", "partials/cites"]
        return names.map { name in
            let url = root.appendingPathComponent(name + ".mustache")
            return (name, (try? String(contentsOf: url, encoding: .utf8)) ?? "")
        }
    }()

    static let site: TemplateValue = [
        "title": "Privacy <Reviews> & Co", "language": "en-GB", "description": "Independent reviews, \"sourced\"",
        "home_url": "/", "reviews_url": "/reviews/", "verdicts_url": "/verdicts/", "compare_url": "/compare/", "categories_url": "/categories/",
        "tags_url": "/tags/", "css_url": "/assets/style.css", "favicon_url": "/assets/favicon.svg", "rss_url": "/feed.xml",
        "atom_url": "/atom.xml", "json_feed_url": "/feed.json", "og_locale": "en_GB", "review_count": "12",
        "pages": [["title": "About", "url": "/about/"], ["title": "Méthodologie", "url": "/method/"]], "search_url": "/search/", "badge_prefix": "Privacy <Reviews>",
    ]

    static let sources: TemplateValue = [
        ["url": "https://example.com/privacy?a=1&b=2", "title": "Privacy policy"],
        ["url": "https://example.com/terms", "title": "Terms of \"service\""],
    ]

    static func card(_ title: String, tone: String, score: TemplateValue?) -> TemplateValue {
        var fields: [String: TemplateValue] = [
            "url": "/reviews/\(title.lowercased())/", "title": .text(title), "tone": .text(tone), "verdict_url": "/verdicts/\(tone)/",
            "badge": .text(tone.capitalized), "description": "What \(title) does with your data <in short>.",
            "published_iso": "2026-01-02", "published": "2 January 2026",
            "html": .text("<li class=\"card\"><h2 class=\"card-title\"><a href=\"/reviews/\(title.lowercased())/\">\(title)</a></h2></li>"),
        ]
        if let score { fields["score"] = score } else { fields["score_withheld"] = true }
        return .object(fields)
    }

    static let review: TemplateValue = [
        "site": site,
        "page": [
            "title": "Acme Box review", "description": "Is Acme Box private? O'Neil & co investigate.", "url": "https://example.com/reviews/acme/",
            "og_type": "article", "published_time": "2026-01-02T10:00:00Z", "json_ld": "{\"@type\":\"Review\"}",
            "product": ["name": "Acme Box", "vendor": "Acme", "category": "Storage", "category_url": "/categories/storage/", "url": "https://acme.example", "rel": "sponsored noopener",
                        "jurisdictions": [["name": "Sweden", "url": "/jurisdictions/se/"], ["name": "Côte d’Ivoire", "url": "/jurisdictions/ci/"]],
                        "groups": [["name": "Nordic <group>", "url": "/jurisdictions/nordic/", "note_html": "<p>Shares <em>data</em>.</p>"]]],
            "verdict": ["tone": "good", "label": "Good", "summary_html": "<p>Mostly <em>fine</em>.</p>", "warning": false, "badge": "Good", "verdict_url": "/verdicts/good/", "automatic": true],
            "score": 8, "score_withheld": false, "coverage": "1 of 2 criteria with evidence",
            "conflicts": [["html": "Paid by <strong>Acme</strong>."]],
            "evidence": [["title": "https://example.com/x?a=1&b=2", "url": "https://example.com/x?a=1&b=2"], ["title": "Partner", "url": "https://partner.example/", "rel": "sponsored"]],
            "disclosure": ["text": "We earn a commission.", "policy_url": "/disclosure/"],
            "published": ["iso": "2026-01-02", "date": "2 January 2026"],
            "updated": ["iso": "2026-02-03", "date": "3 February 2026"],
            "stale_days": 0,
            "toc": [["level": 2, "id": "data", "text": "Data & you"], ["level": 3, "id": "keys", "text": "Keys"]],
            "scorecard": [
                "rubric": "Cloud storage", "rubric_url": "/rubrics/storage/",
                "rows": [
                    ["criterion": "Encryption", "criterion_url": "/rubrics/storage/#encryption", "tone": "good", "option": "End-to-end", "note_html": "<p>Yes.</p>", "sources": sources],
                    ["criterion": "Tracking", "criterion_url": "/rubrics/storage/#tracking", "tone": "bad", "option": "Ads", "note_html": "", "sources": []],
                    ["criterion": "Retention", "criterion_url": "/rubrics/storage/#retention", "tone": "none", "option": "Not checked yet", "unknown": true, "not_applicable": false],
                ],
            ],
            "body_html": "<h2 id=\"data\">Data &amp; you</h2>\n<p>Body.</p>",
            "comparisons": [
                [
                    "title": "Versus others", "columns": [["name": ""], ["name": "Acme"], ["name": "Other"]],
                    "rows": [["cells": [["header": true, "text": "Price"], ["header": false, "text": "€5", "tone": "good", "source_url": "https://a.example"], ["header": false, "text": "Free"]]]],
                ]
            ],
            "faq": [["question": "Is it safe?", "answer_html": "<p>Mostly.</p>", "sources": sources]],
            "alternatives": [
                ["name": "Other", "url": "https://other.example", "rel": "nofollow", "badge": "Fair", "tone": "fair", "verdict_url": "/verdicts/fair/", "score": 6, "note_html": "<p>Cheaper.</p>"],
                ["name": "Plain"],
            ],
            "sources": [
                ["id": "s1", "url": "https://example.com/privacy", "title": "Privacy policy", "kind": "policy", "retrieved": "2026-01-01", "effective": "2025-12-01"],
                ["id": "s2", "title": "Interview", "kind": "interview", "retrieved": "2026-01-01"],
            ],
            "history": [["date": "2026-01-02", "tone": "good", "label": "Good", "note_html": "<p>First.</p>"], ["date": "2025-06-01", "tone": "bad", "label": "Bad"]],
            "authors": [["name": "Ana", "url": "/about/ana/", "bio": "Writes about privacy."], ["name": "Bo"]],
            "tags": [["name": "cloud", "url": "/tags/cloud/"], ["name": "e2e", "url": "/tags/e2e/"]],
            "related": [card("Other", tone: "fair", score: 6), card("Third", tone: "bad", score: nil)],
            "reviewed": ["iso": "2026-01-01", "date": "1 January 2026"],
        ],
    ]

    /// The same review with every optional part missing or empty.
    static let bareReview: TemplateValue = [
        "site": ["title": "T", "pages": []],
        "page": [
            "title": "Bare", "url": "/bare/", "verdict": ["tone": "bad", "summary_html": "", "warning": true, "badge": "Bad", "verdict_url": "/v/"],
            "published": ["iso": "2026-01-02", "date": "2 January 2026"], "toc": [], "body_html": "", "comparisons": [], "faq": [],
            "alternatives": [], "sources": [], "history": [], "authors": [], "tags": [], "related": [], "stale_days": 400,
        ],
    ]

    static let home: TemplateValue = [
        "site": site,
        "page": [
            "title": "Home", "url": "/",
            "verdict_counts": [["tone": "good", "url": "/verdicts/good/", "count": 3, "label": "Good"], ["tone": "bad", "url": "/verdicts/bad/", "count": 0, "label": "Bad"]],
            "reviews": [card("Acme", tone: "good", score: 8), card("Other", tone: "fair", score: nil)],
            "more": true,
        ],
    ]

    static let list: TemplateValue = [
        "site": site, "page": ["title": "Reviews", "description": "All of them.", "count": 2, "url": "/reviews/", "reviews": [card("Acme", tone: "good", score: 8)]],
    ]

    static let search: TemplateValue = [
        "site": site,
        "page": [
            "title": "Search", "description": "Search every review.", "url": "/search/", "pagefind_css_url": "/pagefind/pagefind-ui.css",
            "pagefind_js_url": "/pagefind/pagefind-ui.js", "search_js_url": "/assets/search.js", "reviews_url": "/reviews/",
        ],
    ]

    static let paged: TemplateValue = [
        "site": site,
        "page": [
            "title": "Reviews, page 2", "description": "All of them.", "count": 60, "url": "/reviews/page/2/", "order": "newest",
            "order_label": "Newest", "prev_url": "https://example.com/reviews/", "next_url": "https://example.com/reviews/page/3/",
            "orders": [["label": "Newest", "url": "/reviews/", "current": true], ["label": "Best score", "url": "/reviews/by-score/", "current": false]],
            "pagination": ["number": "2", "count": "9", "prev_url": "/reviews/", "next_url": "/reviews/page/3/",
                           "pages": [["number": "1", "url": "/reviews/", "current": false, "gap": false],
                                     ["number": "2", "url": "/reviews/page/2/", "current": true, "gap": false],
                                     ["number": "8", "current": false, "gap": true],
                                     ["number": "9", "url": "/reviews/page/9/", "current": false, "gap": false]]],
            "reviews": [card("Acme", tone: "good", score: 8)],
        ],
    ]

    static let category: TemplateValue = [
        "site": site,
        "page": [
            "title": "Storage", "description": "Reviews in Storage.", "count": 2, "url": "/categories/storage/", "by_score": true,
            "intro_html": "<p>Where your <strong>files</strong> live.</p>", "compare_url": "/compare/storage/",
            "picks": [card("Acme", tone: "good", score: 8)], "reviews": [card("Acme", tone: "good", score: 8), card("Other", tone: "bad", score: nil)],
        ],
    ]

    static let emptyList: TemplateValue = ["site": site, "page": ["title": "Nothing", "count": 0, "url": "/x/", "reviews": []]]

    static let compare: TemplateValue = [
        "site": site,
        "page": [
            "title": "Compare storage", "description": "Side by side.", "count": 2, "category": "Storage", "category_url": "/categories/storage/", "url": "/compare/storage/",
            "columns": [["label": "Encryption", "url": "/rubrics/storage/#encryption"], ["label": "Tracking", "url": "/rubrics/storage/#tracking"]],
            "rows": [
                ["url": "/a/", "name": "Acme", "score": 8, "tone": "good", "verdict_url": "/verdicts/good/", "badge": "Good",
                 "cells": [["tone": "good", "text": "Yes", "source_url": "https://a.example"], ["tone": "bad", "text": "Ads"]]],
                ["url": "/o/", "name": "Other", "score_withheld": true, "tone": "fair", "verdict_url": "/verdicts/fair/", "badge": "Fair", "cells": [["tone": "fair", "text": "Partly"]]],
            ],
        ],
    ]

    static let notFound: TemplateValue = ["site": site, "page": ["title": "Not found", "url": "/404.html", "latest": [card("Acme", tone: "good", score: 8)]]]

    static let page: TemplateValue = [
        "site": site,
        "page": [
            "title": "About", "url": "/about/", "body_html": "<p>We review.</p>", "disclosure": ["text": "Ads & links."],
            "updated": ["iso": "2026-03-01", "date": "1 March 2026"],
        ],
    ]

    static let terms: TemplateValue = [
        "site": site,
        "page": ["title": "Tags", "description": "Every tag.", "url": "/tags/", "terms": [["url": "/tags/a/", "tone": "good", "name": "a", "count": 2], ["url": "/tags/b/", "name": "b", "count": 1]]],
    ]

    static let rubric: TemplateValue = [
        "site": site,
        "page": [
            "title": "Rubric: Cloud storage", "description": "How storage is scored.", "url": "/rubrics/storage/", "total_points": "16",
            "criteria": [
                ["id": "encryption", "label": "Encryption <at rest>", "points": "10", "question_html": "Is it <em>encrypted</em>?",
                 "why_html": "<p>Keys matter.</p>", "verify_html": "<p>Read the docs.</p>",
                 "options": [["key": "e2e", "label": "End-to-end", "percent": "100", "points": "10", "meaning_html": "Only you hold the key."],
                             ["key": "none", "label": "None", "percent": "0", "points": "0"]]],
                ["id": "tracking", "label": "Tracking", "points": "6", "options": [["key": "ads", "label": "Ads", "percent": "30", "points": "1.8"]]],
            ],
        ],
    ]

    /// Each page template with the values it is rendered with.
    static let pages: [(template: String, value: TemplateValue)] = [
        ("review", review), ("review", bareReview), ("home", home), ("list", list), ("list", emptyList), ("list", category), ("list", paged), ("search", search),
        ("compare", compare), ("404", notFound), ("page", page), ("terms", terms), ("rubric", rubric),
    ]
}
