import Foundation
import Mustache
import Testing
@testable import VettedTemplates

/// Random templates and values, rendered by Vetted and by swift-mustache, must give
/// the same bytes; and both must refuse the same malformed templates.
@Suite struct DifferentialTests {
    /// Every case `i` is generated from the seed `baseSeed + i`; set VETTED_TEMPLATES_SEED
    /// to explore other cases.
    static let baseSeed: UInt64 = ProcessInfo.processInfo.environment["VETTED_TEMPLATES_SEED"].flatMap { UInt64($0) } ?? 0x5EED_2026
    static let caseCount = 3000
    /// Values rendered per template set.
    static let valuesPerCase = 3

    /// What the cases came to, to check that the suite exercises what it should.
    struct Tally {
        var compared = 0
        var bothRefused = 0
        var refusedOnPurpose = 0
        var recursionSkipped = 0
        var orderDependent = 0
        var mismatches = 0
    }

    @Test func randomTemplatesRenderAsSwiftMustacheDoes() {
        var tally = Tally()
        for index in 0..<Self.caseCount {
            // One case in four has its templates edited at random, to compare how malformed text is refused.
            run(seed: Self.baseSeed + UInt64(index), mutate: index % 4 == 3, tally: &tally)
        }
        print("differential: \(tally)")
        #expect(tally.mismatches == 0)
        #expect(tally.compared >= Self.caseCount * Self.valuesPerCase / 2, "too few cases compared: \(tally)")
        #expect(tally.bothRefused >= Self.caseCount / 20, "too few malformed cases: \(tally)")
    }

    private func run(seed: UInt64, mutate: Bool, tally: inout Tally) {
        var generator = RandomTemplates(rng: SeededGenerator(seed: seed))
        var templates = generator.templateSet()
        if mutate {
            var rng = SeededGenerator(seed: seed ^ 0xA5A5)
            let target = rng.int(0...(templates.count - 1))
            templates[target].text = Mutation.apply(templates[target].text, &rng)
        }
        let sources = templates.map { (name: $0.name, path: "templates/\($0.name).mustache", text: $0.text) }
        let ours = TemplateLibrary.compile(sources)
        if case .failure(let problems) = ours, problems.problems.contains(where: { $0.kind == .recursion }) {
            // swift-mustache would recurse until the stack overflows.
            tally.recursionSkipped += 1
            return
        }
        let theirs = Oracle.library(templates)
        switch (ours, theirs) {
        case (.failure(let problems), .failure):
            _ = problems
            tally.bothRefused += 1
        case (.failure(let problems), .success):
            if problems.problems.allSatisfy({ $0.kind == .unsupported || $0.kind == .unknownTemplate }) {
                tally.refusedOnPurpose += 1
            } else {
                tally.mismatches += 1
                report(seed: seed, templates, "Vetted refuses what swift-mustache accepts:\n\(problems)")
            }
        case (.success, .failure(let error)):
            tally.mismatches += 1
            report(seed: seed, templates, "swift-mustache refuses what Vetted accepts: \(error)")
        case (.success(let library), .success(let oracle)):
            var rng = SeededGenerator(seed: seed ^ 0x5A5A)
            for _ in 0..<Self.valuesPerCase {
                let value = RandomValues.root(&rng)
                for name in ["main", "base"] {
                    let expected = oracle.render(Oracle.any(value, stableObjects: true), withTemplate: name) ?? ""
                    let actual = library.render(name, value)
                    tally.compared += 1
                    if actual != expected {
                        tally.mismatches += 1
                        report(
                            seed: seed, templates,
                            "different output for '\(name)' with \(value)\nVetted:         \(actual.debugDescription)\n"
                                + "swift-mustache: \(expected.debugDescription)")
                    }
                    // With real dictionaries the output only differs where an object with
                    // several keys is printed, in hash order.
                    let unordered = oracle.render(Oracle.any(value, stableObjects: false), withTemplate: name) ?? ""
                    if unordered != expected { tally.orderDependent += 1 }
                }
            }
        }
    }

    private func report(seed: UInt64, _ templates: [(name: String, text: String)], _ message: String) {
        let listing = templates.map { "  \($0.name): \($0.text.debugDescription)" }.joined(separator: "\n")
        Issue.record("seed \(seed): \(message)\ntemplates:\n\(listing)")
    }
}
