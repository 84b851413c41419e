import Foundation
import Testing

/// What CI and publishing rely on: the version, annotations in GitHub's format, base
/// URLs checked before anything runs, and the workflow `init` writes.
@Suite struct PublishingTests {
    @Test func versionFlagAndSubcommandPrintTheVersionFirst() throws {
        let flag = try CLITests.run(["--version"])
        #expect(flag.status == 0)
        let lines = flag.stdout.split(separator: "\n")
        #expect(lines.first == "vetted 0.2.0")
        #expect(lines.count == 3)
        #expect(lines.last?.hasPrefix("cmark-gfm 0.29.0.gfm.") == true)
        #expect(lines.last?.contains(", libyaml 0.2.") == true)
        let command = try CLITests.run(["version"])
        #expect(command.status == 0)
        #expect(command.stdout == flag.stdout)
    }

    @Test func githubFormatPrintsEveryDiagnosticAsAWorkflowCommand() throws {
        // One error (an author site.yaml does not define) and one warning (sources a year old).
        let site = try CLITests.makeSite(review: CLITests.review.replacingOccurrences(of: "reviewed: 2026-06-09", with: "reviewed: 2026-06-09\nauthor: nobody"))
        defer { try? FileManager.default.removeItem(atPath: site) }
        let error = "::error file=content/reviews/lumo.md,line=8,col=9::unknown author 'nobody'; add it under 'authors' in site.yaml"
        let stale = "::warning file=content/reviews/lumo.md,line=7,col=11::sources were last checked on 2026-06-09, 365 days ago (stale_after_days is 180)"
        let build = try CLITests.run(["build", "--format", "github", "--today", "2027-06-09"], in: site)
        #expect(build.status == 1)
        #expect(build.stderr == "")
        #expect(build.stdout == stale + "\n" + error + "\nbuild failed: 1 error; public was not changed\n")
        // check also names each stale source.
        let check = try CLITests.run(["check", "--format", "github", "--today", "2027-06-09"], in: site)
        #expect(check.status == 1)
        #expect(check.stderr == "")
        let annotations = check.stdout.split(separator: "\n").filter { $0.hasPrefix("::") }
        #expect(annotations == [
            Substring(stale), Substring(error),
            "::warning file=content/reviews/lumo.md,line=10,col=10::source 'policy' (Proton privacy policy) of 'lumo' was retrieved on 2026-06-09, 365 days ago: check it again (stale_after_days is 180)",
        ])
        // Warnings alone do not fail the run; --strict makes them errors.
        let clean = try CLITests.makeSite(review: CLITests.review)
        defer { try? FileManager.default.removeItem(atPath: clean) }
        #expect(try CLITests.run(["check", "--format", "github", "--today", "2027-06-09"], in: clean).status == 0)
        let strict = try CLITests.run(["check", "--format", "github", "--strict", "--today", "2027-06-09"], in: clean)
        #expect(strict.status == 1)
        #expect(strict.stdout.hasPrefix("::error file=content/reviews/lumo.md,line=7,col=11::sources were last checked"))
    }

    @Test func githubFormatEncodesWhatWorkflowCommandsReserve() throws {
        // A site folder whose name has a comma and a colon: both separate properties.
        let parent = FileManager.default.temporaryDirectory.appendingPathComponent("vetted-format-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: parent) }
        let site = try CLITests.makeSite(review: CLITests.review.replacingOccurrences(of: "rating: recommended", with: "rating: great"))
        try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        try FileManager.default.moveItem(atPath: site, toPath: parent + "/a,b:c")
        let run = try CLITests.run(["check", "--site", "a,b:c", "--format", "github", "--today", "2026-07-01"], in: parent)
        #expect(run.stdout.hasPrefix("::error file=a%2Cb%3Ac/content/reviews/lumo.md,line=5,col=19::unknown verdict 'great'"))
    }

    @Test func githubFormatEncodesPercentAndLineBreaksInMessages() throws {
        // A front matter key with a percent sign and a line break, named in the message.
        let site = try CLITests.makeSite(review: CLITests.review.replacingOccurrences(
            of: "published: 2026-06-10", with: "published: 2026-06-10\n\"50%\\r\\nmore\": 1"))
        defer { try? FileManager.default.removeItem(atPath: site) }
        let run = try CLITests.run(["check", "--format", "github", "--today", "2026-07-01"], in: site)
        let annotation = try #require(run.stdout.split(separator: "\n").first { $0.hasPrefix("::error") })
        #expect(annotation.hasPrefix("::error file=content/reviews/lumo.md,line=7,col=1::unknown key '50%25%0D%0Amore' in the front matter"))
    }

    @Test(arguments: [
        ["build", "--base-url", "example.org"], ["check", "--base-url", "ftp://example.org/"],
        ["serve", "--base-url", "/proj/", "--port", "0"], ["build", "--base-url", "https://example.org/?x=1"],
        ["build", "--format", "json"], ["build", "--base-url", "https://example.org//p//"],
        ["serve", "--base-url", "https://example.org/ré/", "--port", "0"],
    ])
    func badBaseURLsAndFormatsAreUsageErrors(arguments: [String]) throws {
        let site = try CLITests.makeSite(review: CLITests.review)
        defer { try? FileManager.default.removeItem(atPath: site) }
        let run = try CLITests.run(arguments, in: site, timeout: 20)
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("error: ") || run.stderr.hasPrefix("Error: "), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: site + "/public"))
    }

    @Test func initWritesAPagesWorkflowThatInstallsThisVersionAndPassesTheBaseURL() throws {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("vetted-workflow-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: work) }
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        let created = try CLITests.run(["init", "site"], in: work)
        #expect(created.status == 0, "\(created.stderr)")
        #expect(created.stdout.contains("vetted serve"))
        #expect(!created.stdout.contains("public/index.html"))
        let workflow = try String(contentsOfFile: work + "/site/.github/workflows/publish.yml", encoding: .utf8)
        for line in [
            "    - cron: \"17 5 * * *\"", "  workflow_dispatch:", "  group: pages",
            "    if: github.event_name != 'push' || github.ref_name == github.event.repository.default_branch",
            "        uses: actions/configure-pages@", "          version: 0.2.0",
            "        run: vetted check --format github", "          BASE_URL: ${{ steps.pages.outputs.base_url }}",
            "        run: vetted build --quiet --format github --base-url \"$BASE_URL\"", "        uses: actions/deploy-pages@",
        ] {
            #expect(workflow.contains(line + (line.hasSuffix("@") ? "" : "\n")), "the workflow has no line \(line)")
        }
        // Every action is pinned to a full commit SHA with its version beside it,
        // except Vetted's own in a development build (which has no release commit).
        let version = try CLITests.run(["--version"]).stdout
        for line in workflow.split(separator: "\n") where line.contains("uses: ") {
            let pinned = line.contains(/@[0-9a-f]{40} # v\d+\.\d+\.\d+$/)
            if line.contains("vetted-ssg/vetted@"), version.contains("development build") {
                #expect(line.contains("vetted-ssg/vetted@v0.2.0 # a development build"))
            } else {
                #expect(pinned, "not pinned: \(line)")
            }
        }
        // Warnings never fail the generated workflow: --strict is the site's choice.
        for line in workflow.split(separator: "\n") where line.contains("run: vetted") {
            #expect(!line.contains("--strict"), "\(line)")
        }
        #expect(!workflow.contains("swift build"))
    }
}
