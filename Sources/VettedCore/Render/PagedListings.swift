import VettedTemplates

/// The orders a listing of reviews can be read in. Each is a static page of its own:
/// the listing's default order at its address, the others below it (`by-score/`).
enum ListingOrder: CaseIterable, Sendable {
    case newest, score, name

    /// The folder of the order below the listing's address.
    var slug: String {
        switch self {
        case .newest: "newest"
        case .score: "by-score"
        case .name: "by-name"
        }
    }

    var label: String {
        switch self {
        case .newest: "Newest"
        case .score: "Best score"
        case .name: "Name"
        }
    }

    /// Folders an ordered or paginated listing takes below a listing's address; a
    /// review's slug may not be one of them.
    static let reservedSlugs: Set<String> = Set(allCases.map(\.slug)).union(["page"])
}

/// Splits a listing of reviews into its orders and its pages of `paginate` cards:
/// `/reviews/`, `/reviews/page/2/`, `/reviews/by-score/`, `/reviews/by-score/page/2/`…
struct PagedListings {
    let context: RenderContext

    /// What one listing shows, before it is split.
    struct Source {
        let url: String
        let title: String
        let description: String
        /// The reviews with their cards, newest first.
        let entries: [(review: Review, card: TemplateValue)]
        var defaultOrder = ListingOrder.newest
        var introHTML: String?
        var picks: [TemplateValue] = []
        var compareURL: String?
        let lastModified: Timestamp?
    }

    func listings(_ source: Source) -> [ListingPages.Listing] {
        let perPage = max(1, context.config.paginate)
        let orders = [source.defaultOrder] + ListingOrder.allCases.filter { $0 != source.defaultOrder }
        var all: [ListingPages.Listing] = []
        for order in orders {
            let base = order == source.defaultOrder ? source.url : source.url + order.slug + "/"
            let entries = sorted(source.entries, by: order)
            let pageCount = max(1, (entries.count + perPage - 1) / perPage)
            func url(_ number: Int) -> String { number == 1 ? base : base + "page/\(number)/" }
            let orderLinks = orders.map { other in
                OrderModel(
                    label: other.label, url: other == source.defaultOrder ? source.url : source.url + other.slug + "/",
                    current: other == order)
            }
            for number in 1...pageCount {
                let slice = entries[min(entries.count, (number - 1) * perPage)..<min(entries.count, number * perPage)]
                var page = ListModel(
                    title: number == 1 ? source.title : "\(source.title), page \(number)", description: source.description,
                    url: context.urls.absolute(url(number)), cards: slice.map(\.card))
                page.count = entries.count
                page.introHTML = number == 1 ? source.introHTML : nil
                page.picks = number == 1 ? source.picks : []
                page.compareURL = source.compareURL
                page.order = order
                page.noindex = order != source.defaultOrder
                page.orders = orderLinks
                if pageCount > 1 {
                    page.pagination = PaginationModel(number: number, count: pageCount, urls: context.urls, link: url)
                }
                let model = page
                all.append(ListingPages.Listing(
                    url: url(number), file: context.urls.file(for: url(number)), template: "list", make: { model.templateValue },
                    lastModified: source.lastModified, reviews: slice.map(\.review), byCards: true,
                    inSitemap: order == source.defaultOrder))
            }
        }
        return all
    }

    private func sorted(_ entries: [(review: Review, card: TemplateValue)], by order: ListingOrder) -> [(review: Review, card: TemplateValue)] {
        switch order {
        case .newest:
            return entries
        case .score:
            let keyed = entries.map { entry -> (entry: (review: Review, card: TemplateValue), tenths: Int, name: NameKey) in
                (entry, context.score(of: entry.review)?.tenths ?? -1, Self.nameKey(entry.review))
            }
            return keyed.sorted { lhs, rhs in
                if lhs.tenths != rhs.tenths { return lhs.tenths > rhs.tenths }
                return lhs.name < rhs.name
            }.map(\.entry)
        case .name:
            let keyed = entries.map { entry in (entry: entry, name: Self.nameKey(entry.review)) }
            return keyed.sorted { $0.name < $1.name }.map(\.entry)
        }
    }

    typealias NameKey = (String, String, String)

    /// Product name without regard to case, then title and slug, so the order is total.
    static func nameKey(_ review: Review) -> NameKey {
        (review.product.name.lowercased(), review.title.lowercased(), review.slug.value)
    }
}

/// One of a listing's orders, for the links between them.
struct OrderModel: TemplateModel {
    let label: String
    let url: String
    let current: Bool

    var templateValue: TemplateValue { .object(["label": .text(label), "url": .text(url), "current": .bool(current)]) }
}

/// The pages of a paginated listing: the current one, previous and next, and a window
/// of numbers around the current page with the first and the last, so a listing of
/// hundreds of pages does not link every one of them from each.
struct PaginationModel: TemplateModel {
    struct Link: TemplateModel {
        let number: Int
        let url: String
        let current: Bool
        /// Stands for skipped numbers ("…").
        let gap: Bool

        var templateValue: TemplateValue {
            var fields = TemplateFields()
            fields.text("number", String(number))
            fields.text("url", url)
            fields.flag("current", current)
            fields.flag("gap", gap)
            return fields.value
        }
    }

    let number: Int
    let count: Int
    let prevURL: String?
    let nextURL: String?
    /// Absolute, for `<link rel="prev">` and `rel="next"` in the head.
    let prevAbsolute: String?
    let nextAbsolute: String?
    let links: [Link]

    /// - Parameter link: the root-relative address of page N.
    init(number: Int, count: Int, urls: SiteURLs, link: (Int) -> String) {
        self.number = number
        self.count = count
        prevURL = number > 1 ? link(number - 1) : nil
        nextURL = number < count ? link(number + 1) : nil
        prevAbsolute = prevURL.map(urls.absolute)
        nextAbsolute = nextURL.map(urls.absolute)
        var shown = Set([1, count])
        for near in (number - 2)...(number + 2) where near >= 1 && near <= count { shown.insert(near) }
        var links: [Link] = []
        var last = 0
        for page in shown.sorted() {
            if page > last + 1 { links.append(Link(number: page - 1, url: "", current: false, gap: true)) }
            links.append(Link(number: page, url: link(page), current: page == number, gap: false))
            last = page
        }
        self.links = links
    }

    var templateValue: TemplateValue {
        var fields = TemplateFields()
        fields.text("number", String(number))
        fields.text("count", String(count))
        fields.text("prev_url", prevURL)
        fields.text("next_url", nextURL)
        fields.list("pages", links)
        return fields.value
    }
}
