/// `/compare/<category>/`: one row per published review of a category, one column per
/// rubric criterion used in it (the union when reviews use different rubrics), plus
/// score and verdict; sorted by score, then name. Built in one pass over the reviews.
struct ComparisonMatrix {
    let context: RenderContext

    struct Column {
        let key: String
        let label: String
        /// The first rubric (in key order) that has the criterion.
        let rubric: String
    }

    /// The categories that have reviews, sorted, with their reviews (newest first).
    func categories() -> [(key: String, reviews: [Review])] {
        var groups: [String: [Review]] = [:]
        for review in context.reviews {
            if let category = review.product.category { groups[category, default: []].append(review) }
        }
        return groups.keys.sorted().map { ($0, groups[$0] ?? []) }
    }

    func model(category: String, reviews: [Review]) -> MatrixModel {
        let columns = self.columns(for: reviews)
        let rows = reviews.map { review in (review, context.score(of: review)) }
            .sorted { lhs, rhs in
                // Scored before unscored, higher score first, then by product name and slug.
                let left = lhs.1?.tenths ?? -1
                let right = rhs.1?.tenths ?? -1
                if left != right { return left > right }
                return (lhs.0.product.name, lhs.0.slug.value) < (rhs.0.product.name, rhs.0.slug.value)
            }
            .map { review, score in
                MatrixModel.Row(
                    name: review.product.name, url: context.urls.review(review.slug.value), score: score?.description,
                    scoreWithheld: context.assessment(of: review).withheld,
                    badge: BadgeModel(review: review, context: context), cells: columns.map { cell(review: review, criterion: $0.key) })
            }
        let name = context.categoryName(category)
        return MatrixModel(
            title: "Compare: \(name)",
            description: "Every reviewed product in \(name), side by side and criterion by criterion, best score first.",
            url: context.urls.absolute(context.urls.compare(category)), category: name, categoryURL: context.urls.category(category),
            columns: columns.map {
                MatrixModel.Column(key: $0.key, label: $0.label, url: context.urls.criterion($0.key, of: $0.rubric))
            }, rows: rows)
    }

    /// The union of the criteria of the rubrics used in a category, rubrics in key
    /// order and criteria in rubric order; a criterion key shared by rubrics is one column.
    func columns(for reviews: [Review]) -> [Column] {
        let rubricKeys = Set(reviews.compactMap { $0.scorecard?.rubric.value })
        var seen: Set<String> = []
        var columns: [Column] = []
        for key in rubricKeys.sorted() {
            for criterion in context.site.rubric(key)?.criteria ?? [] where seen.insert(criterion.key).inserted {
                columns.append(Column(key: criterion.key, label: criterion.label, rubric: key))
            }
        }
        return columns
    }

    private func cell(review: Review, criterion key: String) -> MatrixModel.Cell {
        guard let scorecard = review.scorecard, let rubric = context.site.rubric(scorecard.rubric.value),
            let criterion = rubric.criterion(key),
            let answer = scorecard.answers.first(where: { $0.criterion.value == key })
        else {
            return MatrixModel.Cell(text: "Not rated", tone: "none", percent: nil, sourceURL: nil)
        }
        let sourceURL = answer.sources.first.map { context.urls.review(review.slug.value) + "#" + SiteURLs.sourceAnchor($0.value) }
            ?? answer.evidence.first?.value
        if let text = ReviewPage.answerText(answer) {
            return MatrixModel.Cell(text: text, tone: "none", percent: nil, sourceURL: sourceURL)
        }
        guard let optionKey = answer.option?.value, let option = criterion.option(optionKey) else {
            return MatrixModel.Cell(text: "Not rated", tone: "none", percent: nil, sourceURL: nil)
        }
        return MatrixModel.Cell(
            text: option.label, tone: ReviewPage.tone(percent: option.percent), percent: option.percent, sourceURL: sourceURL)
    }
}
