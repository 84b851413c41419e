import Foundation

/// `vetted new page "Title"`: a draft page in `content/pages/`, with a comment on
/// each field and placeholders that `check --strict` rejects until they are replaced.
public enum PageDraft {
    /// Writes `content/pages/<slug>.md` in the site.
    /// - Parameter slug: `--slug`; made from the title when nil.
    /// - Returns: the path written.
    /// - Throws: `UsageError` when the title gives no slug, the slug is one the site
    ///   uses itself or another page's, or the file exists. Nothing is written then.
    public static func create(site: String, title: String, slug given: String? = nil) throws -> String {
        let slug = try DraftSlug.make(from: title, given: given, what: "the page title")
        let target = try DraftTarget(site: site, relative: "content/pages/\(slug).md")
        if Page.reservedSlugs.contains(slug) {
            throw UsageError(description: "the address /\(slug)/ is one Vetted writes itself; choose another title or pass --slug; nothing was written")
        }
        let (loaded, _) = SiteLoader(folder: target.folder).load()
        if let taken = loaded?.pages.first(where: { $0.slug.value == slug }) {
            throw UsageError(description: "the slug '\(slug)' is already used by \(taken.path); nothing was written")
        }
        try target.write(render(title: title, slug: slug))
        return target.path
    }

    static func render(title: String, slug: String) -> String {
        """
        ---
        # The page's heading; also its name in the navigation.
        title: \(ReviewDraft.quoted(title))
        # One sentence for search results and link previews.
        description: \(ReviewDraft.quoted("\(DraftMarker.text) what this page is for, in one sentence."))
        # The page is published at /\(slug)/; the file name gives the address (a-z, 0-9 and - only).
        # The last change worth telling readers about (optional), YYYY-MM-DD.
        # updated: 2026-01-31
        # Drafts are built only with --drafts and by the preview. Delete this line to publish.
        draft: true
        ---
        \(DraftMarker.text) write the page in Markdown.

        """
    }
}
