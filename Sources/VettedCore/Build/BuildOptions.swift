/// What a build includes and how strict it is.
public struct BuildOptions: Sendable {
    /// Build reviews and pages marked `draft: true`.
    public var includeDrafts: Bool
    /// Build reviews whose `published` date is after today.
    public var includeFuture: Bool
    /// Replaces `base_url` from site.yaml.
    public var baseURL: String?
    /// Treat warnings as errors.
    public var strict: Bool
    /// "Today" for staleness and scheduling; the current date when nil.
    public var today: Timestamp?

    public init(
        includeDrafts: Bool = false,
        includeFuture: Bool = false,
        baseURL: String? = nil,
        strict: Bool = false,
        today: Timestamp? = nil
    ) {
        self.includeDrafts = includeDrafts
        self.includeFuture = includeFuture
        self.baseURL = baseURL
        self.strict = strict
        self.today = today
    }
}
