/// A review from `content/reviews/<slug>.md`, as written; references are checked
/// against the whole site afterwards.
///
/// A class, so the many lists a build keeps of reviews (sorted, filtered, grouped by
/// tag and category) share one copy of each instead of copying every field.
public final class Review: Sendable {
    public struct Product: Sendable {
        public let name: String
        public let vendor: String?
        public let url: String?
        public let category: String?
        public let jurisdiction: [String]
        /// The category as written, with its position, for messages.
        var categoryKey: Located<String>? = nil
    }

    public struct Verdict: Sendable {
        public let rating: Located<String>
        /// Inline Markdown.
        public let summary: Located<String>
        public let warning: Bool
    }

    public struct Answer: Sendable {
        public let criterion: Located<String>
        public let option: Located<String>?
        /// Ids of the review's sources.
        public let sources: [Located<String>]
        /// Bare http(s) links, checked on the review's `reviewed` date.
        public let evidence: [Located<String>]
        public let note: Located<String>?

        /// `n/a`: the criterion does not apply to this product.
        public var isNotApplicable: Bool { option?.value == Review.notApplicable }
        /// `unknown`: not checked yet.
        public var isUnknown: Bool { option?.value == Review.unknown }
        /// Cites at least one source or link.
        public var hasEvidence: Bool { !sources.isEmpty || !evidence.isEmpty }
    }

    /// The answers every criterion takes besides its rubric's options; neither counts in the score.
    public static let notApplicable = "n/a"
    public static let unknown = "unknown"
    static let reservedAnswers = [notApplicable, unknown]

    /// The reserved answer a written option stands for when case and punctuation are
    /// set aside (`N/A`, `NA`, `n.a.` → `n/a`; `Unknown` → `unknown`), and with `typos`
    /// also when it is misspelt (`unkown`); nil otherwise.
    static func reservedAnswer(like value: String, typos: Bool = false) -> String? {
        let letters = value.lowercased().filter { $0.isLetter || $0.isNumber }
        if letters == "na" || letters == "notapplicable" { return notApplicable }
        if letters == unknown || (typos && letters.count >= 5 && Suggestion.editDistance(letters, unknown) <= 2) { return unknown }
        return nil
    }

    public struct Scorecard: Sendable {
        public let rubric: Located<String>
        public let answers: [Answer]
        /// Where the answers mapping starts, for "criterion not answered" errors.
        let answersMark: Located<Int>
    }

    public struct HistoryEntry: Sendable {
        public let date: Timestamp
        public let rating: Located<String>
        public let note: Located<String>?
    }

    public struct Cell: Sendable {
        public let text: String
        public let tone: String?
        public let source: Located<String>?
    }

    public struct Comparison: Sendable {
        public let title: String
        public let columns: [String]
        public let rows: [[Cell]]
    }

    public struct Source: Sendable {
        public let id: Located<String>
        public let title: String
        public let url: String?
        public let kind: String
        /// The `retrieved` date, or nil when it could not be read (an error already).
        let retrievedDate: Timestamp?
        public let effective: Timestamp?

        /// The `retrieved` date; the epoch stands in for one that could not be read.
        public var retrieved: Timestamp { retrievedDate ?? Timestamp(epochDay: 0) }
    }

    public struct Question: Sendable {
        public let question: String
        /// Markdown.
        public let answer: Located<String>
        public let sources: [Located<String>]
    }

    public struct AffiliateLink: Sendable {
        public let id: Located<String>
        public let label: String
        public let url: String
    }

    public struct Affiliate: Sendable {
        public let links: [AffiliateLink]
        public let disclosure: String?
        let mark: Located<Int>
    }

    public struct Alternative: Sendable {
        public let name: String
        public let review: Located<String>?
        public let url: String?
        /// Inline Markdown.
        public let note: Located<String>?
    }

    public let path: String
    public let slug: Located<String>
    public let title: String
    public let description: String
    public let product: Product
    public let verdict: Verdict
    public let published: Located<Timestamp>
    public let updated: Timestamp?
    public let reviewed: Located<Timestamp>?
    public let authors: [Located<String>]
    public let tags: [String]
    public let draft: Bool
    public let scorecard: Scorecard?
    public let history: [HistoryEntry]
    public let comparisons: [Comparison]
    public let sources: [Source]
    public let faq: [Question]
    public let affiliate: Affiliate?
    public let alternatives: [Alternative]
    /// A conflict of interest beyond affiliate links (Markdown).
    public let conflict: Located<String>?
    public let body: String
    let bodyLineOffset: Int
    /// False when a field could not be read; such a review is still cross-checked, so
    /// one run reports everything, but never published.
    let isComplete: Bool
    /// What could not be read, so checks that depend on it stay quiet rather than
    /// judge a stand-in: a date that does not parse gives its own error, never "stale".
    let unread: Unread

    /// Parts of the front matter that could not be read, each one reported as an error.
    struct Unread: OptionSet, Sendable {
        let rawValue: Int
        static let published = Unread(rawValue: 1 << 0)
        static let reviewed = Unread(rawValue: 1 << 1)
        /// The list of sources, one of its items, or a field of one.
        static let sources = Unread(rawValue: 1 << 2)
    }

    init(
        path: String, slug: Located<String>, title: String, description: String, product: Product, verdict: Verdict,
        published: Located<Timestamp>, updated: Timestamp?, reviewed: Located<Timestamp>?, authors: [Located<String>],
        tags: [String], draft: Bool, scorecard: Scorecard?, history: [HistoryEntry], comparisons: [Comparison],
        sources: [Source], faq: [Question], affiliate: Affiliate?, alternatives: [Alternative], conflict: Located<String>?,
        body: String, bodyLineOffset: Int, isComplete: Bool, unread: Unread = []
    ) {
        self.path = path
        self.slug = slug
        self.title = title
        self.description = description
        self.product = product
        self.verdict = verdict
        self.published = published
        self.updated = updated
        self.reviewed = reviewed
        self.authors = authors
        self.tags = tags
        self.draft = draft
        self.scorecard = scorecard
        self.history = history
        self.comparisons = comparisons
        self.sources = sources
        self.faq = faq
        self.affiliate = affiliate
        self.alternatives = alternatives
        self.conflict = conflict
        self.body = body
        self.bodyLineOffset = bodyLineOffset
        self.isComplete = isComplete
        self.unread = unread
    }

    static let sourceKinds = ["privacy-policy", "terms", "dpa", "help", "news", "regulator", "analysis", "other"]

    public func source(_ id: String) -> Source? { sources.first { $0.id.value == id } }

    public func affiliateLink(_ id: String) -> AffiliateLink? { affiliate?.links.first { $0.id.value == id } }

    /// Feeds what listings, feeds and the API show of a review (not its body) into a
    /// hasher, so the preview can tell when they must be made again.
    func summarize(into hasher: inout Hasher) {
        hasher.combine(slug.value)
        hasher.combine(title)
        hasher.combine(description)
        hasher.combine(product.name)
        hasher.combine(product.vendor)
        hasher.combine(product.url)
        hasher.combine(product.category)
        hasher.combine(product.jurisdiction)
        hasher.combine(verdict.rating.value)
        hasher.combine(published.value)
        hasher.combine(updated)
        hasher.combine(reviewed?.value)
        hasher.combine(lastModified)
        hasher.combine(tags)
        hasher.combine(authors.map(\.value))
        hasher.combine(scorecard?.rubric.value)
        for answer in scorecard?.answers ?? [] {
            hasher.combine(answer.criterion.value)
            hasher.combine(answer.option?.value)
            hasher.combine(answer.hasEvidence)
        }
        hasher.combine(sources.map(\.retrieved))
    }

    /// When the sources were last checked: `reviewed`, or else the newest `retrieved`
    /// (links cited as `evidence` count from `published` when there is no `reviewed`).
    /// Nil when one of those dates could not be read: a stand-in must not say "stale".
    public var sourcesChecked: Timestamp? {
        if let reviewed { return reviewed.value }
        let citesLinks = scorecard?.answers.contains { !$0.evidence.isEmpty } ?? false
        if !unread.isDisjoint(with: citesLinks ? [.reviewed, .sources, .published] : [.reviewed, .sources]) { return nil }
        return (sources.compactMap(\.retrievedDate) + (citesLinks ? [published.value] : [])).max()
    }

    /// The disclosure text shown on this review: its own, or the site's.
    func disclosure(in config: SiteConfig) -> String {
        affiliate?.disclosure ?? config.disclosureText
    }

    /// Whole days since the sources were checked, when that is more than `limit`.
    public func staleDays(now: Int, limit: Int) -> Int? {
        guard let checked = sourcesChecked else { return nil }
        let days = (now - checked.epochSeconds) / 86_400
        return days > limit ? days : nil
    }

    /// The newest of `updated`, the history dates and `published`.
    public var lastModified: Timestamp {
        var newest = published.value
        if let updated, updated > newest { newest = updated }
        for entry in history where entry.date > newest { newest = entry.date }
        return newest
    }
}
