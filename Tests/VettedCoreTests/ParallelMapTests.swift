import Testing
@testable import VettedCore

@Suite struct ParallelMapTests {
    @Test func resultsKeepTheirOrderAndNoneIsLost() {
        for _ in 0..<20 {
            let items = Array(0..<5_000)
            let results = parallelMap(items) { "item \($0)" }
            #expect(results == items.map { "item \($0)" })
        }
    }
}
