import Foundation
import Testing
import VettedTestSupport

/// Runs the built `vetted` binary and checks what it prints and its exit status.
@Suite struct CLITests {
    static let repository = Repository.root

    /// The `vetted` binary sits beside the test bundle in the build folder.
    static var binary: URL {
        let beside = Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("vetted")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        return repository.appendingPathComponent(".build/debug/vetted")
    }

    struct Run {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// Runs the binary; one still running after `timeout` seconds is stopped, so a
    /// command that should have failed at once cannot hang the suite.
    /// - Parameter environment: variables to set, or with nil to remove, for this run.
    static func run(
        _ arguments: [String], in folder: String? = nil, binary: URL = binary, timeout: Double = 120,
        environment changes: [String: String?] = [:]
    ) throws -> Run {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = URL(fileURLWithPath: folder) }
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        for (name, value) in changes { environment[name] = value }
        process.environment = environment
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout) { [process] in
            if process.isRunning { process.terminate() }
        }
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus,
            stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// A small site in a temporary folder, made from the repository's theme.
    static func makeSite(review: String) throws -> String {
        try TestSite(
            files: ["site.yaml": "title: CLI\nbase_url: https://example.org/\n", "content/reviews/lumo.md": review], rubric: false,
            prefix: "vetted-cli"
        ).root
    }

    static let review = """
        ---
        title: Proton Lumo review
        description: An encrypted assistant.
        product: {name: Proton Lumo}
        verdict: {rating: recommended, summary: Does not train on chats.}
        published: 2026-06-10
        reviewed: 2026-06-09
        sources:
          - {id: policy, title: Proton privacy policy, kind: privacy-policy, retrieved: 2026-06-09}
        ---
        Body.

        """

    @Test func buildPrintsASummaryAndExitsZero() throws {
        let site = try Self.makeSite(review: Self.review)
        defer { try? FileManager.default.removeItem(atPath: site) }
        let run = try Self.run(["build", "--site", site, "--today", "2026-07-01"])
        #expect(run.status == 0)
        #expect(run.stderr == "")
        #expect(run.stdout.hasPrefix("built 1 review, 0 pages, 22 listings, 3 feeds and 1 badge, copied 3 assets into \(site)/public in "))
        #expect(FileManager.default.fileExists(atPath: site + "/public/reviews/lumo/index.html"))
    }

    @Test func contentErrorsExitOneAndPrintEveryError() throws {
        let broken = Self.review
            .replacingOccurrences(of: "rating: recommended", with: "rating: great")
            .replacingOccurrences(of: "published: 2026-06-10", with: "published: June")
        let site = try Self.makeSite(review: broken)
        defer { try? FileManager.default.removeItem(atPath: site) }
        let run = try Self.run(["build", "--today", "2026-07-01"], in: site)
        #expect(run.status == 1)
        #expect(run.stderr == """
            content/reviews/lumo.md:5:19: error: unknown verdict 'great'; site.yaml defines recommended, acceptable, caution, avoid
            content/reviews/lumo.md:6:12: error: 'published' must be a date as YYYY-MM-DD or RFC 3339, not 'June'

            """)
        #expect(run.stdout == "build failed: 2 errors; public was not changed\n")
        #expect(!FileManager.default.fileExists(atPath: site + "/public"))
    }

    @Test func warningsArePrintedAndStrictFails() throws {
        let site = try Self.makeSite(review: Self.review)
        defer { try? FileManager.default.removeItem(atPath: site) }
        let warning = "content/reviews/lumo.md:7:11: warning: sources were last checked on 2026-06-09, 365 days ago (stale_after_days is 180)\n"
        let lenient = try Self.run(["build", "--today", "2027-06-09"], in: site)
        #expect(lenient.status == 0)
        #expect(lenient.stderr == warning)
        let quiet = try Self.run(["build", "--today", "2027-06-09", "--quiet"], in: site)
        #expect(quiet.status == 0)
        #expect(quiet.stderr == "")
        #expect(quiet.stdout == "")
        let strict = try Self.run(["build", "--today", "2027-06-09", "--strict"], in: site)
        #expect(strict.status == 1)
        #expect(strict.stderr == warning.replacingOccurrences(of: "warning:", with: "error:").replacingOccurrences(of: ")\n", with: ") [--strict]\n"))
    }

    @Test(arguments: [
        (["build", "--today", "2026-13-01"], "--today takes a date as YYYY-MM-DD, not '2026-13-01'"),
        (["build", "--nope"], "Unknown option '--nope'"),
        (["build", "--base-url", "example.org"], "--base-url must be an absolute http:// or https:// URL without query or fragment, not 'example.org'"),
        (["build", "--output", "."], "the output folder '.' would replace the site's own files; choose another --output"),
    ])
    func usageErrorsExitTwo(arguments: [String], message: String) throws {
        let site = try Self.makeSite(review: Self.review)
        defer { try? FileManager.default.removeItem(atPath: site) }
        let run = try Self.run(arguments, in: site)
        #expect(run.status == 2)
        #expect(run.stderr.contains(message))
        #expect(FileManager.default.fileExists(atPath: site + "/content/reviews/lumo.md"))
    }

    /// One table for every command: 0 done, 1 content errors, 2 usage.
    @Test(arguments: [
        ([], "USAGE: vetted <subcommand>"),
        (["new", "review", "Proton Lumo", "--site", "content"], "error: 'content' is not a site (it has no site.yaml)"),
        (["init", "content"], "error: 'content' already holds reviews;"),
        (["serve", "--port", "70000"], "--port takes a number from 0 to 65535"),
        (["check", "--site", "/nonexistent-site"], "error: the site folder '/nonexistent-site' does not exist"),
    ])
    func everyCommandExitsTwoForAUsageError(arguments: [String], message: String) throws {
        let site = try Self.makeSite(review: Self.review)
        defer { try? FileManager.default.removeItem(atPath: site) }
        let run = try Self.run(arguments, in: site)
        #expect(!FileManager.default.fileExists(atPath: site + "/content/content"))
        #expect(run.status == 2, "\(arguments): \(run.stderr)")
        #expect(run.stderr.contains(message), "\(arguments): \(run.stderr)")
        #expect(run.stdout == "")
    }

    /// swift-mustache is the tests' oracle only: `vetted` renders with its own engine.
    @Test func theBinaryDoesNotLinkSwiftMustache() throws {
        let bytes = try Data(contentsOf: Self.binary)
        #expect(bytes.count > 1_000_000)
        // Every swift-mustache symbol starts with its module's mangled name.
        #expect(bytes.range(of: Data("8Mustache0A8Template".utf8)) == nil)
        #expect(bytes.range(of: Data("VettedTemplates".utf8)) != nil)
    }

    @Test func theSampleSiteBuilds() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("vetted-sample-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: output) }
        let run = try Self.run(["build", "--site", Self.repository.path, "--output", output, "--today", "2026-06-20"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("built 6 reviews, 3 pages, 61 listings, 3 feeds and 6 badges"))
        for slug in ["kimi-ai", "claude", "chatgpt", "gemini", "proton-lumo", "ollama-local"] {
            #expect(FileManager.default.fileExists(atPath: "\(output)/reviews/\(slug)/index.html"))
        }
    }
}
