import VettedTemplates

/// A list of reviews (`list` template): all reviews, a verdict, a tag, a category.
struct ListModel: TemplateModel {
    let title: String
    let description: String
    let url: String
    /// Card values of this page, in the order shown.
    let cards: [TemplateValue]
    /// How many reviews the listing has on all its pages.
    var count: Int
    /// A category's description or a jurisdiction group's note, rendered from Markdown.
    var introHTML: String?
    /// A category's picks, shown before the other reviews.
    var picks: [TemplateValue] = []
    /// The category's comparison matrix.
    var compareURL: String?
    var order = ListingOrder.newest
    /// A listing in another order than its default: search engines are asked not to
    /// index it, and it is left out of the sitemap.
    var noindex = false
    /// Links to the listing's other orders.
    var orders: [OrderModel] = []
    /// Nil when the listing fits on one page.
    var pagination: PaginationModel?

    init(title: String, description: String, url: String, cards: [TemplateValue]) {
        self.title = title
        self.description = description
        self.url = url
        self.cards = cards
        self.count = cards.count
    }

    var templateValue: TemplateValue {
        var fields = TemplateFields.page(title: title, description: description, url: url)
        fields.values("reviews", cards)
        fields.text("count", String(count))
        fields.text("intro_html", introHTML)
        fields.values("picks", picks)
        fields.text("compare_url", compareURL)
        fields.text("order", order.slug)
        fields.text("order_label", order.label)
        fields.flag("noindex", noindex)
        fields.list("orders", orders)
        fields.model("pagination", pagination)
        fields.text("prev_url", pagination?.prevAbsolute)
        fields.text("next_url", pagination?.nextAbsolute)
        return fields.value
    }
}

/// A jurisdiction group a review's jurisdiction falls in: `name`, `url`, `note_html`.
struct GroupModel: TemplateModel {
    let name: String
    let url: String
    let noteHTML: String?

    var templateValue: TemplateValue {
        var fields = TemplateFields()
        fields.text("name", name)
        fields.text("url", url)
        fields.text("note_html", noteHTML)
        return fields.value
    }
}

/// One entry of a terms page: a verdict, tag or category with its review count.
struct TermModel: TemplateModel {
    let name: String
    let url: String
    let count: Int
    let tone: String?

    var templateValue: TemplateValue {
        var fields = TemplateFields()
        fields.text("name", name)
        fields.text("url", url)
        fields.text("count", String(count))
        fields.text("tone", tone)
        // An empty listing is not worth a click.
        fields.flag("linked", count > 0)
        return fields.value
    }
}

/// A page of terms (`terms` template): verdicts, tags, categories, matrices.
struct TermsModel: TemplateModel {
    let title: String
    let description: String
    let url: String
    let terms: [TermModel]

    var templateValue: TemplateValue {
        var fields = TemplateFields.page(title: title, description: description, url: url)
        fields.list("terms", terms)
        return fields.value
    }
}

/// The home page: the newest reviews and a count per verdict.
struct HomeModel: TemplateModel {
    struct VerdictCount: TemplateModel {
        let key: String
        let label: String
        let tone: String
        let url: String
        let count: Int

        var templateValue: TemplateValue {
            .object([
                "key": .text(key), "label": .text(label), "tone": .text(tone), "url": .text(url), "count": .text(String(count)),
                "linked": .bool(count > 0),
            ])
        }
    }

    let title: String
    let description: String
    let url: String
    let cards: [TemplateValue]
    /// More reviews exist than the home page shows.
    let more: Bool
    let verdictCounts: [VerdictCount]

    var templateValue: TemplateValue {
        var fields = TemplateFields.page(title: title, description: description, url: url)
        fields.values("reviews", cards)
        fields.flag("more", more)
        fields.list("verdict_counts", verdictCounts)
        return fields.value
    }
}

/// The 404 page, with the newest reviews.
struct NotFoundModel: TemplateModel {
    let title: String
    let description: String
    let url: String
    let latest: [TemplateValue]

    var templateValue: TemplateValue {
        var fields = TemplateFields.page(title: title, description: description, url: url)
        fields.values("latest", latest)
        return fields.value
    }
}

/// A page from `content/pages/` (`page` template).
struct PageModel: TemplateModel {
    let title: String
    let description: String?
    let url: String
    let bodyHTML: String
    let toc: [HeadingModel]
    let updated: DateModel?
    let disclosure: DisclosureModel?

    var templateValue: TemplateValue {
        var fields = TemplateFields.page(title: title, description: description, url: url)
        fields.text("body_html", bodyHTML)
        fields.list("toc", toc)
        fields.model("updated", updated)
        fields.model("disclosure", disclosure)
        return fields.value
    }
}

/// A comparison matrix (`compare` template): one row per review of a category, one
/// column per criterion.
struct MatrixModel: TemplateModel {
    struct Column: TemplateModel {
        let key: String
        let label: String
        /// The criterion's entry on its rubric's page.
        let url: String

        var templateValue: TemplateValue { .object(["key": .text(key), "label": .text(label), "url": .text(url)]) }
    }

    struct Cell: TemplateModel {
        let text: String
        let tone: String
        let percent: Int?
        /// Not `url`: a cell without a source would find the row's `url` up the stack.
        let sourceURL: String?

        var templateValue: TemplateValue {
            var fields = TemplateFields()
            fields.text("text", text)
            fields.text("tone", tone)
            fields.text("percent", percent.map(String.init))
            fields.text("source_url", sourceURL)
            return fields.value
        }
    }

    struct Row: TemplateModel {
        let name: String
        let url: String
        let score: String?
        let scoreWithheld: Bool
        let badge: BadgeModel
        let cells: [Cell]

        var templateValue: TemplateValue {
            var fields = TemplateFields()
            fields.text("name", name)
            fields.text("url", url)
            fields.text("score", score)
            fields.flag("score_withheld", scoreWithheld)
            fields.merge(badge)
            fields.list("cells", cells)
            return fields.value
        }
    }

    let title: String
    let description: String
    let url: String
    let category: String
    let categoryURL: String
    let columns: [Column]
    let rows: [Row]

    var templateValue: TemplateValue {
        var fields = TemplateFields.page(title: title, description: description, url: url)
        fields.text("category", category)
        fields.text("category_url", categoryURL)
        fields.list("columns", columns)
        fields.list("rows", rows)
        fields.text("count", String(rows.count))
        return fields.value
    }
}

/// The search page (`search` template): Pagefind's search box and filters.
struct SearchModel: TemplateModel {
    let url: String
    let pagefindCSS: String
    let pagefindJS: String
    let searchJS: String
    let reviewsURL: String

    init(urls: SiteURLs) {
        url = urls.absolute(urls.search)
        pagefindCSS = urls.pagefind("pagefind-ui.css")
        pagefindJS = urls.pagefind("pagefind-ui.js")
        searchJS = urls.asset("search.js")
        reviewsURL = urls.reviews
    }

    var templateValue: TemplateValue {
        var fields = TemplateFields.page(
            title: "Search", description: "Search every review, and narrow the results by verdict, category, jurisdiction and tag.",
            url: url)
        fields.text("pagefind_css_url", pagefindCSS)
        fields.text("pagefind_js_url", pagefindJS)
        fields.text("search_js_url", searchJS)
        fields.text("reviews_url", reviewsURL)
        return fields.value
    }
}
