/// A review's score on a rubric: Σ(percent/100 × points) × 10 / Σpoints over the
/// criteria that count, rounded to one decimal (halves up), on a 0–10 scale. Computed
/// in integers so rounding is exact.
public struct Score: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The score times ten: 73 means 7.3.
    public let tenths: Int

    /// - Parameter answers: the percent and points of each criterion that counts.
    public init?(answers: [(percent: Int, points: Int)]) {
        let totalPoints = answers.reduce(0) { $0 + $1.points }
        guard totalPoints > 0 else { return nil }
        let earned = answers.reduce(0) { $0 + $1.percent * $1.points }
        // tenths = earned / totalPoints (percent already carries the ×100 → ×10 factor)
        tenths = (2 * earned + totalPoints) / (2 * totalPoints)
    }

    /// A score written in site.yaml, e.g. `min_score: 7.5`.
    init(tenths: Int) {
        self.tenths = tenths
    }

    public var description: String { "\(tenths / 10).\(tenths % 10)" }

    public static func < (lhs: Score, rhs: Score) -> Bool { lhs.tenths < rhs.tenths }
}

/// How much of a scorecard rests on cited evidence: the applicable criteria answered
/// with at least one source, out of the applicable criteria (`n/a` ones are left out;
/// `unknown` ones count as applicable without evidence).
public struct Coverage: Sendable, Hashable {
    public let withEvidence: Int
    public let applicable: Int

    /// True when the share reaches `minimum` (0–1). No applicable criterion reaches nothing
    /// but a minimum of 0.
    func reaches(_ minimum: Double) -> Bool {
        guard applicable > 0 else { return minimum <= 0 }
        return Double(withEvidence) >= minimum * Double(applicable) - 1e-9
    }

    /// "8 of 10 criteria with evidence".
    public var text: String {
        "\(withEvidence) of \(applicable) \(applicable == 1 ? "criterion" : "criteria") with evidence"
    }
}
