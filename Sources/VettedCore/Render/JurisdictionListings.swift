import VettedTemplates

/// `/jurisdictions/`: a page per country code used by a review (`/jurisdictions/se/`)
/// and per group of site.yaml (`/jurisdictions/five-eyes/`), each listing its reviews,
/// newest first. Built in one pass over the reviews.
struct JurisdictionListings {
    let context: RenderContext
    let pages: ListingPages

    func listings(cards: some Sequence<(Review, TemplateValue)>, newest: Timestamp?) -> [ListingPages.Listing] {
        let urls = context.urls
        let groups = context.config.jurisdictionGroups
        var byCode: [String: (reviews: [Review], cards: [TemplateValue], changed: Timestamp)] = [:]
        var byGroup: [String: (reviews: [Review], cards: [TemplateValue], changed: Timestamp)] = [:]
        for (review, card) in cards {
            let codes = review.product.jurisdiction
            guard !codes.isEmpty else { continue }
            let date = review.lastModified
            for code in Set(codes) {
                var entry = byCode[code] ?? ([], [], date)
                entry.reviews.append(review)
                entry.cards.append(card)
                entry.changed = max(entry.changed, date)
                byCode[code] = entry
            }
            for group in groups where codes.contains(where: group.members.contains) {
                var entry = byGroup[group.key] ?? ([], [], date)
                entry.reviews.append(review)
                entry.cards.append(card)
                entry.changed = max(entry.changed, date)
                byGroup[group.key] = entry
            }
        }
        // Countries by name, in the site's language; groups first, in site.yaml's order.
        let codes = byCode.keys.map { ($0, context.countryName($0)) }.sorted { ($0.1, $0.0) < ($1.1, $1.0) }
        var terms = groups.map { group in
            pages.term(name: group.name, url: urls.jurisdictionGroup(group.key), count: byGroup[group.key]?.reviews.count ?? 0)
        }
        terms += codes.map { code, name in pages.term(name: name, url: urls.jurisdiction(code), count: byCode[code]?.reviews.count ?? 0) }
        var all = [pages.terms(
            url: urls.jurisdictions, title: "Jurisdictions",
            description: "Reviews by the countries whose law reaches the data, and by the groups those countries belong to.",
            terms: terms, lastModified: newest)]
        for (code, name) in codes {
            guard let entry = byCode[code] else { continue }
            let inGroups = context.config.groups(of: [code]).map(\.name)
            let note = inGroups.isEmpty ? nil : "<p>Part of " + inGroups.map(XML.escaped).joined(separator: ", ") + ".</p>"
            all.append(pages.list(
                url: urls.jurisdiction(code), title: "Jurisdiction: \(name)",
                description: "Reviews of products under the law of \(name).", cards: entry.cards, reviews: entry.reviews,
                lastModified: entry.changed, introHTML: note))
        }
        for group in groups {
            let entry = byGroup[group.key]
            let members = group.members.map(context.countryName).map(XML.escaped).joined(separator: ", ")
            let intro = (context.siteTexts.groupNotes[group.key] ?? "") + "<p>Members: \(members).</p>"
            all.append(pages.list(
                url: urls.jurisdictionGroup(group.key), title: "Jurisdiction: \(group.name)",
                description: "Reviews of products under the law of a member of \(group.name).", cards: entry?.cards ?? [],
                reviews: entry?.reviews ?? [], lastModified: entry?.changed ?? newest, introHTML: intro))
        }
        return all
    }
}
