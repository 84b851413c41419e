/// `/compare/<category>/`: one row per published review of a category, one column per
/// rubric criterion used in it (the union when reviews use different rubrics), plus
/// score and verdict; sorted by score, then name. Built in one pass over the reviews.
struct ComparisonMatrix {
    let context: RenderContext

    struct Column {
        let key: String
        let label: String
    }

    /// The categories that have reviews, sorted, with their reviews (newest first).
    func categories() -> [(key: String, reviews: [Review])] {
        var groups: [String: [Review]] = [:]
        for review in context.reviews {
            if let category = review.product.category { groups[category, default: []].append(review) }
        }
        return groups.keys.sorted().map { ($0, groups[$0] ?? []) }
    }

    func values(category: String, reviews: [Review]) -> [String: Any] {
        let columns = self.columns(for: reviews)
        let cards = ReviewCard(context: context)
        let rows = reviews.map { review in (review, context.score(of: review)) }
            .sorted { lhs, rhs in
                // Scored before unscored, higher score first, then by product name and slug.
                let left = lhs.1?.tenths ?? -1
                let right = rhs.1?.tenths ?? -1
                if left != right { return left > right }
                return (lhs.0.product.name, lhs.0.slug.value) < (rhs.0.product.name, rhs.0.slug.value)
            }
            .map { review, score -> [String: Any] in
                var row = TemplateValues()
                row["name"] = review.product.name
                row["url"] = context.urls.review(review.slug.value)
                row["score"] = score?.description
                row.merge(cards.badge(for: review))
                row["cells"] = columns.map { cell(review: review, criterion: $0.key) }
                return row.values
            }
        let name = context.categoryName(category)
        var page = TemplateValues()
        page["title"] = "Compare: \(name)"
        page["description"] = "Every reviewed product in \(name), side by side and criterion by criterion, best score first."
        page["url"] = context.urls.absolute(context.urls.compare(category))
        page["category"] = name
        page["category_url"] = context.urls.category(category)
        page["columns"] = columns.map { ["key": $0.key, "label": $0.label] }
        page["rows"] = rows
        page["count"] = String(rows.count)
        return ["site": context.siteValues, "page": page.values]
    }

    /// The union of the criteria of the rubrics used in a category, rubrics in key
    /// order and criteria in rubric order; a criterion key shared by rubrics is one column.
    func columns(for reviews: [Review]) -> [Column] {
        let rubricKeys = Set(reviews.compactMap { $0.scorecard?.rubric.value })
        var seen: Set<String> = []
        var columns: [Column] = []
        for key in rubricKeys.sorted() {
            for criterion in context.site.rubric(key)?.criteria ?? [] where seen.insert(criterion.key).inserted {
                columns.append(Column(key: criterion.key, label: criterion.label))
            }
        }
        return columns
    }

    private func cell(review: Review, criterion key: String) -> [String: Any] {
        var cell = TemplateValues()
        guard let scorecard = review.scorecard, let rubric = context.site.rubric(scorecard.rubric.value),
            let criterion = rubric.criterion(key),
            let answer = scorecard.answers.first(where: { $0.criterion.value == key }),
            let optionKey = answer.option?.value, let option = criterion.option(optionKey)
        else {
            cell["text"] = "Not rated"
            cell["tone"] = "none"
            return cell.values
        }
        cell["text"] = option.label
        cell["tone"] = ReviewPage.tone(percent: option.percent)
        cell["percent"] = String(option.percent)
        if let source = answer.sources.first {
            // Not `url`: a cell without a source would find the row's `url` up the stack.
            cell["source_url"] = context.urls.review(review.slug.value) + "#" + SiteURLs.sourceAnchor(source.value)
        }
        return cell.values
    }
}
