/// Rewrites the `href` and `src` attributes of rendered HTML so every URL is
/// absolute: feed readers show content away from the page it came from.
enum AbsoluteLinks {
    /// - Parameters:
    ///   - html: HTML written by Vetted (attribute values in double or single quotes).
    ///   - page: the absolute URL of the page the HTML belongs to.
    ///   - origin: `https://host` of the site, for root-relative URLs.
    static func rewrite(_ html: String, page: String, origin: String) -> String {
        var out = ""
        out.reserveCapacity(html.utf8.count + 256)
        var rest = Substring(html)
        while let match = nextAttribute(in: rest) {
            out += rest[..<match.valueStart]
            let value = rest[match.valueStart..<match.valueEnd]
            out += absolute(String(value), page: page, origin: origin)
            rest = rest[match.valueEnd...]
        }
        out += rest
        return out
    }

    static func absolute(_ url: String, page: String, origin: String) -> String {
        if url.hasPrefix("#") { return page + url }
        if url.hasPrefix("//") { return "https:" + url }
        if url.hasPrefix("/") { return origin + url }
        if LinkResolver.scheme(of: url) != nil || url.isEmpty { return url }
        return page + url
    }

    /// The next ` href="` or ` src="` (or with `'`) and where its value starts and ends.
    private static func nextAttribute(in text: Substring) -> (valueStart: Substring.Index, valueEnd: Substring.Index)? {
        var search = text
        while let found = search.firstRange(of: "=") {
            let before = search[..<found.lowerBound]
            let isLink = before.hasSuffix(" href") || before.hasSuffix(" src")
            let afterEquals = found.upperBound
            guard afterEquals < search.endIndex else { return nil }
            let quote = search[afterEquals]
            if isLink, quote == "\"" || quote == "'" {
                let start = search.index(after: afterEquals)
                guard let end = search[start...].firstIndex(of: quote) else { return nil }
                return (start, end)
            }
            search = search[afterEquals...]
        }
        return nil
    }
}
