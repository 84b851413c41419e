import VettedMarkdown

/// A link or image written in Markdown, kept with its place in the source so it can
/// be checked once every file of the site is written.
struct LinkRecord: Sendable, Hashable {
    /// The Markdown file (or site.yaml, or a rubric), as messages show it.
    let source: String
    let line: Int
    let column: Int
    /// The destination as the author wrote it.
    let written: String
    /// The destination as written into the page, base path and schemes resolved.
    let href: String
    /// The output file of the page it is on; nil for text shown on many pages
    /// (site.yaml's), whose relative links are not checked.
    let page: String?
    let isImage: Bool
}

/// Collects the links of one page while it renders; each page has its own, so no lock.
final class LinkLedger {
    let source: String
    let page: String?
    /// Keep links to other sites too (for `vetted check`, which maps what it finds on
    /// the rendered page back to the source).
    let keepsExternal: Bool
    private(set) var records: [LinkRecord] = []

    init(source: String, page: String?, keepsExternal: Bool) {
        self.source = source
        self.page = page
        self.keepsExternal = keepsExternal
    }

    func record(_ target: LinkTarget, href: String, isInternal: Bool) {
        guard isInternal || keepsExternal else { return }
        records.append(LinkRecord(
            source: source, line: target.line, column: target.column, written: target.url, href: href, page: page,
            isImage: target.isImage))
    }

    /// Forgets the links recorded after `count`: a text whose rendering was refused
    /// writes none of them.
    func forget(after count: Int) {
        if records.count > count { records.removeLast(records.count - count) }
    }
}
