/// Everything read from a site folder: settings, rubrics, reviews and pages.
public struct Site: Sendable {
    public let config: SiteConfig
    public let rubrics: [Rubric]
    /// Every review that was read without error, drafts and scheduled ones included.
    public let reviews: [Review]
    public let pages: [Page]

    public func rubric(_ key: String) -> Rubric? { rubrics.first { $0.key == key } }
}
