import VettedTemplates

/// What every template gets under `site`: the site's title, language and the
/// addresses of its shared pages. Made once per build.
struct SiteModel: TemplateModel {
    let title: String
    let badgePrefix: String
    let description: String
    let language: String
    let baseURL: String
    let basePath: String
    let homeURL: String
    let reviewsURL: String
    let verdictsURL: String
    let tagsURL: String
    let categoriesURL: String
    let compareURL: String
    let rubricsURL: String
    /// Set when site.yaml has `search: true`.
    let searchURL: String?
    let jurisdictionsURL: String
    let cssURL: String
    let faviconURL: String
    let rssURL: String
    let atomURL: String
    let jsonFeedURL: String
    let ogLocale: String
    let reviewCount: Int
    /// The site's pages, for the navigation.
    let pages: [LinkModel]

    init(config: SiteConfig, urls: SiteURLs, reviewCount: Int, pages: [Page]) {
        title = config.title
        badgePrefix = config.badgePrefix
        description = config.description
        language = config.language
        baseURL = config.baseURL
        basePath = urls.basePath
        homeURL = urls.home
        reviewsURL = urls.reviews
        verdictsURL = urls.verdicts
        tagsURL = urls.tags
        categoriesURL = urls.categories
        compareURL = urls.compareIndex
        rubricsURL = urls.rubrics
        searchURL = config.search ? urls.search : nil
        jurisdictionsURL = urls.jurisdictions
        cssURL = urls.asset("style.css")
        faviconURL = urls.asset("favicon.svg")
        rssURL = urls.feedRSS
        atomURL = urls.feedAtom
        jsonFeedURL = urls.feedJSON
        ogLocale = config.language.replacing("-", with: "_")
        self.reviewCount = reviewCount
        self.pages = pages.map { LinkModel(title: $0.title, url: urls.page($0.slug.value)) }
    }

    var templateValue: TemplateValue {
        var fields: [String: TemplateValue] = [
            "title": .text(title), "badge_prefix": .text(badgePrefix), "language": .text(language), "base_url": .text(baseURL), "base_path": .text(basePath),
            "home_url": .text(homeURL), "reviews_url": .text(reviewsURL), "verdicts_url": .text(verdictsURL),
            "tags_url": .text(tagsURL), "categories_url": .text(categoriesURL), "compare_url": .text(compareURL),
            "css_url": .text(cssURL), "favicon_url": .text(faviconURL), "rss_url": .text(rssURL), "atom_url": .text(atomURL),
            "json_feed_url": .text(jsonFeedURL), "og_locale": .text(ogLocale), "review_count": .text(String(reviewCount)),
            "pages": .list(pages.map(\.templateValue)), "rubrics_url": .text(rubricsURL),
            "jurisdictions_url": .text(jurisdictionsURL),
        ]
        if !description.isEmpty { fields["description"] = .text(description) }
        if let searchURL { fields["search_url"] = .text(searchURL) }
        return .object(fields)
    }
}

/// The values a template is rendered with: `site`, and `page` with the page's own model.
/// The review template also gets the review as `review`.
struct TemplateRoot {
    static func value(site: TemplateValue, page: TemplateValue, alias: String? = nil) -> TemplateValue {
        var fields: [String: TemplateValue] = ["site": site, "page": page]
        if let alias { fields[alias] = page }
        return .object(fields)
    }
}
