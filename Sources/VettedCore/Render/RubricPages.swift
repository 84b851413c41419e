import VettedYAML

/// `/rubrics/<key>/`: what each criterion of a rubric asks and what each answer means,
/// so readers can see what "Partial" stands for. Scorecards and matrices link here.
struct RubricPages {
    let context: RenderContext

    /// Ids the rubric template uses itself; a criterion key may not take them.
    static let reservedIDs: Set<String> = ["main", "criteria", "criteria-title", "not-counted"]

    /// The page of one rubric, its Markdown problems reported at the rubric's file.
    func model(_ rubric: Rubric, log: DiagnosticLog, ledger: LinkLedger? = nil) -> RubricModel {
        let resolver = context.resolver(for: nil, ledger: ledger)
        var sponsored: Mark?
        func inline(_ text: Located<String>?) -> String? {
            text.map { context.inlineMarkdown($0, resolver: resolver, log: log, sponsored: &sponsored) }
        }
        func block(_ text: Located<String>?) -> String? {
            text.map { context.blockMarkdown($0, resolver: resolver, log: log) }
        }
        let criteria = rubric.criteria.map { criterion in
            RubricModel.Criterion(
                id: criterion.key, label: criterion.label, points: criterion.points, questionHTML: inline(criterion.question),
                whyHTML: block(criterion.why), verifyHTML: block(criterion.verify),
                options: criterion.options.map { option in
                    RubricModel.Option(
                        key: option.key, label: option.label, percent: option.percent,
                        points: Self.points(option.percent, of: criterion.points), meaningHTML: inline(option.meaning))
                })
        }
        return RubricModel(
            title: "Rubric: \(rubric.title)",
            description: rubric.description ?? "How reviews on the \(rubric.title) rubric are scored, criterion by criterion.",
            url: context.urls.absolute(context.urls.rubric(rubric.key)),
            totalPoints: rubric.criteria.reduce(0) { $0 + $1.points }, criteria: criteria)
    }

    /// `percent` of `points`, with one decimal when it is not whole: 30 % of 6 is 1.8.
    static func points(_ percent: Int, of points: Int) -> String {
        let tenths = (percent * points + 5) / 10
        return tenths % 10 == 0 ? String(tenths / 10) : "\(tenths / 10).\(tenths % 10)"
    }
}
