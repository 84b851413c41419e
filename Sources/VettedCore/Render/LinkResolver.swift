import VettedMarkdown
import VettedYAML

/// Resolves the `review:`, `affiliate:` and `source:` link schemes, and marks every
/// link to an affiliate host as sponsored.
struct LinkResolver {
    let urls: SiteURLs
    /// Slugs of the reviews published in this build.
    let reviewSlugs: Set<String>
    /// Slugs of every review, drafts and scheduled ones included.
    let allReviewSlugs: Set<String>
    let affiliateDomains: [String]
    /// For `rubric:` links.
    let rubrics: [Rubric]
    /// The review the Markdown belongs to; nil on plain pages.
    let review: Review?
    /// Slugs of review files that could not be read.
    var unreadSlugs: Set<String> = []
    /// Keys of rubric files that could not be read.
    var unreadRubricKeys: Set<String> = []
    /// Keeps the page's links, checked once the site is written; nil when not checked.
    var ledger: LinkLedger?
    /// Files copied beside pages and from static/, for the size of images.
    var files: ContentFiles?

    /// Schemes links may use besides Vetted's own.
    static let webSchemes: Set<String> = ["http", "https", "mailto", "tel"]

    /// Resolves a link, gives an image its size, and records what must be checked
    /// once every page is written.
    func resolve(_ target: LinkTarget) -> LinkResolution {
        var resolution = resolveScheme(target)
        guard let ledger else { return resolution }
        let href: String
        switch resolution {
        case .keep, .suspicious: href = target.url
        case .replace(let url, _), .image(let url, _): href = url
        case .invalid: return resolution
        }
        // `source:` and `rubric:` are checked by `resolveScheme`, as is `review:` without
        // an anchor; `affiliate:` leads to another site.
        let scheme = Self.scheme(of: target.url)
        if let scheme, ["source", "rubric"].contains(scheme) { return resolution }
        if scheme == "review", !target.url.contains("#") { return resolution }
        let output = urls.outputPath(of: href, from: ledger.page ?? SiteURLs.homeFile)
        ledger.record(target, href: href, isInternal: output != nil)
        if target.isImage, let output, ledger.page != nil || href.hasPrefix("/") {
            switch resolution {
            case .keep, .replace(_, false): resolution = .image(url: href, size: files?.imageSize(at: output.path))
            default: break
            }
        }
        return resolution
    }

    /// Renders with this resolver; when the Markdown is refused as a whole (its HTML
    /// left out for an error), its links are not checked: they are not on the page.
    func rendering(_ render: () -> RenderedMarkdown) -> RenderedMarkdown {
        let recorded = ledger?.records.count ?? 0
        let result = render()
        if result.html.isEmpty, result.problems.contains(where: { !$0.isWarning }) { ledger?.forget(after: recorded) }
        return result
    }

    private func resolveScheme(_ target: LinkTarget) -> LinkResolution {
        let url = target.url
        if let rest = url.stripping(prefix: "review:") {
            let slug = String(rest.prefix { $0 != "#" })
            let anchor = rest.dropFirst(slug.count)
            guard reviewSlugs.contains(slug) else {
                // A review file that could not be read has its own error.
                if unreadSlugs.contains(slug) { return .replace(url: urls.review(String(slug)) + anchor, sponsored: false) }
                if allReviewSlugs.contains(slug) {
                    return .invalid("the review '\(slug)' is a draft or scheduled, and is not published in this build")
                }
                return .invalid("unknown review '\(slug)' in link '\(url)'" + Suggestion.hint(for: slug, in: reviewSlugs.sorted()))
            }
            return .replace(url: urls.review(String(slug)) + anchor, sponsored: false)
        }
        if let rest = url.stripping(prefix: "rubric:") {
            return resolveRubric(rest, link: url)
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
        if url.hasPrefix("/"), !url.hasPrefix("//"), urls.basePath != "/" {
            return .replace(url: urls.site(url), sponsored: false)
        }
        if let scheme = Self.scheme(of: url), !Self.webSchemes.contains(scheme) {
            let ours = ["review", "source", "affiliate", "rubric"]
            if ours.contains(scheme) {
                // `Review:x`: schemes are case-insensitive, so resolve it as written in lower case.
                let lowered = LinkTarget(url: scheme + ":" + url.dropFirst(scheme.count + 1), line: target.line,
                                         column: target.column, isImage: target.isImage)
                return resolveScheme(lowered)
            }
            let hint = Suggestion.closest(to: scheme, in: ours + Self.webSchemes.sorted()).map { "; did you mean '\($0):'?" } ?? ""
            return .suspicious("unknown link scheme '\(scheme):' in '\(url)'\(hint)")
        }
        return .keep
    }

    /// `rubric:<key>` and `rubric:<key>#<criterion>`: a rubric's page and a criterion on it.
    private func resolveRubric(_ rest: String, link: String) -> LinkResolution {
        let key = String(rest.prefix { $0 != "#" })
        let criterion = rest.dropFirst(key.count + 1)
        guard let rubric = rubrics.first(where: { $0.key == key }) else {
            if unreadRubricKeys.contains(key) { return .replace(url: urls.rubric(key), sponsored: false) }
            return .invalid(
                "unknown rubric '\(key)' in link '\(link)'; rubrics live in content/rubrics/<key>.yaml"
                    + Suggestion.hint(for: key, in: rubrics.map(\.key)))
        }
        guard rest.contains("#") else { return .replace(url: urls.rubric(key), sponsored: false) }
        guard rubric.criterion(String(criterion)) != nil else {
            return .invalid(
                "rubric '\(key)' has no criterion '\(criterion)' in link '\(link)'"
                    + Suggestion.hint(for: String(criterion), in: rubric.criteria.map(\.key)))
        }
        return .replace(url: urls.criterion(String(criterion), of: key), sponsored: false)
    }

    /// The lower-cased scheme of an absolute URL (`https`, `review`), or nil for a relative one.
    static func scheme(of url: String) -> String? {
        // On bytes: a scheme is ASCII, and most links are looked at here.
        let utf8 = url.utf8
        guard let colon = utf8.firstIndex(of: UInt8(ascii: ":")) else { return nil }
        let scheme = utf8[..<colon]
        func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") }
        guard let first = scheme.first, isLetter(first),
            scheme.allSatisfy({ isLetter($0) || ($0 >= 48 && $0 <= 57) || $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".") })
        else { return nil }
        return String(decoding: scheme, as: UTF8.self).lowercased()
    }

    /// Resolves a link and remembers where the first affiliate link of the page is, so
    /// the disclosure can be checked against it.
    func resolve(_ target: LinkTarget, noting sponsored: inout Mark?) -> LinkResolution {
        let resolution = resolve(target)
        if case .replace(_, true) = resolution, sponsored == nil { sponsored = Mark(line: target.line, column: target.column) }
        return resolution
    }

    /// True for http(s) URLs whose host is an affiliate domain or one of its subdomains.
    func isAffiliate(_ url: String) -> Bool {
        guard !affiliateDomains.isEmpty else { return false }
        guard let host = WebURL.host(of: url) else { return false }
        return affiliateDomains.contains { WebURL.host(host, isWithin: $0) }
    }
}

extension String {
    func stripping(prefix: String) -> String? {
        // Compared as bytes: the prefixes are ASCII and end in ':', which starts no grapheme cluster.
        guard utf8.starts(with: prefix.utf8) else { return nil }
        return String(self[utf8.index(utf8.startIndex, offsetBy: prefix.utf8.count)...])
    }
}
