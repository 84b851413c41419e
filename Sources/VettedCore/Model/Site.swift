/// Everything read from a site folder: settings, rubrics, reviews and pages.
public struct Site: Sendable {
    /// site.yaml's settings; a build may replace the base URL.
    public internal(set) var config: SiteConfig
    public let rubrics: [Rubric]
    /// Every review that was read without error, drafts and scheduled ones included.
    public let reviews: [Review]
    public let pages: [Page]
    /// Slugs of review files that could not be read: their own errors are reported,
    /// not every reference to them.
    public var unreadReviewSlugs: Set<String> = []
    /// Keys of rubric files that could not be read, for the same reason.
    public var unreadRubricKeys: Set<String> = []
    /// Slugs of page files that could not be read, for the same reason.
    public var unreadPageSlugs: Set<String> = []
    /// The folder of each review or page that is a bundle (`content/reviews/x/index.md`),
    /// by the file's path as messages show it: its other files are copied beside the page.
    public var bundleFolders: [String: String] = [:]

    public func rubric(_ key: String) -> Rubric? { rubrics.first { $0.key == key } }
}
