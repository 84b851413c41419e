/// `site.yaml`: the site's settings.
public struct SiteConfig: Sendable {
    public struct Author: Sendable {
        public let key: String
        public let name: String
        public let bio: String?
        public let url: String?
    }

    public struct VerdictLevel: Sendable {
        public let key: String
        public let label: String
        /// good, ok, warn or bad: drives the badge colour.
        public let tone: String
    }

    public var title: String
    /// Absolute, always ending in `/`.
    public var baseURL: String
    public var language: String
    public var description: String
    public var badgePrefix: String
    public var authors: [Author]
    /// Ordered best to worst.
    public var verdicts: [VerdictLevel]
    public var disclosureText: String
    public var disclosurePage: String?
    public var affiliateDomains: [String]
    public var staleAfterDays: Int
    public var feedItems: Int
    public var allowsRawHTML: Bool

    static let tones = ["good", "ok", "warn", "bad"]

    static let defaultVerdicts = [
        VerdictLevel(key: "recommended", label: "Recommended", tone: "good"),
        VerdictLevel(key: "acceptable", label: "Acceptable", tone: "ok"),
        VerdictLevel(key: "caution", label: "Use with caution", tone: "warn"),
        VerdictLevel(key: "avoid", label: "Avoid", tone: "bad"),
    ]

    static let defaultDisclosure =
        "This review contains affiliate links. We may earn a commission if you buy through them, at no cost to you."

    /// The path part of `baseURL`, e.g. `/` or `/blog/`: internal links start with it.
    public var basePath: String { Self.path(of: baseURL) }

    /// The path part of an absolute URL, `/` when it has none.
    static func path(of baseURL: String) -> String {
        guard let schemeEnd = baseURL.firstRange(of: "://") else { return "/" }
        let rest = baseURL[schemeEnd.upperBound...]
        guard let slash = rest.firstIndex(of: "/") else { return "/" }
        return String(rest[slash...].prefix { $0 != "?" && $0 != "#" })
    }

    public func verdict(_ key: String) -> VerdictLevel? {
        verdicts.first { $0.key == key }
    }

    public func author(_ key: String) -> Author? {
        authors.first { $0.key == key }
    }
}
