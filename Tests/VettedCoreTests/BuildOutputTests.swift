import Foundation
import Testing
@testable import VettedCore
import VettedTestSupport

@Suite struct BuildOutputTests {
    @Test func aFailedBuildLeavesThePreviousOutputByteForByte() throws {
        let site = try TestSite(files: ["content/reviews/kimi-ai.md": TestSite.review()])
        defer { site.cleanUp() }
        #expect(try site.build().succeeded)
        let before = try site.snapshot()
        #expect(before["reviews/kimi-ai/index.html"] != nil)

        try site.write(Array(TestSite.review().replacing("rating: caution", "rating: nope").utf8), to: "content/reviews/kimi-ai.md")
        let failed = try site.build()
        #expect(!failed.succeeded)
        #expect(try site.snapshot() == before)
        // No staging folder is left beside the output.
        let siblings = try FileManager.default.contentsOfDirectory(atPath: site.root)
        #expect(siblings.filter { $0.hasPrefix("public.") } == [])
    }

    @Test func aSuccessfulBuildLeavesNoStaleFile() throws {
        let site = try TestSite(files: [
            "content/reviews/kimi-ai.md": TestSite.review(),
            "content/reviews/claude.md": TestSite.review(slug: "claude", title: "Claude"),
        ])
        defer { site.cleanUp() }
        #expect(try site.build().succeeded)
        #expect(try site.snapshot()["reviews/claude/index.html"] != nil)
        try site.remove("content/reviews/claude.md")
        #expect(try site.build().succeeded)
        let files = try site.snapshot().keys.filter { $0.contains("claude") }
        #expect(files == [])
        #expect(try site.snapshot()["reviews/kimi-ai/index.html"] != nil)
    }

    @Test func twoBuildsOfTheSameInputAreByteIdentical() throws {
        let site = try TestSite(files: [
            "content/reviews/kimi-ai.md": TestSite.review(),
            "content/reviews/claude.md": TestSite.review(slug: "claude", title: "Claude"),
            "content/reviews/gemini.md": TestSite.review(slug: "gemini", title: "Gemini"),
            "content/pages/about.md": "---\ntitle: About\n---\nHello.\n",
        ])
        defer { site.cleanUp() }
        let options = BuildOptions(today: Timestamp("2026-07-01"))
        let first = site.root + "/first"
        let second = site.root + "/second"
        #expect(try Builder(site: site.root, output: first, options: options).build().succeeded)
        #expect(try Builder(site: site.root, output: second, options: options).build().succeeded)
        let a = try site.snapshot(of: first)
        #expect(a.count == 57)
        #expect(a == (try site.snapshot(of: second)))
    }

    @Test func theOutputFolderCannotHoldTheSite() throws {
        let site = try TestSite(files: ["content/reviews/kimi-ai.md": TestSite.review()])
        defer { site.cleanUp() }
        for output in [site.root, site.root + "/content", site.root + "/templates/x", (site.root as NSString).deletingLastPathComponent] {
            #expect(throws: UsageError.self) {
                try Builder(site: site.root, output: output).build()
            }
        }
        #expect(FileManager.default.fileExists(atPath: site.root + "/content/reviews/kimi-ai.md"))
    }

    @Test func aFolderNotMadeByABuildIsNeverReplaced() throws {
        let site = try TestSite(files: ["content/reviews/kimi-ai.md": TestSite.review()])
        defer { site.cleanUp() }
        let precious = site.root + "/precious"
        try site.write(Array("keep me".utf8), to: "precious/important.txt")
        #expect(throws: UsageError.self) { try Builder(site: site.root, output: precious).build() }
        #expect(FileManager.default.fileExists(atPath: precious + "/important.txt"))
        // A file is not a folder either.
        #expect(throws: UsageError.self) { try Builder(site: site.root, output: precious + "/important.txt").build() }
        // An empty folder is fine, and a folder from an earlier build is replaced.
        try FileManager.default.createDirectory(atPath: site.root + "/empty", withIntermediateDirectories: true)
        #expect(try Builder(site: site.root, output: site.root + "/empty", options: BuildOptions(today: Timestamp("2026-07-01"))).build().succeeded)
        #expect(try Builder(site: site.root, output: site.root + "/empty", options: BuildOptions(today: Timestamp("2026-07-01"))).build().succeeded)
    }

    @Test func aMissingSiteFolderIsAUsageError() {
        #expect(throws: UsageError.self) { try Builder(site: "/nonexistent/vetted-site").build() }
    }

    @Test func draftsAreBuiltOnlyWhenAskedFor() throws {
        let site = try TestSite(files: [
            "content/reviews/kimi-ai.md": TestSite.review().replacing("tags: [ai, china]", "tags: [ai, china]\ndraft: true")
        ])
        defer { site.cleanUp() }
        #expect(try site.messages() == [])
        #expect(try site.snapshot()["reviews/kimi-ai/index.html"] == nil)
        #expect(try site.build(BuildOptions(includeDrafts: true, today: Timestamp("2026-07-01"))).succeeded)
        #expect(try site.snapshot()["reviews/kimi-ai/index.html"] != nil)
    }

    @Test func futureReviewsWaitForTheirDateWithANote() throws {
        let site = try TestSite(files: ["content/reviews/kimi-ai.md": TestSite.review()])
        defer { site.cleanUp() }
        let early = BuildOptions(today: Timestamp("2026-06-01"))
        #expect(try site.messages(early) == [
            "content/reviews/kimi-ai.md:13:12: note: 'kimi-ai' is scheduled for 2026-06-10 and is not published yet (build with --future to include it)"
        ])
        #expect(try site.snapshot()["reviews/kimi-ai/index.html"] == nil)
        #expect(try site.build(BuildOptions(includeFuture: true, today: Timestamp("2026-06-01"))).succeeded)
        #expect(try site.snapshot()["reviews/kimi-ai/index.html"] != nil)
        // On its day it is published.
        #expect(try site.messages(BuildOptions(today: Timestamp("2026-06-10"))) == [])
    }

    @Test func staleReviewsAreWarnedAboutAndStrictMakesThatAnError() throws {
        let site = try TestSite(files: ["content/reviews/kimi-ai.md": TestSite.review()])
        defer { site.cleanUp() }
        let later = BuildOptions(today: Timestamp("2027-06-01"))
        let warning = "content/reviews/kimi-ai.md:14:11: warning: sources were last checked on 2026-06-09, 357 days ago (stale_after_days is 180)"
        #expect(try site.messages(later) == [warning])
        #expect(try site.read("reviews/kimi-ai/index.html").contains("last checked 357 days ago"))
        var strict = later
        strict.strict = true
        let report = try site.build(strict)
        #expect(!report.succeeded)
        #expect(report.diagnostics.map(\.severity) == [.error])
    }

    @Test func aReviewWithoutAPrivacyPolicySourceIsWarnedAbout() throws {
        let site = try TestSite(files: [
            "content/reviews/kimi-ai.md": TestSite.review().replacing("kind: privacy-policy", "kind: terms")
        ])
        defer { site.cleanUp() }
        #expect(try site.messages() == [
            "content/reviews/kimi-ai.md:23:9: warning: no source of kind 'privacy-policy': a privacy review should cite the policy it reviews"
        ])
    }

    @Test func theBaseURLCanBeOverridden() throws {
        let site = try TestSite(files: ["content/reviews/kimi-ai.md": TestSite.review()])
        defer { site.cleanUp() }
        let options = BuildOptions(baseURL: "https://preview.example.net/pr-7", today: Timestamp("2026-07-01"))
        #expect(try site.build(options).succeeded)
        #expect(try site.read("reviews/kimi-ai/index.html").contains(#"href="https://preview.example.net/pr-7/reviews/kimi-ai/""#))
        #expect(throws: UsageError.self) {
            try site.build(BuildOptions(baseURL: "preview", today: Timestamp("2026-07-01")))
        }
    }

    @Test func templateAssetsAreCopied() throws {
        let site = try TestSite(files: ["content/reviews/kimi-ai.md": TestSite.review()])
        defer { site.cleanUp() }
        try site.write(Array("x".utf8), to: "templates/assets/img/logo.svg")
        #expect(try site.build().succeeded)
        #expect(try site.read("assets/img/logo.svg") == "x")
    }
}
