import VettedMarkdown

/// RSS 2.0, Atom 1.0 and JSON Feed 1.1 of the newest reviews. Entry ids are the
/// review's permanent URL, which no edit changes; dates come from the newest of
/// `updated`, the history and `published`; the verdict is the category.
struct Feeds {
    let context: RenderContext
    /// The newest reviews with their feed content (absolute links), newest first.
    let entries: [(review: Review, html: String)]

    private var config: SiteConfig { context.config }
    private var urls: SiteURLs { context.urls }
    private func url(_ review: Review) -> String { urls.absolute(urls.review(review.slug.value)) }
    private func verdictLabel(_ review: Review) -> String {
        let key = context.verdictKey(of: review)
        return config.verdict(key)?.label ?? key
    }
    private func authors(_ review: Review) -> [SiteConfig.Author] {
        review.authors.compactMap { config.author($0.value) }
    }
    private var description: String { config.description.isEmpty ? config.title : config.description }

    /// The newest change to any entry; a fixed date when there are none, so the feed
    /// stays byte-identical from build to build.
    private var updated: Timestamp {
        entries.map(\.review.lastModified).max() ?? Timestamp(epochDay: 0)
    }

    func rss() -> String {
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
            <channel>
            <title>\(XML.escaped(config.title))</title>
            <link>\(XML.escaped(config.baseURL))</link>
            <description>\(XML.escaped(description.escapedForHTMLAttribute))</description>
            <language>\(XML.escaped(config.language))</language>
            <lastBuildDate>\(updated.rfc822)</lastBuildDate>
            <atom:link href="\(XML.escaped(urls.absolute(urls.feedRSS)))" rel="self" type="application/rss+xml"/>

            """
        for (review, html) in entries {
            let link = XML.escaped(url(review))
            xml += "<item>\n<title>\(XML.escaped(review.title))</title>\n<link>\(link)</link>\n"
            xml += "<guid isPermaLink=\"true\">\(link)</guid>\n"
            xml += "<pubDate>\(review.published.value.rfc822)</pubDate>\n"
            xml += "<description>\(XML.escaped(review.description.escapedForHTMLAttribute))</description>\n"
            xml += "<content:encoded>\(XML.escaped(html))</content:encoded>\n"
            xml += "<category>\(XML.escaped(verdictLabel(review)))</category>\n"
            for author in authors(review) { xml += "<dc:creator>\(XML.escaped(author.name))</dc:creator>\n" }
            xml += "</item>\n"
        }
        return xml + "</channel>\n</rss>\n"
    }

    func atom() -> String {
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(XML.escaped(config.language))">
            <id>\(XML.escaped(config.baseURL))</id>
            <title>\(XML.escaped(config.title))</title>
            <subtitle>\(XML.escaped(description))</subtitle>
            <updated>\(updated.rfc3339)</updated>
            <link rel="self" type="application/atom+xml" href="\(XML.escaped(urls.absolute(urls.feedAtom)))"/>
            <link rel="alternate" type="text/html" href="\(XML.escaped(config.baseURL))"/>
            <author><name>\(XML.escaped(config.title))</name><uri>\(XML.escaped(config.baseURL))</uri></author>

            """
        for (review, html) in entries {
            let link = XML.escaped(url(review))
            xml += "<entry>\n<id>\(link)</id>\n<title>\(XML.escaped(review.title))</title>\n"
            xml += "<link rel=\"alternate\" type=\"text/html\" href=\"\(link)\"/>\n"
            xml += "<published>\(review.published.value.rfc3339)</published>\n<updated>\(review.lastModified.rfc3339)</updated>\n"
            for author in authors(review) {
                xml += "<author><name>\(XML.escaped(author.name))</name>"
                if let uri = author.url {
                    xml += "<uri>\(XML.escaped(AbsoluteLinks.absolute(urls.site(uri), page: url(review), origin: urls.origin)))</uri>"
                }
                xml += "</author>\n"
            }
            let key = context.verdictKey(of: review)
            xml += "<category term=\"\(XML.escaped(key))\" label=\"\(XML.escaped(verdictLabel(review)))\" scheme=\"\(XML.escaped(urls.absolute(urls.verdicts)))\"/>\n"
            xml += "<summary>\(XML.escaped(review.description))</summary>\n"
            xml += "<content type=\"html\">\(XML.escaped(html))</content>\n</entry>\n"
        }
        return xml + "</feed>\n"
    }

    func jsonFeed() -> String {
        let items = entries.map { review, html -> JSON in
            let authors = authors(review).map { author in
                JSON.object([
                    ("name", .string(author.name)),
                    ("url", JSON.string(author.url.map { AbsoluteLinks.absolute(urls.site($0), page: url(review), origin: urls.origin) })),
                ])
            }
            return JSON.object([
                ("id", .string(url(review))),
                ("url", .string(url(review))),
                ("title", .string(review.title)),
                ("summary", .string(review.description)),
                ("content_html", .string(html)),
                ("date_published", .string(review.published.value.rfc3339)),
                ("date_modified", .string(review.lastModified.rfc3339)),
                ("authors", authors.isEmpty ? nil : .array(authors)),
                ("tags", .array(([verdictLabel(review)] + review.tags).map(JSON.string))),
                ("_vetted", ReviewIndex(context: context).verdictAndScore(review)),
            ])
        }
        return JSON.object([
            ("version", .string("https://jsonfeed.org/version/1.1")),
            ("title", .string(config.title)),
            ("home_page_url", .string(config.baseURL)),
            ("feed_url", .string(urls.absolute(urls.feedJSON))),
            ("description", .string(description)),
            ("language", .string(config.language)),
            ("items", .array(items)),
        ]).serialized(pretty: true) + "\n"
    }
}
