import Foundation

/// The checks `vetted check` runs on the rendered site: every internal link and
/// `#anchor` resolves, affiliate links follow a visible disclosure, and nothing loads
/// from another origin.
struct SiteChecker {
    let urls: SiteURLs
    let pages: [String: PageScan]
    let styles: [String: [String]]
    let files: Set<String>
    /// How to show an output path in a message, e.g. `public/reviews/x/index.html`.
    let display: (String) -> String
    /// Folders of the output that only `vetted build` writes (Pagefind's `pagefind/`),
    /// so links into them are not checked.
    var writtenByBuild: [String] = []
    /// The Markdown links of each page, by the page's output file: they were checked
    /// at their source already, and what is found about them is shown there.
    var markdownLinks: [String: [String: LinkRecord]] = [:]
    /// False when the content has errors: a broken link in a generated page is then a
    /// consequence of one of them (a misspelt verdict has no page), not news.
    var checksGeneratedLinks = true

    func check() -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for path in pages.keys.sorted() {
            guard let page = pages[path] else { continue }
            diagnostics += checkLinks(of: page, at: path)
            diagnostics += checkDisclosure(of: page, at: path)
        }
        for path in styles.keys.sorted() {
            for url in styles[path] ?? [] where isForeign(url) {
                diagnostics.append(error(path, 1, 1, "the stylesheet loads '\(url)' from another origin; host it with the site"))
            }
        }
        return diagnostics
    }

    private func error(_ path: String, _ line: Int, _ column: Int, _ message: String) -> Diagnostic {
        Diagnostic(.error, path: display(path), line: line, column: column, message: message)
    }

    private func error(_ path: String, _ page: PageScan, at offset: Int, _ message: String) -> Diagnostic {
        let position = page.position(of: offset)
        return error(path, position.line, position.column, message)
    }

    /// At the Markdown that wrote the link when there is one, else in the page.
    private func error(_ path: String, _ page: PageScan, at offset: Int, url: String, _ message: String) -> Diagnostic {
        guard let record = markdownLinks[path]?[url] else {
            return error(path, page, at: offset, message)
        }
        return Diagnostic(.error, path: record.source, line: record.line, column: record.column, message: message)
    }

    private func checkLinks(of page: PageScan, at path: String) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for reference in page.references {
            if reference.loads, isForeign(reference.url) {
                found.append(error(path, page, at: reference.offset, url: reference.url,
                    "'\(reference.url)' would be loaded from another origin; privacy reviews load nothing from third parties"))
                continue
            }
            guard checksGeneratedLinks, markdownLinks[path]?[reference.url] == nil else { continue }
            guard let (target, fragment) = resolve(reference.url, from: path) else { continue }
            if writtenByBuild.contains(where: target.hasPrefix) { continue }
            guard let file = SiteURLs.writtenFile(target, in: files) else {
                found.append(error(path, page, at: reference.offset, "the link '\(reference.url)' goes to a page that does not exist"))
                continue
            }
            if let fragment, !fragment.isEmpty, let targetPage = pages[file], !targetPage.ids.contains(fragment) {
                found.append(error(path, page, at: reference.offset,
                    "the link '\(reference.url)' points at '#\(fragment)', which that page does not have"))
            }
        }
        for reference in page.unmarkedAffiliate {
            found.append(error(path, page, at: reference.offset, url: reference.url,
                "the link to '\(reference.url)' goes to an affiliate domain but has no rel=\"sponsored\""))
        }
        return found
    }

    private func checkDisclosure(of page: PageScan, at path: String) -> [Diagnostic] {
        guard let sponsored = page.firstSponsored else { return [] }
        let url = page.firstSponsoredURL ?? ""
        guard let disclosure = page.disclosureOffset else {
            return [error(path, page, at: sponsored, url: url, "this page has an affiliate link but no affiliate disclosure")]
        }
        if disclosure > sponsored {
            return [error(path, page, at: sponsored, url: url, "this affiliate link comes before the affiliate disclosure")]
        }
        return []
    }

    /// True for a URL the browser would fetch from a host other than the site's.
    func isForeign(_ url: String) -> Bool {
        let origin = urls.origin.lowercased()
        if url.hasPrefix("//") {
            let host = url.dropFirst(2).prefix { $0 != "/" }.lowercased()
            return !origin.hasSuffix("://" + host)
        }
        guard let scheme = LinkResolver.scheme(of: url) else { return false }
        if scheme == "data" { return false }
        let lower = url.lowercased()
        return !(lower.hasPrefix(origin + "/") || lower == origin)
    }

    /// The output path (without fragment) and fragment an internal URL points at, or
    /// nil for external links.
    func resolve(_ url: String, from page: String) -> (String, String?)? {
        urls.outputPath(of: url, from: page).map { ($0.path, $0.fragment) }
    }
}
