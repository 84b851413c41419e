/// Up to four related reviews per review: the same category first, then reviews that
/// share tags; within each, more shared tags first, then the newest, then by slug.
///
/// Only the newest `candidatesPerGroup` reviews of each category and tag are
/// considered, so the cost per review is bounded and the whole pass grows linearly
/// with the number of reviews, however large a category or tag gets.
struct RelatedReviews {
    static let limit = 4
    static let candidatesPerGroup = 24

    /// - Parameter reviews: the published reviews, newest first.
    /// - Returns: the related reviews of each review, by slug.
    static func compute(_ reviews: [Review]) -> [String: [Review]] {
        let bySlug = Dictionary(reviews.map { ($0.slug.value, $0) }, uniquingKeysWith: { first, _ in first })
        return slugs(reviews).mapValues { $0.compactMap { bySlug[$0] } }
    }

    /// What the choice depends on: each review's slug, category, tags and order.
    static func key(_ reviews: [Review]) -> Int {
        var hasher = Hasher()
        for review in reviews {
            hasher.combine(review.slug.value)
            hasher.combine(review.product.category)
            hasher.combine(review.tags)
        }
        return hasher.finalize()
    }

    /// The related reviews of each review, as slugs.
    static func slugs(_ reviews: [Review]) -> [String: [String]] {
        var byCategory: [String: [Int]] = [:]
        var byTag: [String: [Int]] = [:]
        let tagSets = parallelMap(reviews) { Set($0.tags.map(Slug.make)) }
        for (index, review) in reviews.enumerated() {
            if let category = review.product.category, byCategory[category, default: []].count < candidatesPerGroup {
                byCategory[category, default: []].append(index)
            }
            for tag in tagSets[index] where byTag[tag, default: []].count < candidatesPerGroup + 1 {
                byTag[tag, default: []].append(index)
            }
        }
        // Each review's choice reads only the groups above: they are made in parallel.
        let choices = parallelMap(Array(reviews.indices)) { index -> [String] in
            let review = reviews[index]
            // Reviews are newest first, so a lower index is newer.
            func ranked(_ candidates: [Int]) -> [Int] {
                candidates.map { ($0, tagSets[index].intersection(tagSets[$0]).count) }
                    .sorted { ($1.1, $0.0) < ($0.1, $1.0) }
                    .map(\.0)
            }
            var chosen: [Int] = []
            let sameCategory = review.product.category.flatMap { byCategory[$0] } ?? []
            for candidate in ranked(sameCategory.filter { $0 != index }) where chosen.count < limit {
                chosen.append(candidate)
            }
            if chosen.count < limit {
                var seen = Set(chosen + [index])
                var tagged: [Int] = []
                for tag in tagSets[index].sorted() {
                    for candidate in byTag[tag] ?? [] where seen.insert(candidate).inserted {
                        tagged.append(candidate)
                    }
                }
                for candidate in ranked(tagged) where chosen.count < limit {
                    chosen.append(candidate)
                }
            }
            return chosen.map { reviews[$0].slug.value }
        }
        var related: [String: [String]] = Dictionary(minimumCapacity: reviews.count)
        for (review, chosen) in zip(reviews, choices) { related[review.slug.value] = chosen }
        return related
    }
}
