import Foundation
import Testing

/// `init`, `new` and `check` through the binary, run from a copy outside the checkout.
@Suite struct ScaffoldTests {
    /// The binary copied into a temporary folder, so nothing can come from the repository.
    static func installedBinary(in folder: String) throws -> String {
        let target = folder + "/bin/vetted"
        try FileManager.default.createDirectory(atPath: folder + "/bin", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: CLITests.binary.path, toPath: target)
        return target
    }

    static func run(_ binary: String, _ arguments: [String], in folder: String) throws -> CLITests.Run {
        try CLITests.run(arguments, in: folder, binary: URL(fileURLWithPath: binary))
    }

    @Test func initBuildsAndChecksCleanFromTheBinaryAlone() throws {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("vetted-init-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: work) }
        let vetted = try Self.installedBinary(in: work)
        let created = try Self.run(vetted, ["init", "site"], in: work)
        #expect(created.status == 0, "\(created.stderr)")
        let site = work + "/site"
        for file in ["site.yaml", "content/reviews/example-notes.md", "content/rubrics/notes.yaml", "content/pages/about.md",
                     "templates/README.md", ".gitignore", ".github/workflows/publish.yml"] {
            #expect(FileManager.default.fileExists(atPath: site + "/" + file), "\(file) is missing")
        }
        // The theme stays in the binary, so later fixes to it reach the site.
        #expect(!FileManager.default.fileExists(atPath: site + "/templates/review.mustache"))
        let check = try Self.run(vetted, ["check", "--strict"], in: site)
        #expect(check.status == 0)
        #expect(check.stderr == "")
        #expect(check.stdout.hasPrefix("checked 1 review and 3 pages: 0 errors, 0 warnings in "))
        let build = try Self.run(vetted, ["build", "--strict"], in: site)
        #expect(build.status == 0, "\(build.stderr)")
        #expect(FileManager.default.fileExists(atPath: site + "/public/reviews/example-notes/index.html"))
        // A second init into the same folder is refused and changes nothing.
        let again = try Self.run(vetted, ["init", "site"], in: work)
        #expect(again.status == 2)
        #expect(again.stderr == "error: 'site' already holds .github, .gitignore, content…; vetted init writes only into a new or "
            + "empty folder, or one holding just a README, a licence and .git\n")
    }

    @Test func initWritesBesideAReadmeALicenceAndGitButNeverOverThem() throws {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("vetted-clone-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: work) }
        let vetted = try Self.installedBinary(in: work)
        let site = work + "/repo"
        try FileManager.default.createDirectory(atPath: site + "/.git", withIntermediateDirectories: true)
        try "# My reviews\n".write(toFile: site + "/README.md", atomically: true, encoding: .utf8)
        try "MIT\n".write(toFile: site + "/LICENSE", atomically: true, encoding: .utf8)
        let made = try Self.run(vetted, ["init", "repo"], in: work)
        #expect(made.status == 0, "\(made.stderr)")
        #expect(try String(contentsOfFile: site + "/README.md", encoding: .utf8) == "# My reviews\n")
        #expect(FileManager.default.fileExists(atPath: site + "/site.yaml"))
        // Anything else in the folder is named, and nothing is written.
        let other = work + "/other"
        try FileManager.default.createDirectory(atPath: other, withIntermediateDirectories: true)
        try "x\n".write(toFile: other + "/notes.txt", atomically: true, encoding: .utf8)
        try "# R\n".write(toFile: other + "/README", atomically: true, encoding: .utf8)
        let refused = try Self.run(vetted, ["init", "other"], in: work)
        #expect(refused.status == 2)
        #expect(refused.stderr.hasPrefix("error: 'other' already holds notes.txt;"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: other).sorted() == ["README", "notes.txt"])
    }

    @Test func newWritesADraftThatBuildsAndIsNeverOverwritten() throws {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("vetted-new-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: work) }
        let vetted = try Self.installedBinary(in: work)
        _ = try Self.run(vetted, ["init", "site"], in: work)
        let site = work + "/site"
        let new = try Self.run(vetted, ["new", "review", "Proton Lumo", "--category", "notes", "--today", "2026-11-22"], in: site)
        #expect(new.status == 0)
        #expect(new.stdout == "wrote content/reviews/proton-lumo.md (a draft: delete `draft: true` to publish it)\n")
        let draft = try String(contentsOfFile: site + "/content/reviews/proton-lumo.md", encoding: .utf8)
        #expect(draft.contains("draft: true"))
        #expect(draft.contains("published: 2026-11-22"))
        #expect(draft.contains("    # End-to-end encryption (10 points): default | optional | none | n/a | unknown"))
        #expect(draft.contains("    encryption: {option: unknown, sources: [], note: \"TODO: the answer, its source and why.\"}"))
        for field in ["title:", "description:", "slug:", "product:", "verdict:", "published:", "updated:", "reviewed:", "author:",
                      "tags:", "draft:", "scorecard:", "sources:", "faq:", "# history:", "# comparisons:", "# affiliate:", "# alternatives:"] {
            #expect(draft.contains(field), "the draft has no \(field)")
        }
        // Its placeholders are warnings: the draft builds and previews, and --strict refuses them.
        let check = try Self.run(vetted, ["check", "--drafts", "--today", "2026-11-22"], in: site)
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stderr.contains("warning: replace the placeholder 'TODO:"))
        let strict = try Self.run(vetted, ["check", "--strict", "--drafts", "--today", "2026-11-22"], in: site)
        #expect(strict.status == 1)
        let again = try Self.run(vetted, ["new", "review", "Proton Lumo"], in: site)
        #expect(again.status == 2)
        #expect(again.stderr == "error: content/reviews/proton-lumo.md already exists; nothing was written\n")
        #expect(try String(contentsOfFile: site + "/content/reviews/proton-lumo.md", encoding: .utf8) == draft)
    }

    @Test func awkwardNamesAndOptionKeysStillGiveAValidDraft() throws {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("vetted-awkward-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: work) }
        let vetted = try Self.installedBinary(in: work)
        _ = try Self.run(vetted, ["init", "site"], in: work)
        let site = work + "/site"
        try """
            title: Odd
            criteria:
              - key: storage
                label: |
                  Where notes
                  are stored
                points: 1
                options:
                  - {key: "zero-access, e2e", label: Zero access, percent: 100}

            """.write(toFile: site + "/content/rubrics/odd.yaml", atomically: true, encoding: .utf8)
        let new = try Self.run(vetted, ["new", "review", "Bell\u{07}Notes: \"v2\"\nbeta", "--category", "odd"], in: site)
        #expect(new.status == 0, "\(new.stderr)")
        let check = try Self.run(vetted, ["check", "--drafts"], in: site)
        #expect(check.status == 0, "\(check.stderr)")
        #expect(!check.stderr.contains("error:"))
        // A name whose slug is taken by another review is refused.
        let taken = try Self.run(vetted, ["new", "review", "Example Notes"], in: site)
        #expect(taken.status == 2)
        #expect(taken.stderr == "error: the slug 'example-notes' is already used by content/reviews/example-notes.md; nothing was written\n"
            || taken.stderr == "error: content/reviews/example-notes.md already exists; nothing was written\n")
    }

    @Test func checkReportsFindingsWithExitOne() throws {
        let site = try CLITests.makeSite(review: CLITests.review.replacingOccurrences(of: "Body.", with: "See [x](/nope/)."))
        defer { try? FileManager.default.removeItem(atPath: site) }
        let run = try CLITests.run(["check", "--today", "2026-07-01"], in: site)
        #expect(run.status == 1)
        // Reported at the Markdown line, not in a page check never writes.
        #expect(run.stderr == "content/reviews/lumo.md:11:5: error: the link '/nope/' goes to a page that does not exist\n")
        #expect(run.stdout.hasPrefix("checked 1 review and 0 pages: 1 error, 0 warnings in "))
        #expect(!FileManager.default.fileExists(atPath: site + "/public"))
    }
}
