import Foundation
import Testing
@testable import VettedCore
import VettedTestSupport

/// What one input may cost: each budget is an error at the file that exceeds it,
/// reported before the work it would cause, and nothing is written.
@Suite struct BudgetTests {
    static let longLink = "\n[r]: /" + String(repeating: "x", count: 1_000) + "\n\n" + String(repeating: "[r]", count: 2_000) + "\n"

    @Test func aLongLinkUsedThousandsOfTimesIsRefusedBeforeRendering() throws {
        let site = try TestSite(files: ["content/reviews/kimi-ai.md": TestSite.review() + Self.longLink])
        defer { site.cleanUp() }
        let messages = try site.messages()
        #expect(messages == [
            "content/reviews/kimi-ai.md:35:1: error: this would add about 1 MiB to the page, more than 50 times the size of "
                + "the text (6 KiB): a link reference definition used many times, or a table whose header has many columns "
                + "over many rows; use the link fewer times, or split the table"
        ])
        #expect(!FileManager.default.fileExists(atPath: site.output))
    }

    @Test func labelsMatchWhateverTheirCase() throws {
        // cmark-gfm matches labels ignoring case: [R] and [r] name the same definition.
        let site = try TestSite(files: ["content/reviews/kimi-ai.md": TestSite.review() + Self.longLink.replacingOccurrences(of: "[r][r]", with: "[R][r]")])
        defer { site.cleanUp() }
        #expect(try site.messages().first?.contains("error: this would add about 1 MiB to the page") == true)
    }

    @Test func aWideTableOverManyRowsIsRefused() throws {
        let header = "\n|" + Array(repeating: "h", count: 1_000).joined(separator: "|") + "|\n|"
            + Array(repeating: "-", count: 1_000).joined(separator: "|") + "|\n"
        let site = try TestSite(files: ["content/reviews/kimi-ai.md": TestSite.review() + header + String(repeating: "|x|\n", count: 3_000)])
        defer { site.cleanUp() }
        let messages = try site.messages()
        #expect(messages.count == 1)
        #expect(messages.first?.hasPrefix("content/reviews/kimi-ai.md:36:1: error: this would add about 28 MiB to the page") == true)
    }

    @Test func aContentFileOverTwoMebibytesIsRefused() throws {
        let site = try TestSite(files: ["content/reviews/kimi-ai.md": TestSite.review() + String(repeating: "word ", count: 420_000)])
        defer { site.cleanUp() }
        #expect(try site.messages() == ["content/reviews/kimi-ai.md:1:1: error: the file is 2.0 MiB; files over 2.0 MiB are refused"])
    }

    @Test func siteYAMLThatIsADeviceOrAFolderIsNamedSo() throws {
        let site = try TestSite(files: ["content/reviews/kimi-ai.md": TestSite.review()])
        defer { site.cleanUp() }
        try site.remove("site.yaml")
        try FileManager.default.createSymbolicLink(atPath: site.root + "/site.yaml", withDestinationPath: "/dev/zero")
        #expect(try site.messages() == [
            "site.yaml:1:1: error: this is a link to '/dev/zero', outside the site folder; content must be inside the site (copy the file in)"
        ])
        try site.remove("site.yaml")
        try FileManager.default.createDirectory(atPath: site.root + "/site.yaml", withIntermediateDirectories: false)
        #expect(try site.messages() == [
            "site.yaml:1:1: error: this is not a regular file (a device, a folder or a pipe cannot be read as content)"
        ])
    }

    @Test func aReviewThatLinksOutsideTheSiteIsAnErrorAndNotPublished() throws {
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("vetted-outside-\(UUID().uuidString).md").path
        try TestSite.review(slug: "secret", title: "Secret").write(toFile: outside, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: outside) }
        let site = try TestSite(files: ["content/reviews/kimi-ai.md": TestSite.review()])
        defer { site.cleanUp() }
        try FileManager.default.createSymbolicLink(atPath: site.root + "/content/reviews/secret.md", withDestinationPath: outside)
        let messages = try site.messages()
        let resolved = URL(fileURLWithPath: outside).resolvingSymlinksInPath().path
        #expect(messages == [
            "content/reviews/secret.md:1:1: error: this is a link to '\(resolved)', outside the site folder; content must be "
                + "inside the site (copy the file in)"
        ])
        #expect(!FileManager.default.fileExists(atPath: site.output + "/reviews/secret/index.html"))
        // A link to a file inside the site is fine.
        try FileManager.default.removeItem(atPath: site.root + "/content/reviews/secret.md")
        try site.write(Array(TestSite.review(slug: "inside", title: "Inside").utf8), to: "drafts/inside.md")
        try FileManager.default.createSymbolicLink(atPath: site.root + "/content/reviews/inside.md", withDestinationPath: site.root + "/drafts/inside.md")
        #expect(try site.messages() == [])
    }

    @Test func hiddenMarkdownFilesAreNamedNotSkippedInSilence() throws {
        let site = try TestSite(files: [
            "content/reviews/kimi-ai.md": TestSite.review(), "content/reviews/.md": "x", "content/pages/..md": "x",
        ])
        defer { site.cleanUp() }
        #expect(try site.messages() == [
            "content/pages/..md:1:1: warning: this file is ignored: a name that starts with '.' is hidden; give it a name like my-review.md",
            "content/reviews/.md:1:1: warning: this file is ignored: a name that starts with '.' is hidden; give it a name like my-review.md",
        ])
    }

    @Test func aHugeBaseURLOrTitleIsRefusedAtItsLine() throws {
        let huge = "https://example.org/" + String(repeating: "a", count: 1_000_000) + "/"
        let site = try TestSite(files: [
            "content/reviews/kimi-ai.md": TestSite.review(),
            "site.yaml": TestSite.siteYAML.replacing("base_url: https://reviews.example.org/", "base_url: \(huge)")
                .replacing("title: Test Reviews", "title: " + String(repeating: "T", count: 1_001)),
        ])
        defer { site.cleanUp() }
        #expect(try site.messages() == [
            "site.yaml:1:8: error: this value is 1001 characters long; a single-line value in site.yaml may have at most 1000",
            "site.yaml:2:11: error: this value is 1000021 characters long; a URL in site.yaml may have at most 2048",
        ])
    }
}
