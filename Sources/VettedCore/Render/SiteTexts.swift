import VettedYAML

/// The Markdown of site.yaml (category descriptions, jurisdiction-group notes, the
/// site-wide conflict of interest), rendered once per build; its problems are reported
/// at site.yaml's lines, once, however many pages show the text.
struct SiteTexts: Sendable {
    /// Category key → HTML.
    let categoryDescriptions: [String: String]
    /// Group key → HTML.
    let groupNotes: [String: String]
    /// `disclosure.conflict` as inline HTML.
    let conflictHTML: String?
    let diagnostics: [Diagnostic]
    /// The links of these texts, checked once the site is written.
    let links: [LinkRecord]

    static let empty = SiteTexts(categoryDescriptions: [:], groupNotes: [:], conflictHTML: nil, diagnostics: [], links: [])

    private init(
        categoryDescriptions: [String: String], groupNotes: [String: String], conflictHTML: String?, diagnostics: [Diagnostic],
        links: [LinkRecord]
    ) {
        self.categoryDescriptions = categoryDescriptions
        self.groupNotes = groupNotes
        self.conflictHTML = conflictHTML
        self.diagnostics = diagnostics
        self.links = links
    }

    init(context: RenderContext) {
        let config = context.config
        let log = DiagnosticLog(path: config.path)
        // Shown on many pages: only root-relative links and images are checked.
        let ledger = context.ledger(source: config.path, page: nil)
        let resolver = context.resolver(for: nil, ledger: ledger)
        var descriptions: [String: String] = [:]
        for category in config.categories {
            guard let text = category.description else { continue }
            descriptions[category.key] = context.blockMarkdown(text, resolver: resolver, log: log)
        }
        var notes: [String: String] = [:]
        for group in config.jurisdictionGroups {
            guard let text = group.note else { continue }
            notes[group.key] = context.blockMarkdown(text, resolver: resolver, log: log)
        }
        var sponsored: Mark?
        conflictHTML = config.conflict.map { context.inlineMarkdown($0, resolver: resolver, log: log, sponsored: &sponsored) }
        categoryDescriptions = descriptions
        groupNotes = notes
        diagnostics = log.items
        links = ledger.records
    }
}
