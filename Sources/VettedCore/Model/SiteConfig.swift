import VettedYAML

/// `site.yaml`: the site's settings.
public struct SiteConfig: Sendable {
    public struct Author: Sendable {
        public let key: String
        public let name: String
        public let bio: String?
        public let url: String?
        /// True for `type: organization`: JSON-LD names an Organization, not a Person.
        public let isOrganization: Bool
    }

    public struct VerdictLevel: Sendable {
        public let key: String
        public let label: String
        /// good, ok, warn or bad: drives the badge colour.
        public let tone: String
        /// The lowest score that earns this verdict when a review says `rating: auto`;
        /// nil for a verdict that is only given by hand.
        public var minScore: Score?
    }

    /// A named set of jurisdictions, e.g. an intelligence-sharing alliance or the EU.
    public struct JurisdictionGroup: Sendable {
        public let key: String
        public let name: String
        /// ISO 3166-1 alpha-2 codes.
        public let members: [String]
        /// Markdown.
        public let note: Located<String>?
    }

    /// A category described in site.yaml.
    public struct Category: Sendable {
        public let key: String
        public let name: String
        /// Markdown.
        public let description: Located<String>?
        /// Review slugs shown first on the category's page.
        public let picks: [Located<String>]
    }

    /// site.yaml as shown in messages.
    var path = "site.yaml"
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
    /// A conflict of interest shown on every review (Markdown), from `disclosure.conflict`.
    public var conflict: Located<String>?
    /// `scoring.min_coverage`: below this share of applicable criteria with evidence, a
    /// review's score is withheld. 0 withholds nothing.
    public var minCoverage: Double
    public var jurisdictionGroups: [JurisdictionGroup]
    public var categories: [Category]
    public var affiliateDomains: [String]
    public var staleAfterDays: Int
    public var feedItems: Int
    public var allowsRawHTML: Bool
    /// Cards per listing page (`paginate`, default 24).
    public var paginate: Int
    /// `search: true`: the built site is indexed with Pagefind and gets /search/.
    public var search: Bool
    /// Where `search` is written, for messages about Pagefind.
    var searchMark = Mark(line: 1, column: 1)

    static let tones = ["good", "ok", "warn", "bad"]

    static let defaultVerdicts = [
        VerdictLevel(key: "recommended", label: "Recommended", tone: "good", minScore: nil),
        VerdictLevel(key: "acceptable", label: "Acceptable", tone: "ok", minScore: nil),
        VerdictLevel(key: "caution", label: "Use with caution", tone: "warn", minScore: nil),
        VerdictLevel(key: "avoid", label: "Avoid", tone: "bad", minScore: nil),
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

    public func category(_ key: String) -> Category? {
        categories.first { $0.key == key }
    }

    /// The groups a set of jurisdictions falls in, in site.yaml's order.
    public func groups(of codes: [String]) -> [JurisdictionGroup] {
        guard !codes.isEmpty else { return [] }
        return jurisdictionGroups.filter { group in codes.contains { group.members.contains($0) } }
    }

    /// The word a review writes in `verdict.rating` to have its verdict follow the score.
    public static let automaticRating = "auto"

    /// The verdict a score earns: the best one whose `min_score` it reaches.
    /// Among the verdicts whose `min_score` the score reaches, the one with the highest
    /// `min_score` (the first listed on a tie).
    public func verdict(for score: Score) -> VerdictLevel? {
        var best: VerdictLevel?
        for verdict in verdicts {
            guard let minimum = verdict.minScore, score >= minimum else { continue }
            if let current = best?.minScore, current >= minimum { continue }
            best = verdict
        }
        return best
    }
}
