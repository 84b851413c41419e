/// `/sitemap.xml` (every published page, with `lastmod` where a date is known) and
/// `/robots.txt` pointing at it. Drafts and scheduled reviews are not published, so
/// they never appear.
struct Sitemap {
    let urls: SiteURLs
    /// Root-relative URLs with their last change.
    let entries: [(url: String, lastModified: Timestamp?)]

    func xml() -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for entry in entries {
            xml += "<url><loc>\(XML.escaped(urls.absolute(entry.url)))</loc>"
            if let date = entry.lastModified { xml += "<lastmod>\(date.rfc3339)</lastmod>" }
            xml += "</url>\n"
        }
        return xml + "</urlset>\n"
    }

    func robots() -> String {
        "User-agent: *\nAllow: /\n\nSitemap: \(urls.absolute(urls.sitemap))\n"
    }
}
