import VettedYAML

extension SiteConfig {
    static let keys = [
        "title", "base_url", "language", "description", "badge_prefix", "authors", "verdicts", "disclosure",
        "affiliate_domains", "stale_after_days", "feeds", "markdown",
    ]

    /// Reads `site.yaml`; problems go to the log and nil is returned when the file is unusable.
    static func read(_ root: Node, log: DiagnosticLog) -> SiteConfig? {
        let reader = FieldReader(log: log)
        guard let fields = reader.fields(root, allowed: keys, name: "site.yaml") else { return nil }
        let title = reader.string(fields, "title", required: true)
        var baseURL = reader.url(fields, "base_url", required: true)
        if let url = baseURL, url.contains("?") || url.contains("#") {
            log.error("'base_url' cannot have a query or fragment, not '\(url)'", at: fields["base_url"]?.mark ?? fields.node.mark)
            baseURL = nil
        }
        if let url = baseURL, let problem = BaseURL.pathProblem(url) {
            log.error("'base_url' \(problem)", at: fields["base_url"]?.mark ?? fields.node.mark)
            baseURL = nil
        }
        if let url = baseURL, !url.hasSuffix("/") { baseURL = url + "/" }
        let language = reader.located(fields, "language")
        if let language, !isLanguageTag(language.value) {
            log.error("'language' must be a BCP 47 language tag such as en or fr-CA, not '\(language.value)'", at: language.mark)
        }
        let authors = readAuthors(fields, reader: reader)
        let verdicts = readVerdicts(fields, reader: reader)

        var disclosureText = defaultDisclosure
        var disclosurePage: String?
        if let node = fields["disclosure"], let disclosure = reader.fields(node, allowed: ["text", "page"], name: "'disclosure'") {
            if let text = disclosure["text"] {
                disclosureText = text.scalar?.trimmed ?? ""
                if text.scalar == nil { log.error("'text' must be a string, not \(text.kindDescription)", at: text.mark) }
            }
            disclosurePage = reader.link(disclosure, "page")
        }
        var feedItems = 20
        if let node = fields["feeds"], let feeds = reader.fields(node, allowed: ["items"], name: "'feeds'") {
            feedItems = reader.int(feeds, "items", range: 1...10_000) ?? feedItems
        }
        var allowsRawHTML = false
        if let node = fields["markdown"], let markdown = reader.fields(node, allowed: ["unsafe_html"], name: "'markdown'") {
            allowsRawHTML = reader.bool(markdown, "unsafe_html") ?? false
        }
        let domains = reader.strings(fields, "affiliate_domains", single: true).compactMap { domain -> String? in
            let value = domain.value.lowercased()
            guard !value.contains("/"), !value.contains(" "), value.contains(".") else {
                log.error("'affiliate_domains' takes host names such as partner.example.net, not '\(domain.value)'", at: domain.mark)
                return nil
            }
            return value
        }
        let staleAfterDays = reader.int(fields, "stale_after_days", range: 1...36_500) ?? 180
        // With other errors the settings are still returned, so reviews are checked against
        // them in the same run; the errors fail the build.
        guard let title, let baseURL else { return nil }
        return SiteConfig(
            title: title,
            baseURL: baseURL,
            language: language?.value ?? "en",
            description: reader.string(fields, "description") ?? "",
            badgePrefix: reader.string(fields, "badge_prefix") ?? title,
            authors: authors,
            verdicts: verdicts,
            disclosureText: disclosureText,
            disclosurePage: disclosurePage,
            affiliateDomains: domains,
            staleAfterDays: staleAfterDays,
            feedItems: feedItems,
            allowsRawHTML: allowsRawHTML
        )
    }

    private static func readAuthors(_ fields: Fields, reader: FieldReader) -> [Author] {
        guard let node = fields["authors"] else { return [] }
        guard let pairs = node.mapping else {
            reader.log.error("'authors' must be a mapping of author keys to authors, not \(node.kindDescription)", at: node.mark)
            return []
        }
        return pairs.compactMap { pair in
            guard let key = pair.key.scalar,
                let author = reader.fields(pair.value, allowed: ["name", "bio", "url"], name: "author '\(key)'")
            else { return nil }
            if !Slug.isValid(key) {
                reader.log.error("author key '\(key)' must use only a-z, 0-9 and -", at: pair.key.mark)
            }
            let name = reader.string(author, "name")
            return Author(key: key, name: name ?? key, bio: reader.string(author, "bio"), url: reader.link(author, "url"))
        }
    }

    private static func readVerdicts(_ fields: Fields, reader: FieldReader) -> [VerdictLevel] {
        guard let items = reader.list(fields, "verdicts", single: false) else { return defaultVerdicts }
        var seen: Set<String> = []
        let verdicts = items.enumerated().compactMap { index, node -> VerdictLevel? in
            guard let verdict = reader.fields(node, allowed: ["key", "label", "tone"], name: "verdicts item \(index + 1)"),
                let key = reader.located(verdict, "key", required: true)
            else { return nil }
            let label = reader.string(verdict, "label") ?? key.value
            let tone = reader.choice(verdict, "tone", in: tones) ?? "ok"
            if !Slug.isValid(key.value) {
                reader.log.error("verdict key '\(key.value)' must use only a-z, 0-9 and -", at: key.mark)
                return nil
            }
            if !seen.insert(key.value).inserted {
                reader.log.error("verdict key '\(key.value)' is listed twice", at: key.mark)
            }
            return VerdictLevel(key: key.value, label: label, tone: tone)
        }
        if items.isEmpty, let node = fields["verdicts"] {
            reader.log.error("'verdicts' must list at least one verdict", at: node.mark)
        }
        return verdicts
    }

    private static func isLanguageTag(_ tag: String) -> Bool {
        let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...3).contains(first.count), first.allSatisfy(\.isASCIILetterCharacter) else {
            return false
        }
        return parts.dropFirst().allSatisfy { part in
            (1...8).contains(part.count) && part.allSatisfy { $0.isASCIILetterCharacter || $0.isASCIIDigitCharacter }
        }
    }
}

extension Character {
    var isASCIILetterCharacter: Bool { isASCII && isLetter }
    var isASCIIDigitCharacter: Bool { isASCII && isNumber }
}

extension String {
    var trimmed: String {
        String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
