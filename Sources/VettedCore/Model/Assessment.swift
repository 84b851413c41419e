/// What a review's scorecard adds up to in a given site: its score, how much of it
/// rests on evidence, whether the score is withheld, and the verdict it shows.
public struct Assessment: Sendable {
    /// The score readers see; nil without a complete scorecard or when withheld.
    public let score: Score?
    /// Nil without a scorecard whose rubric is known.
    public let coverage: Coverage?
    /// True when the coverage is below `scoring.min_coverage`: the page shows "Not
    /// enough evidence" and no rating.
    public let withheld: Bool
    /// The verdict shown: the review's own, or for `rating: auto` the one its score earns
    /// (still `auto` when it earns none; the validator reports that).
    public let verdictKey: String
    /// The verdict follows the score.
    public let automatic: Bool
    /// The score before `min_coverage` is applied, for messages.
    let computedScore: Score?

    init(review: Review, site: Site) {
        let rating = review.verdict.rating.value
        let (computed, coverage) = Self.scoring(review, site: site)
        let withheld = coverage.map { !$0.reaches(site.config.minCoverage) } ?? false
        self.computedScore = computed
        self.coverage = coverage
        self.withheld = withheld
        self.score = withheld ? nil : computed
        self.automatic = rating == SiteConfig.automaticRating
        if automatic, let score {
            verdictKey = site.config.verdict(for: score)?.key ?? rating
        } else {
            verdictKey = rating
        }
    }

    /// The score over the criteria that count (`n/a` and `unknown` are left out) and the
    /// coverage. No score when a criterion is unanswered or answered with an unknown
    /// option (both are errors), or when no criterion counts.
    private static func scoring(_ review: Review, site: Site) -> (Score?, Coverage?) {
        guard let scorecard = review.scorecard, let rubric = site.rubric(scorecard.rubric.value) else { return (nil, nil) }
        var answers: [String: Review.Answer] = [:]
        for answer in scorecard.answers where answers[answer.criterion.value] == nil { answers[answer.criterion.value] = answer }
        var parts: [(percent: Int, points: Int)] = []
        var complete = true
        var applicable = 0
        var withEvidence = 0
        for criterion in rubric.criteria {
            guard let answer = answers[criterion.key], let key = answer.option?.value else {
                complete = false
                continue
            }
            if answer.isNotApplicable { continue }
            applicable += 1
            if answer.isUnknown { continue }
            guard let option = criterion.option(key) else {
                complete = false
                continue
            }
            if answer.hasEvidence { withEvidence += 1 }
            parts.append((option.percent, criterion.points))
        }
        let coverage = Coverage(withEvidence: withEvidence, applicable: applicable)
        return (complete ? Score(answers: parts) : nil, coverage)
    }
}

extension Review {
    /// The review's assessment in a site; a build works each out once (`RenderContext`).
    func assessment(in site: Site) -> Assessment {
        Assessment(review: self, site: site)
    }
}
