import VettedYAML

extension SiteConfig {
    static let keys = [
        "title", "base_url", "language", "description", "badge_prefix", "authors", "verdicts", "disclosure",
        "affiliate_domains", "stale_after_days", "feeds", "markdown", "scoring", "jurisdiction_groups", "categories", "paginate", "search",
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
        var conflict: Located<String>?
        if let node = fields["disclosure"],
            let disclosure = reader.fields(node, allowed: ["text", "page", "conflict"], name: "'disclosure'")
        {
            if let text = disclosure["text"] {
                disclosureText = text.scalar?.trimmed ?? ""
                if text.scalar == nil { log.error("'text' must be a string, not \(text.kindDescription)", at: text.mark) }
            }
            disclosurePage = reader.link(disclosure, "page")
            conflict = reader.located(disclosure, "conflict")
        }
        var minCoverage = 0.0
        if let node = fields["scoring"], let scoring = reader.fields(node, allowed: ["min_coverage"], name: "'scoring'") {
            minCoverage = reader.fraction(scoring, "min_coverage") ?? 0
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
        var config = SiteConfig(
            title: title,
            baseURL: baseURL,
            language: language?.value ?? "en",
            description: reader.string(fields, "description") ?? "",
            badgePrefix: reader.string(fields, "badge_prefix") ?? title,
            authors: authors,
            verdicts: verdicts,
            disclosureText: disclosureText,
            disclosurePage: disclosurePage,
            conflict: conflict,
            minCoverage: minCoverage,
            jurisdictionGroups: readJurisdictionGroups(fields, reader: reader),
            categories: readCategories(fields, reader: reader),
            affiliateDomains: domains,
            staleAfterDays: staleAfterDays,
            feedItems: feedItems,
            allowsRawHTML: allowsRawHTML,
            paginate: reader.int(fields, "paginate", range: 1...100_000) ?? 24,
            search: reader.bool(fields, "search") ?? false
        )
        config.searchMark = fields["search"]?.mark ?? fields.emptyKeys["search"] ?? fields.node.mark
        return config
    }

    private static func readAuthors(_ fields: Fields, reader: FieldReader) -> [Author] {
        guard let node = fields["authors"] else { return [] }
        guard let pairs = node.mapping else {
            reader.log.error("'authors' must be a mapping of author keys to authors, not \(node.kindDescription)", at: node.mark)
            return []
        }
        return pairs.compactMap { pair in
            guard let key = pair.key.scalar,
                let author = reader.fields(pair.value, allowed: ["name", "bio", "url", "type"], name: "author '\(key)'")
            else { return nil }
            if !Slug.isValid(key) {
                reader.log.error("author key '\(key)' must use only a-z, 0-9 and -", at: pair.key.mark)
            }
            let name = reader.string(author, "name")
            let type = reader.choice(author, "type", in: ["person", "organization"])
            return Author(
                key: key, name: name ?? key, bio: reader.string(author, "bio"), url: reader.link(author, "url"),
                isOrganization: type == "organization")
        }
    }

    private static func readVerdicts(_ fields: Fields, reader: FieldReader) -> [VerdictLevel] {
        guard let items = reader.list(fields, "verdicts", single: false) else { return defaultVerdicts }
        var seen: Set<String> = []
        let verdicts = items.enumerated().compactMap { index, node -> VerdictLevel? in
            guard let verdict = reader.fields(node, allowed: ["key", "label", "tone", "min_score"], name: "verdicts item \(index + 1)"),
                let key = reader.located(verdict, "key", required: true)
            else { return nil }
            let label = reader.string(verdict, "label") ?? key.value
            let tone = reader.choice(verdict, "tone", in: tones) ?? "ok"
            let minScore = reader.score(verdict, "min_score")
            if !Slug.isValid(key.value) {
                reader.log.error("verdict key '\(key.value)' must use only a-z, 0-9 and -", at: key.mark)
                return nil
            }
            if key.value == automaticRating {
                reader.log.error(
                    "'auto' cannot be a verdict key: a review writes 'rating: auto' to get the verdict its score earns",
                    at: key.mark)
                return nil
            }
            if !seen.insert(key.value).inserted {
                reader.log.error("verdict key '\(key.value)' is listed twice", at: key.mark)
            }
            return VerdictLevel(key: key.value, label: label, tone: tone, minScore: minScore)
        }
        if items.isEmpty, let node = fields["verdicts"] {
            reader.log.error("'verdicts' must list at least one verdict", at: node.mark)
        }
        return verdicts
    }

    private static func readJurisdictionGroups(_ fields: Fields, reader: FieldReader) -> [JurisdictionGroup] {
        var seen: Set<String> = []
        return (reader.list(fields, "jurisdiction_groups") ?? []).enumerated().compactMap { index, node in
            let name = "jurisdiction_groups item \(index + 1)"
            guard let group = reader.fields(node, allowed: ["key", "name", "members", "note"], name: name),
                let key = reader.located(group, "key", required: true)
            else { return nil }
            let title = reader.string(group, "name", required: true)
            let members = reader.strings(group, "members", required: true, single: true).compactMap { code -> String? in
                guard CountryCodes.all.contains(code.value) else {
                    reader.log.error(CountryCodes.problem(code.value), at: code.mark)
                    return nil
                }
                return code.value
            }
            guard Slug.isValid(key.value) else {
                reader.log.error("group key '\(key.value)' must use only a-z, 0-9 and -", at: key.mark)
                return nil
            }
            // A group's page is /jurisdictions/<key>/, beside /jurisdictions/<code>/.
            if key.value.count == 2, CountryCodes.all.contains(key.value.uppercased()) {
                reader.log.error(
                    "group key '\(key.value)' is the address of the country code \(key.value.uppercased()); choose a longer key",
                    at: key.mark)
                return nil
            }
            if !seen.insert(key.value).inserted {
                reader.log.error("group key '\(key.value)' is listed twice", at: key.mark)
            }
            return JurisdictionGroup(key: key.value, name: title ?? key.value, members: members, note: reader.located(group, "note"))
        }
    }

    private static func readCategories(_ fields: Fields, reader: FieldReader) -> [Category] {
        var seen: Set<String> = []
        return (reader.list(fields, "categories") ?? []).enumerated().compactMap { index, node in
            guard let category = reader.fields(
                node, allowed: ["key", "name", "description", "picks"], name: "categories item \(index + 1)"),
                let key = reader.located(category, "key", required: true)
            else { return nil }
            let name = reader.string(category, "name", required: true)
            let picks = reader.strings(category, "picks", single: true)
            guard Slug.isValid(key.value) else {
                reader.log.error("category key '\(key.value)' must use only a-z, 0-9 and -", at: key.mark)
                return nil
            }
            if !seen.insert(key.value).inserted {
                reader.log.error("category '\(key.value)' is listed twice", at: key.mark)
            }
            return Category(key: key.value, name: name ?? key.value, description: reader.located(category, "description"), picks: picks)
        }
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
