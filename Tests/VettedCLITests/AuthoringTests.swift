import Foundation
import Testing
import VettedTestSupport

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Issue #16, items 6 to 8: scaffolds for real repositories, interrupted builds, and
/// the command line's manners, through the built binary.
@Suite struct AuthoringTests {
    /// A temporary folder holding a fresh `vetted init` site, removed by the caller.
    static func initSite() throws -> (work: String, site: String) {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("vetted-authoring-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        let made = try CLITests.run(["init", "site", "--today", "2026-11-22"], in: work)
        #expect(made.status == 0, "\(made.stderr)")
        return (work, work + "/site")
    }

    static func read(_ path: String) throws -> String { try String(contentsOfFile: path, encoding: .utf8) }

    @Test func initIntoACloneWritesATemplatesReadmeInsteadOfTheThemeAndBuilds() throws {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("vetted-clone-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: work) }
        let site = work + "/repo"
        try FileManager.default.createDirectory(atPath: site + "/.git", withIntermediateDirectories: true)
        try "# Reviews\n".write(toFile: site + "/README.md", atomically: true, encoding: .utf8)
        try "MIT\n".write(toFile: site + "/LICENSE", atomically: true, encoding: .utf8)
        let made = try CLITests.run(["init", "repo"], in: work)
        #expect(made.status == 0, "\(made.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: site + "/templates") == ["README.md"])
        let readme = try Self.read(site + "/templates/README.md")
        for words in ["same name", "partials/card.mustache", "assets/style.css", "vetted theme eject review.mustache", "never one you"] {
            #expect(readme.contains(words), "templates/README.md does not say \(words)")
        }
        #expect(try Self.read(site + "/.gitignore") == "public/\n*.staging-*/\n*.old-*/\n")
        let build = try CLITests.run(["build", "--strict"], in: site)
        #expect(build.status == 0, "\(build.stderr)")
        #expect(FileManager.default.fileExists(atPath: site + "/public/assets/style.css"))
        #expect(!FileManager.default.fileExists(atPath: site + "/public/README.md"))
    }

    @Test func themeEjectCopiesOneFileOrAllAndNeverOverwrites() throws {
        let (work, site) = try Self.initSite()
        defer { try? FileManager.default.removeItem(atPath: work) }
        let list = try CLITests.run(["theme", "list"])
        #expect(list.status == 0)
        #expect(list.stdout.contains("review.mustache\n") && list.stdout.contains("partials/card.mustache\n")
            && list.stdout.contains("assets/style.css\n"))
        let one = try CLITests.run(["theme", "eject", "partials/card.mustache", "--site", site])
        #expect(one.status == 0, "\(one.stderr)")
        #expect(one.stdout == "wrote \(site)/templates/partials/card.mustache\n")
        // An edit survives a second eject of everything, which names the kept file.
        try "{{title}}\n".write(toFile: site + "/templates/partials/card.mustache", atomically: true, encoding: .utf8)
        let all = try CLITests.run(["theme", "eject"], in: site)
        #expect(all.status == 0, "\(all.stderr)")
        #expect(all.stdout.contains("kept templates/partials/card.mustache: it exists (--force replaces it)\n"))
        #expect(all.stdout.contains("wrote templates/review.mustache\n"))
        #expect(all.stdout.contains("wrote templates/assets/style.css\n"))
        #expect(try Self.read(site + "/templates/partials/card.mustache") == "{{title}}\n")
        let lines = list.stdout.split(separator: "\n").count
        #expect(all.stdout.split(separator: "\n").count == lines)
        let forced = try CLITests.run(["theme", "eject", "partials/card", "--force"], in: site)
        #expect(forced.stdout == "wrote templates/partials/card.mustache\n")
        #expect(try Self.read(site + "/templates/partials/card.mustache") != "{{title}}\n")
        let build = try CLITests.run(["build"], in: site)
        #expect(build.status == 0, "\(build.stderr)")
    }

    @Test(arguments: [
        ("card.mustache", "did you mean 'partials/card.mustache'?"),
        ("reveiw.mustache", "did you mean 'review.mustache'?"),
        ("style.css", "did you mean 'assets/style.css'?"),
    ])
    func themeEjectOfAnUnknownFileIsAUsageErrorWithASuggestion(name: String, hint: String) throws {
        let (work, site) = try Self.initSite()
        defer { try? FileManager.default.removeItem(atPath: work) }
        let run = try CLITests.run(["theme", "eject", "review.mustache", name], in: site)
        #expect(run.status == 2)
        #expect(run.stderr == "error: the default theme has no file '\(name)'; \(hint) (vetted theme list prints every file)\n")
        #expect(run.stdout == "")
        #expect(try FileManager.default.contentsOfDirectory(atPath: site + "/templates") == ["README.md"])
    }

    @Test func newPageWritesADraftPageAndRefusesATakenOrReservedSlug() throws {
        let (work, site) = try Self.initSite()
        defer { try? FileManager.default.removeItem(atPath: work) }
        let new = try CLITests.run(["new", "page", "Café Privé"], in: site)
        #expect(new.status == 0, "\(new.stderr)")
        #expect(new.stdout == "wrote content/pages/cafe-prive.md (a draft: delete `draft: true` to publish it)\n")
        let page = try Self.read(site + "/content/pages/cafe-prive.md")
        #expect(page.contains("title: \"Café Privé\"\n"))
        #expect(page.contains("draft: true\n"))
        #expect(try CLITests.run(["build"], in: site).status == 0)
        let drafts = try CLITests.run(["build", "--drafts"], in: site)
        #expect(drafts.status == 0, "\(drafts.stderr)")
        #expect(FileManager.default.fileExists(atPath: site + "/public/cafe-prive/index.html"))
        #expect(drafts.stderr.contains("content/pages/cafe-prive.md:5:15: warning: replace the placeholder 'TODO: what this page is for"))
        for (arguments, message) in [
            (["new", "page", "Cafe prive"], "error: content/pages/cafe-prive.md already exists; nothing was written\n"),
            (["new", "page", "Tags"], "error: the address /tags/ is one Vetted writes itself; choose another title or pass --slug; nothing was written\n"),
            (["new", "page", "Who we are", "--slug", "about"], "error: content/pages/about.md already exists; nothing was written\n"),
            (["new", "page", "Über", "--slug", "Über"], "error: --slug takes a-z, 0-9 and - only, e.g. my-product, not 'Über'\n"),
            (["new", "page", "!!!"], "error: the page title needs at least one letter or digit\n"),
            (["new", "review", "Newest"], "error: the address /reviews/newest/ is one Vetted writes itself; choose another name or pass --slug; nothing was written\n"),
            (["new", "review", "Page", "--slug", "page"], "error: the address /reviews/page/ is one Vetted writes itself; choose another name or pass --slug; nothing was written\n"),
        ] {
            let refused = try CLITests.run(arguments, in: site)
            #expect(refused.status == 2, "\(arguments)")
            #expect(refused.stderr == message, "\(arguments)")
        }
        #expect(try Self.read(site + "/content/pages/cafe-prive.md") == page)
    }

    @Test func slugsOfNewFilesTransliterateLatinLetters() throws {
        let (work, site) = try Self.initSite()
        defer { try? FileManager.default.removeItem(atPath: work) }
        for (name, slug) in [("Ünïcode App!!", "unicode-app"), ("Straße", "strasse"), ("Søren", "soren"), ("Łódź", "lodz")] {
            let run = try CLITests.run(["new", "review", name], in: site)
            #expect(run.stdout == "wrote content/reviews/\(slug).md (a draft: delete `draft: true` to publish it)\n", "\(run.stderr)")
        }
        let other = try CLITests.run(["new", "review", "Яндекс"], in: site)
        #expect(other.status == 2)
        #expect(other.stderr.hasPrefix("error: the product name 'Яндекс' has no Latin letter or digit to make an address from; give one with --slug"))
        #expect(try CLITests.run(["new", "review", "Яндекс", "--slug", "yandex"], in: site).status == 0)
        let none = try CLITests.run(["new", "review", "???"], in: site)
        #expect(none.status == 2)
        #expect(none.stderr == "error: the product name needs at least one letter or digit\n")
    }

    @Test func aNewReviewBuildsAsADraftAndCheckStrictNamesEveryPlaceholderOncePublished() throws {
        let (work, site) = try Self.initSite()
        defer { try? FileManager.default.removeItem(atPath: work) }
        let new = try CLITests.run(["new", "review", "Proton Lumo", "--category", "notes", "--today", "2026-11-22"], in: site)
        #expect(new.status == 0, "\(new.stderr)")
        let path = site + "/content/reviews/proton-lumo.md"
        let draft = try Self.read(path)
        // No answer is chosen for the author: each is unknown, with a placeholder note.
        #expect(draft.contains("    encryption: {option: unknown, sources: [], note: \"TODO: the answer, its source and why.\"}\n"))
        #expect(draft.contains("    analytics: {option: unknown, sources: [], note: \"TODO: the answer, its source and why.\"}\n"))
        for option in ["default", "optional", "none", "opt-out", "always"] {
            #expect(!draft.contains("option: \(option)") && !draft.contains("option: \"\(option)\""), "pre-filled with \(option)")
        }
        #expect(!draft.contains("example.com"))
        // The draft is not published, so the site builds as it did.
        let build = try CLITests.run(["build", "--strict", "--today", "2026-11-22"], in: site)
        #expect(build.status == 0, "\(build.stderr)")
        #expect(!FileManager.default.fileExists(atPath: site + "/public/reviews/proton-lumo"))
        // With --drafts (as the preview) it is built, and every placeholder is named.
        let drafts = try CLITests.run(["build", "--drafts", "--today", "2026-11-22"], in: site)
        #expect(drafts.status == 0, "\(drafts.stderr)")
        #expect(FileManager.default.fileExists(atPath: site + "/public/reviews/proton-lumo/index.html"))
        #expect(drafts.stderr.contains(": warning: replace the placeholder 'TODO: the bottom line, in one sentence.'"))
        // Published, check --strict refuses it, pointing at each placeholder.
        try draft.replacingOccurrences(of: "draft: true\n", with: "").write(toFile: path, atomically: true, encoding: .utf8)
        let check = try CLITests.run(["check", "--strict", "--today", "2026-11-22"], in: site)
        #expect(check.status == 1)
        let lines = draft.replacingOccurrences(of: "draft: true\n", with: "").split(separator: "\n", omittingEmptySubsequences: false)
        var expected: [String] = []
        for (index, line) in lines.enumerated() where !line.trimmingCharacters(in: .whitespaces).hasPrefix("#") {
            guard let range = line.range(of: "TODO:") else { continue }
            let column = line[..<range.lowerBound].unicodeScalars.count + 1
            expected.append("content/reviews/proton-lumo.md:\(index + 1):\(column): error: replace the placeholder")
        }
        #expect(expected.count == 8)
        let errors = check.stderr.split(separator: "\n").filter { $0.contains("error:") }
        #expect(errors.count == expected.count, "\(check.stderr)")
        for (line, prefix) in zip(errors, expected) {
            #expect(line.hasPrefix(prefix), "\(line)")
            #expect(line.hasSuffix("with what it asks for; it would be published as it is [--strict]"))
        }
        #expect(check.stderr.contains(
            "content/reviews/proton-lumo.md:5:15: error: replace the placeholder 'TODO: what Proton Lumo does with your data, in one sentence.'"))
    }

    /// A site big enough that its build takes a moment: `count` small reviews.
    static func largeSite(_ count: Int) throws -> TestSite {
        var files: [String: String] = [:]
        for index in 0..<count {
            files["content/reviews/r\(index).md"] = TestSite.review(slug: "r\(index)", title: "Review \(index)")
                .replacingOccurrences(of: "tags: [ai, china]", with: "tags: [ai, t\(index % 50)]")
        }
        return try TestSite(files: files, prefix: "vetted-interrupt")
    }

    static func leftovers(beside site: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: site).filter { $0.contains(".staging-") || $0.contains(".old-") }
    }

    @Test(arguments: [(SIGINT, Int32(130)), (SIGTERM, Int32(143))])
    func anInterruptedBuildLeavesNoStagingFolderAndTheOldOutput(signal: Int32, status: Int32) throws {
        let site = try Self.largeSite(2_000)
        defer { try? FileManager.default.removeItem(atPath: site.root) }
        try site.write(".vetted-output\n", to: "public/.vetted-output")
        try site.write("old\n", to: "public/index.html")
        let process = Process()
        process.executableURL = CLITests.binary
        process.arguments = ["build", "--today", "2026-07-01"]
        process.currentDirectoryURL = URL(fileURLWithPath: site.root)
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let staging = site.root + "/public.staging-\(process.processIdentifier)"
        // Sent once the build is writing its staging folder.
        let deadline = Date().addingTimeInterval(60)
        while !FileManager.default.fileExists(atPath: staging + "/reviews"), process.isRunning, Date() < deadline {
            usleep(2_000)
        }
        #expect(process.isRunning, "the build ended before it could be interrupted")
        kill(process.processIdentifier, signal)
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == status, "\(stderr)")
        #expect(stderr.hasSuffix("public was not changed\n"), "\(stderr)")
        #expect(try Self.leftovers(beside: site.root) == [])
        #expect(try site.read("index.html") == "old\n")
    }

    @Test func aBuildRemovesStagingFoldersOfGoneProcessesAndLeavesThoseOfLiveOnes() throws {
        let site = try TestSite(files: ["content/reviews/kimi-ai.md": TestSite.review()], prefix: "vetted-leftovers")
        defer { try? FileManager.default.removeItem(atPath: site.root) }
        let gone: [Int32] = [999_999, 999_998]
        for pid in gone {
            #expect(kill(pid, 0) == -1 && errno == ESRCH, "process \(pid) exists; the test needs a number no process has")
        }
        let live = getpid()
        // A build writes its marker first, so a leftover holds it (or nothing yet).
        try site.write("x", to: "public.staging-999999/reviews/a/index.html")
        try site.write("x", to: "public.staging-999999/.vetted-output")
        try site.write("x", to: "public.old-999998/index.html")
        try site.write("x", to: "public.old-999998/.vetted-output")
        try site.write("x", to: "public.staging-\(live)/index.html")
        try site.write("x", to: "public.staging-notapid/index.html")
        // Someone's own folder with a name like a leftover's, and no marker: kept.
        try site.write("notes", to: "public.old-20240501/notes.txt")
        let build = try CLITests.run(["build", "--today", "2026-07-01"], in: site.root)
        #expect(build.status == 0, "\(build.stderr)")
        #expect(try Self.leftovers(beside: site.root).sorted() == [
            "public.old-20240501", "public.staging-\(live)", "public.staging-notapid",
        ])
    }

    @Test func versionQuietAndPlainVettedBehave() throws {
        let version = try CLITests.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.hasPrefix("vetted "))
        let plain = try CLITests.run([])
        #expect(plain.status == 2)
        #expect(plain.stderr.contains("USAGE: vetted <subcommand>"))
        #expect(plain.stderr.contains("theme"))
        let site = try CLITests.makeSite(review: CLITests.review)
        defer { try? FileManager.default.removeItem(atPath: site) }
        for command in ["build", "check"] {
            let quiet = try CLITests.run([command, "-q", "--today", "2026-07-01"], in: site)
            #expect(quiet.status == 0, "\(command): \(quiet.stderr)")
            #expect(quiet.stdout == "" && quiet.stderr == "", "\(command)")
        }
    }

    @Test(arguments: [
        (["frobnicate"], "Unexpected argument 'frobnicate'"),
        (["theme", "frobnicate"], "Unexpected argument 'frobnicate'"),
        (["check", "--nope"], "Unknown option '--nope'"),
        (["theme", "eject", "--nope"], "Unknown option '--nope'"),
        (["new", "review"], "Missing expected argument '<name>'"),
        (["new", "page"], "Missing expected argument '<title>'"),
        (["init"], "Missing expected argument '<folder>'"),
        (["build", "--output"], "Missing value for '--output"),
        (["check", "--today", "yesterday"], "--today takes a date as YYYY-MM-DD, not 'yesterday'"),
        (["new", "review", "X", "--today", "2026-02-30"], "--today takes a date as YYYY-MM-DD, not '2026-02-30'"),
        (["check", "--base-url", "ftp://example.org/"], "--base-url must be an absolute http:// or https:// URL"),
        (["serve", "--base-url", "example.org"], "--base-url must be an absolute http:// or https:// URL"),
        (["build", "--site", "/nonexistent-site"], "error: the site folder '/nonexistent-site' does not exist"),
        (["serve", "--site", "/nonexistent-site"], "the site folder '/nonexistent-site' does not exist"),
        (["new", "page", "About us", "--site", "/nonexistent-site"], "error: '/nonexistent-site' is not a site (it has no site.yaml)"),
        (["theme", "eject", "--site", "/nonexistent-site"], "error: '/nonexistent-site' is not a site (it has no site.yaml)"),
        (["build", "--format", "xml"], "'xml'"),
    ])
    func everyUsageErrorExitsTwo(arguments: [String], message: String) throws {
        let site = try CLITests.makeSite(review: CLITests.review)
        defer { try? FileManager.default.removeItem(atPath: site) }
        let run = try CLITests.run(arguments, in: site, timeout: 20)
        #expect(run.status == 2, "\(arguments): \(run.stderr)")
        #expect(run.stderr.contains(message), "\(arguments): \(run.stderr)")
        #expect(run.stdout == "", "\(arguments)")
        #expect(!FileManager.default.fileExists(atPath: site + "/public"))
    }
}
