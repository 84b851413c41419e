import VettedTemplates

/// What each page model gives its template, field by field: the theme's data
/// reference (docs/theming.md is generated from it) and what templates are checked
/// against, so a misspelt field is an error rather than a silent blank.
enum TemplateSchemas {
    private static func field(_ name: String, _ schema: TemplateSchema, _ doc: String) -> TemplateField {
        TemplateField(name: name, schema: schema, doc: doc)
    }

    static let date = TemplateSchema.object([
        field("date", .text, "The date, e.g. 2026-06-10."),
        field("iso", .text, "The date as written in the front matter, for `datetime` attributes."),
    ])

    static let heading = TemplateSchema.object([
        field("level", .number, "2 for `##`, 3 for `###`."),
        field("id", .text, "The heading's `id`, for `#` links."),
        field("text", .text, "The heading's text."),
    ])

    static let citedSource = TemplateSchema.object([
        field("title", .text, "The source's title."),
        field("url", .text, "A link to the source in the page's source list (`#source-<id>`), or an `evidence` link."),
        field("rel", .text, "`sponsored nofollow noopener` for an `evidence` link to an affiliate address."),
    ])

    static let disclosure = TemplateSchema.object([
        field("text", .text, "The disclosure: the review's `affiliate.disclosure` or site.yaml's `disclosure.text`."),
        field("policy_url", .text, "The page of the disclosure policy (`disclosure.page`), when there is one."),
    ])

    static let badgeFields: [TemplateField] = [
        field("key", .text, "The verdict's key, e.g. `caution`."),
        field("label", .text, "The verdict's label, e.g. Use with caution."),
        field("tone", .text, "good, ok, warn or bad: for CSS classes."),
        field("badge", .text, "The badge text: `<badge_prefix>: <LABEL>`."),
        field("verdict_url", .text, "The listing of every review with this verdict."),
    ]

    static let cardFields: [TemplateField] = [
        field("title", .text, "The review's title."),
        field("description", .text, "The review's description."),
        field("url", .text, "The review's address."),
        field("product", .text, "The product's name."),
        field("category", .text, "The category's name, when the review has one."),
        field("jurisdiction", .text, "Country names, comma-separated, e.g. China, Singapore."),
    ] + badgeFields + [
        field("published", .text, "The publication date, e.g. 2026-06-10."),
        field("published_iso", .text, "The publication date for `datetime` attributes."),
        field("score", .text, "The score out of 10, e.g. 7.5; absent without a scorecard or when withheld."),
        field("score_withheld", .flag, "Too few criteria have evidence (`scoring.min_coverage`): show \"Not enough evidence\"."),
        field("html", .html, "The card as `partials/card` renders it, made once per review: insert it with `{{{html}}}`."),
    ]

    static let card = TemplateSchema.object(cardFields)

    /// What `partials/card` is rendered with, once per review: the card's own fields
    /// and `site`; it cannot read `page`, since the same card is shown on many pages.
    static let cardPartial = TemplateSchema.object(cardFields.filter { $0.name != "html" } + [field("site", site, "The site.")])

    static let site = TemplateSchema.object([
        field("title", .text, "site.yaml's `title`."),
        field("badge_prefix", .text, "site.yaml's `badge_prefix`: the badge reads `<badge_prefix>: <LABEL>`."),
        field("description", .text, "site.yaml's `description`, when set."),
        field("language", .text, "site.yaml's `language`, e.g. en."),
        field("og_locale", .text, "The language as an Open Graph locale, e.g. en_GB."),
        field("base_url", .text, "The address the site is published at."),
        field("base_path", .text, "The path of that address, e.g. `/` or `/reviews/`."),
        field("home_url", .text, "The home page."),
        field("reviews_url", .text, "The list of every review."),
        field("verdicts_url", .text, "The verdicts page."),
        field("tags_url", .text, "The tags page."),
        field("categories_url", .text, "The categories page."),
        field("compare_url", .text, "The list of comparison matrices."),
        field("css_url", .text, "The theme's style sheet."),
        field("favicon_url", .text, "The theme's icon."),
        field("rss_url", .text, "The RSS feed."),
        field("atom_url", .text, "The Atom feed."),
        field("json_feed_url", .text, "The JSON feed."),
        field("review_count", .text, "How many reviews are published."),
        field("pages", .list(.object([
            field("title", .text, "The page's title."), field("url", .text, "The page's address."),
        ])), "The pages of `content/pages/`, for the navigation."),
        field("rubrics_url", .text, "The list of rubrics."),
        field("search_url", .text, "The search page; absent unless site.yaml has `search: true`."),
        field("jurisdictions_url", .text, "The jurisdictions page."),
    ])

    static let review = TemplateSchema.object([
        field("title", .text, "The review's title."),
        field("description", .text, "The review's description."),
        field("slug", .text, "The review's slug."),
        field("url", .text, "The review's full address."),
        field("product", .object([
            field("name", .text, "The product's name."),
            field("vendor", .text, "Who makes it."),
            field("category", .text, "The category's name."),
            field("category_url", .text, "The category's listing."),
            field("jurisdiction", .text, "Country names in the site's language, comma-separated, e.g. China, Singapore."),
            field("jurisdictions", .list(.object([
                field("name", .text, "The country's name."), field("url", .text, "Its jurisdiction page."),
            ])), "Each country, with its page."),
            field("groups", .list(.object([
                field("name", .text, "The group's name, e.g. Five Eyes."),
                field("url", .text, "Its page."),
                field("note_html", .html, "Its note from site.yaml, rendered from Markdown."),
            ])), "The `jurisdiction_groups` the jurisdiction falls in."),
            field("url", .text, "The product's official site."),
            field("rel", .text, "`sponsored nofollow noopener` when that address is an affiliate link."),
        ]), "The product under review."),
        field("verdict", .object(badgeFields + [
            field("summary_html", .html, "The verdict's summary, rendered from Markdown."),
            field("warning", .flag, "The review asks readers to read the verdict before relying on the product."),
            field("automatic", .flag, "The verdict follows the score (`rating: auto`)."),
        ]), "The verdict, with its badge fields."),
        field("score", .text, "The score out of 10; absent without a scorecard or when withheld."),
        field("score_withheld", .flag, "Too few criteria have evidence (`scoring.min_coverage`): show \"Not enough evidence\"."),
        field("coverage", .text, "The evidence coverage, e.g. 8 of 10 criteria with evidence."),
        field("conflicts", .list(.object([
            field("html", .html, "The conflict of interest, rendered from Markdown."),
        ])), "The review's `conflict` and site.yaml's `disclosure.conflict`."),
        field("evidence", .list(.object([
            field("title", .text, "The link."), field("url", .text, "The link."),
            field("rel", .text, "`sponsored nofollow noopener` for an affiliate address."),
        ])), "Every link the scorecard cites as `evidence`, once each."),
        field("published", date, "When the review was published."),
        field("updated", date, "When it was last updated, if it was."),
        field("reviewed", date, "When its sources were last checked."),
        field("stale_days", .text, "Days since the sources were checked, when that is more than `stale_after_days`."),
        field("body_html", .html, "The review's body, rendered from Markdown."),
        field("toc", .list(heading), "The body's `##` and `###` headings."),
        field("scorecard", .object([
            field("rubric", .text, "The rubric's title."),
            field("rubric_url", .text, "The rubric's page."),
            field("rows", .list(.object([
                field("criterion", .text, "The criterion's label."),
                field("criterion_url", .text, "The criterion on the rubric's page."),
                field("not_applicable", .flag, "The answer is `n/a`: left out of the score."),
                field("unknown", .flag, "The answer is `unknown`: not checked yet, left out of the score."),
                field("points", .text, "What the criterion weighs."),
                field("option", .text, "The answer's label, Not applicable or Not checked yet; absent when the criterion is not answered."),
                field("percent", .text, "The share of the points the answer earns."),
                field("tone", .text, "good, ok, warn or bad; none for an answer that does not count."),
                field("note_html", .html, "The answer's note, rendered from Markdown."),
                field("sources", .list(citedSource), "The sources and `evidence` links the answer cites."),
            ])), "One row per criterion of the rubric, in the rubric's order."),
        ]), "The scorecard; absent when the review has none."),
        field("comparisons", .list(.object([
            field("title", .text, "The table's title."),
            field("columns", .list(.object([field("name", .text, "The column's heading.")])), "The column headings."),
            field("rows", .list(.object([
                field("cells", .list(.object([
                    field("text", .text, "The cell's text."),
                    field("tone", .text, "good, ok, warn or bad, when given."),
                    field("header", .flag, "True for the first cell of a row."),
                    field("source_url", .text, "A link to the source the cell cites."),
                ])), "The row's cells."),
            ])), "The table's rows."),
        ])), "Comparison tables from the front matter."),
        field("faq", .list(.object([
            field("question", .text, "The question."),
            field("answer_html", .html, "The answer, rendered from Markdown."),
            field("sources", .list(citedSource), "The sources the answer cites."),
        ])), "Frequently asked questions."),
        field("json_ld", .html, "The page's JSON-LD (schema.org Review, BreadcrumbList and FAQPage)."),
        field("og_type", .text, "`article`."),
        field("published_time", .text, "The publication time, RFC 3339."),
        field("modified_time", .text, "The last change, RFC 3339."),
        field("alternatives", .list(.object(cardFields + [
            field("name", .text, "The alternative's name."),
            field("rel", .text, "`sponsored nofollow noopener` for an affiliate address."),
            field("note_html", .html, "Why it is an alternative, rendered from Markdown."),
        ])), "Alternatives; one reviewed on the site also has its card's fields."),
        field("sources", .list(.object([
            field("id", .text, "The anchor of the source, `source-<id>`."),
            field("title", .text, "The source's title."),
            field("url", .text, "Its address."),
            field("kind", .text, "privacy-policy, terms, dpa, help, news, regulator, analysis or other."),
            field("retrieved", .text, "When it was retrieved."),
            field("effective", .text, "When it took effect, when known."),
            field("rel", .text, "`sponsored nofollow noopener` for an affiliate address."),
        ])), "Every source of the review."),
        field("history", .list(.object([
            field("date", .text, "When the verdict changed."),
            field("label", .text, "The verdict then."),
            field("tone", .text, "Its tone."),
            field("note_html", .html, "Why, rendered from Markdown."),
        ])), "Earlier verdicts."),
        field("authors", .list(.object([
            field("name", .text, "The author's name."),
            field("bio", .text, "A line about them."),
            field("url", .text, "Their page."),
        ])), "The review's authors."),
        field("tags", .list(.object([field("name", .text, "The tag."), field("url", .text, "Its listing.")])), "The review's tags."),
        field("badge_url", .text, "The review's badge image (SVG)."),
        field("related", .list(card), "Related reviews, as cards."),
        field("disclosure", disclosure, "The affiliate disclosure, when the review has affiliate links."),
    ])

    static let list = TemplateSchema.object([
        field("title", .text, "The listing's title."),
        field("description", .text, "A line about it."),
        field("url", .text, "Its full address."),
        field("reviews", .list(card), "This page's reviews, in the page's order."),
        field("count", .text, "How many reviews the listing has, on all its pages."),
        field("intro_html", .html, "A category's description, or a jurisdiction's groups and note, rendered from Markdown; first page only."),
        field("picks", .list(card), "A category's picks, shown first; first page only."),
        field("compare_url", .text, "A category's comparison matrix."),
        field("order", .text, "The order of this page: `newest`, `by-score` or `by-name`."),
        field("order_label", .text, "The order's name: Newest, Best score or Name."),
        field("orders", .list(.object([
            field("label", .text, "The order's name."),
            field("url", .text, "The listing in that order."),
            field("current", .flag, "This page is in that order."),
        ])), "The listing's three orders, its default first."),
        field("pagination", .object([
            field("number", .text, "This page's number, from 1."),
            field("count", .text, "How many pages."),
            field("prev_url", .text, "The previous page, absent on the first."),
            field("next_url", .text, "The next page, absent on the last."),
            field("pages", .list(.object([
                field("number", .text, "A page number."),
                field("url", .text, "Its address."),
                field("current", .flag, "It is this page."),
                field("gap", .flag, "It stands for the skipped pages (…)."),
            ])), "The first and last pages and two either side of this one."),
        ]), "Absent when the listing fits on one page (`paginate` in site.yaml)."),
    ])

    static let terms = TemplateSchema.object([
        field("title", .text, "The page's title."),
        field("description", .text, "A line about it."),
        field("url", .text, "Its full address."),
        field("terms", .list(.object([
            field("name", .text, "The verdict, tag or category."),
            field("url", .text, "Its listing."),
            field("count", .text, "How many reviews it has."),
            field("tone", .text, "A verdict's tone."),
            field("linked", .flag, "It has reviews; one without is shown unlinked."),
        ])), "The verdicts, tags, categories or matrices."),
    ])

    static let home = TemplateSchema.object([
        field("title", .text, "The site's title."),
        field("description", .text, "The site's description."),
        field("url", .text, "The site's address."),
        field("reviews", .list(card), "The newest reviews."),
        field("more", .flag, "There are more reviews than the home page shows."),
        field("verdict_counts", .list(.object([
            field("key", .text, "The verdict's key."),
            field("label", .text, "Its label."),
            field("tone", .text, "Its tone."),
            field("url", .text, "Its listing."),
            field("count", .text, "How many reviews have it."),
            field("linked", .flag, "It has reviews; one without is shown unlinked."),
        ])), "Every verdict of site.yaml with its number of reviews."),
    ])

    static let notFound = TemplateSchema.object([
        field("title", .text, "Page not found."),
        field("description", .text, "A line about it."),
        field("url", .text, "The page's address."),
        field("latest", .list(card), "The five newest reviews."),
    ])

    static let page = TemplateSchema.object([
        field("title", .text, "The page's title."),
        field("description", .text, "Its description."),
        field("url", .text, "Its full address."),
        field("body_html", .html, "The page, rendered from Markdown."),
        field("toc", .list(heading), "Its `##` and `###` headings."),
        field("updated", date, "When it was last updated."),
        field("disclosure", disclosure, "The affiliate disclosure, when the page has affiliate links."),
    ])

    static let matrix = TemplateSchema.object([
        field("title", .text, "The matrix's title."),
        field("description", .text, "A line about it."),
        field("url", .text, "Its full address."),
        field("category", .text, "The category's name."),
        field("category_url", .text, "The category's listing."),
        field("columns", .list(.object([
            field("key", .text, "The criterion's key."), field("label", .text, "Its label."),
            field("url", .text, "The criterion on its rubric's page."),
        ])), "One column per criterion."),
        field("rows", .list(.object([
            field("name", .text, "The product's name."),
            field("url", .text, "Its review."),
            field("score", .text, "Its score out of 10; absent when it has none or it is withheld."),
            field("score_withheld", .flag, "Too few criteria have evidence: show \"Not enough evidence\"."),
        ] + badgeFields + [
            field("cells", .list(.object([
                field("text", .text, "The answer's label, Not applicable, Not checked yet, or Not rated."),
                field("tone", .text, "good, ok, warn, bad or none."),
                field("percent", .text, "The share of the points it earns."),
                field("source_url", .text, "The source the answer cites, in the review."),
            ])), "One cell per column."),
        ])), "One row per review, best score first."),
        field("count", .text, "How many products."),
    ])

    static let rubric = TemplateSchema.object([
        field("title", .text, "Rubric: and the rubric's title."),
        field("description", .text, "The rubric's description."),
        field("url", .text, "Its full address."),
        field("total_points", .text, "The points of every criterion together."),
        field("criteria", .list(.object([
            field("id", .text, "The criterion's key: its anchor, `#<key>`."),
            field("label", .text, "Its label."),
            field("points", .text, "What it weighs."),
            field("question_html", .html, "The question it asks, rendered from Markdown."),
            field("why_html", .html, "Why it matters, rendered from Markdown."),
            field("verify_html", .html, "How to verify it, rendered from Markdown."),
            field("options", .list(.object([
                field("key", .text, "The answer's key."),
                field("label", .text, "Its label."),
                field("percent", .text, "The share of the points it earns."),
                field("points", .text, "The points it earns, e.g. 1.8."),
                field("meaning_html", .html, "What it means, rendered from Markdown."),
            ])), "The answers, in the rubric's order."),
        ])), "Every criterion, in the rubric's order."),
    ])

    static let search = TemplateSchema.object([
        field("title", .text, "Search."),
        field("description", .text, "A line about it."),
        field("url", .text, "Its full address."),
        field("pagefind_css_url", .text, "Pagefind's style sheet, for its search box."),
        field("pagefind_js_url", .text, "Pagefind's search interface."),
        field("search_js_url", .text, "The theme's script that starts it, `assets/search.js`."),
        field("reviews_url", .text, "Every review, for readers without JavaScript."),
    ])

    /// Each page template with the model it is rendered with, in the order the
    /// reference lists them. `base` and the partials are checked through them.
    static let templates: [(template: String, page: TemplateSchema, about: String)] = [
        ("review", review, "A review page."),
        ("home", home, "The home page."),
        ("list", list, "Every review, and each verdict, tag, category and jurisdiction."),
        ("terms", terms, "The verdicts, tags, categories, jurisdictions, rubrics and matrices pages."),
        ("compare", matrix, "A category's comparison matrix."),
        ("rubric", rubric, "A rubric's page: its criteria and what each answer means."),
        ("search", search, "The search page, with `search: true`."),
        ("page", page, "A page of `content/pages/`."),
        ("404", notFound, "The page for addresses that do not exist."),
    ]

    /// The head metadata `base.mustache` reads from every page; only review pages set
    /// them, so every other page has them as absent fields.
    static let headFields: [TemplateField] = [
        field("og_type", .text, "The Open Graph type; `article` on review pages, absent elsewhere (the layout writes `website`)."),
        field("published_time", .text, "The publication time, RFC 3339; review pages only."),
        field("modified_time", .text, "The last change, RFC 3339; review pages only."),
        field("json_ld", .html, "The page's JSON-LD; review pages only."),
        field("prev_url", .text, "The previous page of a paginated listing, for `<link rel=\"prev\">`."),
        field("noindex", .flag, "A listing in another order than its default, which search engines are asked not to index."),
        field("next_url", .text, "The next page of a paginated listing, for `<link rel=\"next\">`."),
    ]

    /// What a template is rendered with: `site`, `page`, and for reviews `review` too.
    static func root(_ template: String) -> TemplateSchema? {
        guard let entry = templates.first(where: { $0.template == template }) else { return nil }
        var page = entry.page
        if case .object(let fields) = page {
            page = .object(fields + headFields.filter { head in !fields.contains { $0.name == head.name } })
        }
        var fields = [field("site", site, "The site."), field("page", page, "The page.")]
        if template == "review" { fields.append(field("review", page, "The same as `page`.")) }
        return .object(fields)
    }
}
