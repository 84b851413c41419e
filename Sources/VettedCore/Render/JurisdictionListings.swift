import VettedTemplates

/// `/jurisdictions/`: a page per country code used by a review (`/jurisdictions/se/`)
/// and per group of site.yaml (`/jurisdictions/five-eyes/`), each listing its reviews,
/// newest first. Built in one pass over the reviews.
struct JurisdictionListings {
    let context: RenderContext
    let pages: ListingPages

    typealias Entry = (review: Review, card: TemplateValue)

    /// - Parameter entries: every published review with its card, newest first.
    func listings(entries: [Entry], newest: Timestamp?) -> [ListingPages.Listing] {
        let urls = context.urls
        let groups = context.config.jurisdictionGroups
        var byCode: [String: (entries: [Entry], changed: Timestamp)] = [:]
        var byGroup: [String: (entries: [Entry], changed: Timestamp)] = [:]
        // Taken out of the table while it grows, so appending never copies the list.
        func add(_ entry: Entry, to table: inout [String: (entries: [Entry], changed: Timestamp)], under key: String) {
            let date = entry.review.lastModified
            var bucket = table.removeValue(forKey: key) ?? ([], date)
            bucket.entries.append(entry)
            bucket.changed = max(bucket.changed, date)
            table[key] = bucket
        }
        for entry in entries {
            let codes = entry.review.product.jurisdiction
            guard !codes.isEmpty else { continue }
            for code in Set(codes) { add(entry, to: &byCode, under: code) }
            for group in groups where codes.contains(where: group.members.contains) { add(entry, to: &byGroup, under: group.key) }
        }
        let paged = PagedListings(context: context)
        // Countries by name, in the site's language; groups first, in site.yaml's order.
        let codes = byCode.keys.map { ($0, context.countryName($0)) }.sorted { ($0.1, $0.0) < ($1.1, $1.0) }
        var terms = groups.map { group in
            pages.term(name: group.name, url: urls.jurisdictionGroup(group.key), count: byGroup[group.key]?.entries.count ?? 0)
        }
        terms += codes.map { code, name in pages.term(name: name, url: urls.jurisdiction(code), count: byCode[code]?.entries.count ?? 0) }
        var all = [pages.terms(
            url: urls.jurisdictions, title: "Jurisdictions",
            description: "Reviews by the countries whose law reaches the data, and by the groups those countries belong to.",
            terms: terms, lastModified: newest)]
        for (code, name) in codes {
            guard let entry = byCode[code] else { continue }
            let inGroups = context.config.groups(of: [code]).map(\.name)
            let note = inGroups.isEmpty ? nil : "<p>Part of " + inGroups.map(XML.escaped).joined(separator: ", ") + ".</p>"
            var source = PagedListings.Source(
                url: urls.jurisdiction(code), title: "Jurisdiction: \(name)",
                description: "Reviews of products under the law of \(name).", entries: entry.entries, lastModified: entry.changed)
            source.introHTML = note
            all += paged.listings(source)
        }
        for group in groups {
            let entry = byGroup[group.key]
            let members = group.members.map(context.countryName).map(XML.escaped).joined(separator: ", ")
            let intro = (context.siteTexts.groupNotes[group.key] ?? "") + "<p>Members: \(members).</p>"
            var source = PagedListings.Source(
                url: urls.jurisdictionGroup(group.key), title: "Jurisdiction: \(group.name)",
                description: "Reviews of products under the law of a member of \(group.name).", entries: entry?.entries ?? [],
                lastModified: entry?.changed ?? newest)
            source.introHTML = intro
            all += paged.listings(source)
        }
        return all
    }
}
