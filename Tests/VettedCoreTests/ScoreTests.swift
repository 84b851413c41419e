import Testing
@testable import VettedCore
import VettedTestSupport

@Suite struct ScoreTests {
    @Test func scoreIsTheWeightedPercentOnATenPointScale() {
        // (0×10 + 100×8 + 30×6) / 24 = 40.83… tenths → 4.1
        #expect(Score(answers: [(0, 10), (100, 8), (30, 6)])?.description == "4.1")
        #expect(Score(answers: [(100, 3)])?.description == "10.0")
        #expect(Score(answers: [(0, 3)])?.description == "0.0")
    }

    @Test func halvesRoundUp() {
        // 25×1 + 100×1 over 2 points = 62.5 tenths → 6.3
        #expect(Score(answers: [(25, 1), (100, 1)])?.description == "6.3")
        // 45 % on one criterion: 4.5 exactly
        #expect(Score(answers: [(45, 7)])?.description == "4.5")
        // 33×1 + 34×1 = 33.5 tenths → 3.4
        #expect(Score(answers: [(33, 1), (34, 1)])?.description == "3.4")
    }

    @Test func noPointsMeansNoScore() {
        #expect(Score(answers: []) == nil)
    }

    @Test func theReviewPageShowsTheComputedScore() throws {
        let site = try TestSite(files: ["content/reviews/kimi-ai.md": TestSite.review()])
        defer { site.cleanUp() }
        #expect(try site.build().succeeded)
        // default-on (0 %) × 10 points + forever (0 %) × 5 points
        #expect(try site.read("reviews/kimi-ai/index.html").contains("Score <strong>0.0</strong>/10"))
    }
}
