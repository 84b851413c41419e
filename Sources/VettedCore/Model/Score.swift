/// A review's score on a rubric: Σ(percent/100 × points) × 10 / Σpoints, rounded to one
/// decimal (halves up), on a 0–10 scale. Computed in integers so rounding is exact.
public struct Score: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The score times ten: 73 means 7.3.
    public let tenths: Int

    /// - Parameter answers: the percent and points of each answered criterion.
    public init?(answers: [(percent: Int, points: Int)]) {
        let totalPoints = answers.reduce(0) { $0 + $1.points }
        guard totalPoints > 0 else { return nil }
        let earned = answers.reduce(0) { $0 + $1.percent * $1.points }
        // tenths = earned / totalPoints (percent already carries the ×100 → ×10 factor)
        tenths = (2 * earned + totalPoints) / (2 * totalPoints)
    }

    public var description: String { "\(tenths / 10).\(tenths % 10)" }

    public static func < (lhs: Score, rhs: Score) -> Bool { lhs.tenths < rhs.tenths }
}

extension Review {
    /// The score from the review's scorecard, when its rubric and every answer are known.
    func score(in site: Site) -> Score? {
        guard let scorecard, let rubric = site.rubric(scorecard.rubric.value) else { return nil }
        var parts: [(percent: Int, points: Int)] = []
        for criterion in rubric.criteria {
            guard let answer = scorecard.answers.first(where: { $0.criterion.value == criterion.key }),
                let key = answer.option?.value, let option = criterion.option(key)
            else { return nil }
            parts.append((option.percent, criterion.points))
        }
        return Score(answers: parts)
    }
}
