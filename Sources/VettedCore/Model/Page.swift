import VettedYAML

/// A plain page from `content/pages/<slug>.md`, published at `/<slug>/`.
public struct Page: Sendable {
    public let path: String
    public let slug: Located<String>
    public let title: String
    public let description: String?
    public let draft: Bool
    public let updated: Timestamp?
    public let body: String
    let bodyLineOffset: Int

    static let keys = ["title", "description", "slug", "draft", "updated"]

    /// Paths the generator writes itself: a page may not take them.
    static let reservedSlugs: Set<String> = [
        "reviews", "tags", "categories", "verdicts", "compare", "rubrics", "jurisdictions", "api", "badges", "assets", "feed", "atom",
        "sitemap", "robots", "404", "index", "search",
    ]

    static func read(_ matter: FrontMatter, path: String, fileSlug: String, log: DiagnosticLog) -> Page? {
        let reader = FieldReader(log: log)
        guard let fields = reader.fields(matter.node, allowed: keys, name: "the front matter") else { return nil }
        let title = reader.string(fields, "title", required: true)
        let slug = readSlug(fields, fileSlug: fileSlug, reader: reader)
        if let slug, reservedSlugs.contains(slug.value) {
            log.error("the page slug '\(slug.value)' collides with the generated /\(slug.value)/ path; choose another", at: slug.mark)
        }
        let page = Page(
            path: path,
            slug: slug ?? Located(fileSlug, at: Mark(line: 1, column: 1)),
            title: title ?? "",
            description: reader.string(fields, "description"),
            draft: reader.bool(fields, "draft") ?? false,
            updated: reader.date(fields, "updated"),
            body: matter.body,
            bodyLineOffset: matter.bodyLineOffset
        )
        return log.hasErrors ? nil : page
    }
}

/// The slug from front matter, or from the file name.
func readSlug(_ fields: Fields, fileSlug: String, reader: FieldReader) -> Located<String>? {
    if let slug = reader.located(fields, "slug") {
        guard Slug.isValid(slug.value) else {
            reader.log.error("slug '\(slug.value)' must use only a-z, 0-9 and -", at: slug.mark)
            return nil
        }
        return slug
    }
    guard Slug.isValid(fileSlug) else {
        reader.log.error(
            "the file name '\(fileSlug)' is not a valid slug (a-z, 0-9 and - only); rename the file or set 'slug'",
            at: Mark(line: 1, column: 1)
        )
        return nil
    }
    return Located(fileSlug, at: Mark(line: 1, column: 1))
}
