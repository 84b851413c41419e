import VettedMarkdown

/// Resolves the `review:`, `affiliate:` and `source:` link schemes, and marks every
/// link to an affiliate host as sponsored.
struct LinkResolver {
    let urls: SiteURLs
    /// Slugs of the reviews published in this build.
    let reviewSlugs: Set<String>
    let affiliateDomains: [String]
    /// The review the Markdown belongs to; nil on plain pages.
    let review: Review?

    func resolve(_ target: LinkTarget) -> LinkResolution {
        let url = target.url
        if let rest = url.stripping(prefix: "review:") {
            let slug = rest.prefix { $0 != "#" }
            let anchor = rest.dropFirst(slug.count)
            guard reviewSlugs.contains(String(slug)) else {
                return .invalid("unknown review '\(slug)' in link '\(url)'" + Suggestion.hint(for: String(slug), in: reviewSlugs.sorted()))
            }
            return .replace(url: urls.review(String(slug)) + anchor, sponsored: false)
        }
        if let id = url.stripping(prefix: "affiliate:") {
            guard let review else { return .invalid("'affiliate:' links can only be used in reviews") }
            guard let link = review.affiliateLink(id) else {
                let ids = review.affiliate?.links.map(\.id.value) ?? []
                return .invalid(
                    "unknown affiliate link '\(id)'; declare it under 'affiliate.links'" + Suggestion.hint(for: id, in: ids))
            }
            return .replace(url: link.url, sponsored: true)
        }
        if let id = url.stripping(prefix: "source:") {
            guard let review else { return .invalid("'source:' links can only be used in reviews") }
            guard review.source(id) != nil else {
                return .invalid("unknown source '\(id)' in link '\(url)'" + Suggestion.hint(for: id, in: review.sources.map(\.id.value)))
            }
            return .replace(url: "#" + SiteURLs.sourceAnchor(id), sponsored: false)
        }
        if isAffiliate(url) { return .replace(url: url, sponsored: true) }
        return .keep
    }

    /// True for http(s) URLs whose host is an affiliate domain or one of its subdomains.
    func isAffiliate(_ url: String) -> Bool {
        guard let host = WebURL.host(of: url) else { return false }
        return affiliateDomains.contains { WebURL.host(host, isWithin: $0) }
    }
}

extension String {
    func stripping(prefix: String) -> String? {
        hasPrefix(prefix) ? String(dropFirst(prefix.count)) : nil
    }
}
