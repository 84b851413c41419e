// vetted-bench: times the hot paths of `vetted build` one stage at a time, on one
// thread, so a change to one of them can be measured on its own. The whole build
// against Hugo is measured by ../shared/bench/run.sh; see docs/performance.md.
//
//   swift run -c release vetted-bench <site folder> [runs]
import Foundation
import Mustache
import MustacheOracle
@_spi(Benchmarks) import VettedCore

let arguments = CommandLine.arguments.dropFirst()
guard let site = arguments.first else {
    print("usage: vetted-bench <site folder> [runs]")
    exit(2)
}
let runs = arguments.dropFirst().first.flatMap(Int.init) ?? 3

let stages: BuildStages
do {
    stages = try BuildStages(site: site)
} catch {
    print("vetted-bench: \(error)")
    exit(1)
}
let reviews = stages.reviewCount
print("site \(site): \(reviews) reviews, median of \(runs) runs, one thread")
print("stage              total ms   µs/review   check")

/// Runs `work` `runs` times and prints the median.
func measure(_ name: String, _ work: () -> Int) {
    var times: [Duration] = []
    var check = 0
    for _ in 0..<runs {
        let start = ContinuousClock.now
        check = work()
        times.append(ContinuousClock.now - start)
    }
    let median = times.sorted()[times.count / 2]
    let ms = Double(median.components.seconds) * 1000 + Double(median.components.attoseconds) / 1e15
    let perReview = reviews > 0 ? ms * 1000 / Double(reviews) : 0
    print(
        name.padding(toLength: 18, withPad: " ", startingAt: 0),
        String(format: "%9.1f %11.1f", ms, perReview),
        "  \(check)")
}

let sample = String(repeating: "Kimi's \"privacy\" policy <v2> & terms, 月之暗面; ", count: 20)
let plain = String(repeating: "Retention of prompts is thirty days for the consumer app ", count: 20)
measure("escape (x100k)") { (0..<100_000).reduce(0) { $0 + BuildStages.escape($1 % 2 == 0 ? sample : plain) } }
measure("load") { stages.load() }
measure("markdown bodies") { stages.markdownBodies() }
measure("markdown inline") { stages.inlineMarkdown() }
measure("review values") { stages.reviewValues().count }
let prepared = stages.reviewValues()
measure("review templates") { stages.reviewTemplates(prepared) }
measure("listings") { stages.listings() }
let listings = stages.listingValues()
measure("listing templates") { stages.listingTemplates(listings) }

// The same values through swift-mustache, the engine Vetted's own replaced; the
// output is the same (the tests require it), only the time differs.
do {
    let oracle = try MustacheOracle.library(stages.templates)
    let reviewValues = prepared.values.map(MustacheOracle.value)
    let listingValues = listings.map { ($0.template, MustacheOracle.value($0.value)) }
    measure("review (mustache)") { reviewValues.reduce(0) { $0 + (oracle.render($1, withTemplate: "review")?.utf8.count ?? 0) } }
    measure("listings (mustache)") {
        listingValues.reduce(0) { $0 + (oracle.render($1.1, withTemplate: $1.0)?.utf8.count ?? 0) }
    }
} catch {
    print("vetted-bench: swift-mustache refused the theme: \(error)")
}
