import Dispatch
import Synchronization
import Testing
import VettedMarkdown

@Suite struct ConcurrencyTests {
    /// cmark-gfm shares a global table between parses; parallel renders must still agree.
    @Test func parallelRendersGiveIdenticalHTML() {
        let markdown = String(repeating: "~~old~~ www.example.org/1 https://example.com/1 | a |\n\n", count: 30)
        let renderer = MarkdownRenderer()
        let expected = renderer.render(markdown).html
        #expect(expected.ranges(of: "<del>").count == 30)
        let mismatches = Mutex(0)
        DispatchQueue.concurrentPerform(iterations: 400) { _ in
            if renderer.render(markdown).html != expected {
                mismatches.withLock { $0 += 1 }
            }
        }
        #expect(mismatches.withLock { $0 } == 0)
    }
}
