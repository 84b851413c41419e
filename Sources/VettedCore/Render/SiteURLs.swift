/// Where each generated page lives, as a root-relative URL (with the base path) and
/// as an absolute URL. One place decides every path the site writes.
struct SiteURLs: Sendable {
    /// e.g. `https://reviews.example.org/blog/`
    let baseURL: String
    /// e.g. `/blog/`
    let basePath: String

    var home: String { basePath }
    var reviews: String { basePath + "reviews/" }
    var verdicts: String { basePath + "verdicts/" }
    var tags: String { basePath + "tags/" }
    var categories: String { basePath + "categories/" }
    var compareIndex: String { basePath + "compare/" }
    var rubrics: String { basePath + "rubrics/" }
    var search: String { basePath + "search/" }
    /// Pagefind's files: its index and its interface.
    func pagefind(_ file: String) -> String { basePath + "pagefind/" + file }
    var jurisdictions: String { basePath + "jurisdictions/" }
    func rubric(_ key: String) -> String { basePath + "rubrics/\(key)/" }
    /// A criterion's entry on its rubric's page.
    func criterion(_ key: String, of rubric: String) -> String { self.rubric(rubric) + "#" + key }
    /// `/jurisdictions/se/` for SE.
    func jurisdiction(_ code: String) -> String { basePath + "jurisdictions/\(code.lowercased())/" }
    /// A jurisdiction group's page sits beside the countries': `/jurisdictions/five-eyes/`.
    func jurisdictionGroup(_ key: String) -> String { basePath + "jurisdictions/\(key)/" }
    func compare(_ category: String) -> String { basePath + "compare/\(category)/" }
    func review(_ slug: String) -> String { basePath + "reviews/\(slug)/" }
    func page(_ slug: String) -> String { basePath + "\(slug)/" }
    func verdict(_ key: String) -> String { basePath + "verdicts/\(key)/" }
    func tag(_ slug: String) -> String { basePath + "tags/\(slug)/" }
    func category(_ key: String) -> String { basePath + "categories/\(key)/" }
    func badge(_ slug: String) -> String { basePath + "badges/\(slug).svg" }
    func asset(_ path: String) -> String { basePath + "assets/" + path }

    /// `https://host[:port]` of the base URL.
    var origin: String {
        guard let schemeEnd = baseURL.firstRange(of: "://") else { return baseURL }
        let host = baseURL[schemeEnd.upperBound...].prefix { $0 != "/" }
        return String(baseURL[..<schemeEnd.upperBound] + host)
    }

    var feedRSS: String { basePath + "feed.xml" }
    var feedAtom: String { basePath + "atom.xml" }
    var feedJSON: String { basePath + "feed.json" }
    var sitemap: String { basePath + "sitemap.xml" }
    var apiReviews: String { basePath + "api/reviews.json" }

    /// A link written as root-relative (`/about/`) points at the site's root, which is
    /// `basePath` when the site is published below a path.
    func site(_ link: String) -> String {
        guard basePath != "/", link.hasPrefix("/"), !link.hasPrefix("//") else { return link }
        return basePath + link.dropFirst()
    }

    /// The absolute form of a root-relative URL made by this type.
    func absolute(_ rootRelative: String) -> String {
        guard rootRelative.hasPrefix(basePath) else { return rootRelative }
        return baseURL + rootRelative.dropFirst(basePath.count)
    }

    /// The file a page is written to, relative to the output folder.
    static func reviewFile(_ slug: String) -> String { "reviews/\(slug)/index.html" }
    static func pageFile(_ slug: String) -> String { "\(slug)/index.html" }
    static let homeFile = "index.html"
    static let notFoundFile = "404.html"

    /// The file of a root-relative folder URL made by this type: `/blog/tags/ai/` → `tags/ai/index.html`.
    func file(for url: String) -> String {
        String(url.dropFirst(basePath.count)) + "index.html"
    }

    /// The id of a source's entry in the source list.
    static func sourceAnchor(_ id: String) -> String { "source-\(id)" }

    /// A link the page may use in `href`: absolute http(s), or root-relative.
    static func isSafeHref(_ url: String) -> Bool {
        // Browsers drop tabs and newlines inside URLs, so "/\t/evil" would become "//evil".
        guard !url.unicodeScalars.contains(where: { $0.properties.isWhitespace || $0.value < 0x20 || $0.value == 0x7F }) else {
            return false
        }
        return WebURL.isAbsoluteHTTP(url) || (url.hasPrefix("/") && !url.hasPrefix("//") && !url.contains("\\"))
    }
}
