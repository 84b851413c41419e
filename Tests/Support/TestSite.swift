public import Foundation
public import VettedCore

/// The repository the tests run in, and its sample site.
public enum Repository {
    /// The project's root folder.
    public static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The repository's own templates, so tests exercise the real theme.
    public static let templates = root.appendingPathComponent("templates").path
}

/// A throwaway site folder with the repository's theme, for one test; shared by every
/// test target (core, preview and command line).
public struct TestSite: Sendable {
    public let root: String

    public static let templates = Repository.templates

    public static let siteYAML = """
        title: Test Reviews
        base_url: https://reviews.example.org/
        authors:
          jeremy: {name: Jérémy, bio: Reviewer., url: /about/}
        affiliate_domains: [partner.example.net]

        """

    public static let rubric = """
        title: AI assistants
        criteria:
          - key: training
            label: Trains on chats
            points: 10
            options:
              - {key: never, label: Never, percent: 100}
              - {key: opt-out, label: Unless you opt out, percent: 30}
              - {key: default-on, label: Yes, percent: 0}
          - key: retention
            label: Keeps chats
            points: 5
            options:
              - {key: none, label: No, percent: 100}
              - {key: forever, label: Forever, percent: 0}

        """

    /// A complete, valid review; tests replace one line to break one rule.
    public static func review(slug: String = "kimi-ai", title: String = "Kimi AI privacy review") -> String {
        """
        ---
        title: \(title)
        description: What Moonshot AI does with prompts.
        product:
          name: Kimi AI
          vendor: Moonshot AI
          url: https://www.kimi.com
          category: ai-assistant
          jurisdiction: [CN, SG]
        verdict:
          rating: caution
          summary: The consumer app trains on *prompts*.
        published: 2026-06-10
        reviewed: 2026-06-09
        author: jeremy
        tags: [ai, china]
        scorecard:
          rubric: ai-assistant
          answers:
            training: {option: default-on, sources: [policy], note: No opt-out.}
            retention: {option: forever, sources: [policy]}
        sources:
          - id: policy
            title: Moonshot AI privacy policy
            url: https://platform.moonshot.ai/docs/privacy
            kind: privacy-policy
            retrieved: 2026-06-09
        faq:
          - {q: Does it train?, a: "Yes, on the app.", sources: [policy]}
        ---
        ## What it does

        See [the policy](source:policy).

        """
    }

    public init(files: [String: String], rubric: Bool = true, templates: Bool = true, prefix: String = "vetted-test") throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("\(prefix)-\(UUID().uuidString)").path
        var all = files
        if all["site.yaml"] == nil { all["site.yaml"] = Self.siteYAML }
        if rubric, all["content/rubrics/ai-assistant.yaml"] == nil { all["content/rubrics/ai-assistant.yaml"] = Self.rubric }
        // The theme first, so a test's own templates replace its files.
        if templates {
            try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: Self.templates, toPath: root + "/templates")
        }
        for (path, text) in all { try write(Array(text.utf8), to: path) }
    }

    /// A copy of the repository's sample site: site.yaml, content and templates.
    public static func sample() throws -> TestSite {
        let site = try TestSite(files: [:], rubric: false, templates: false, prefix: "vetted-sample")
        for item in ["site.yaml", "content", "templates"] {
            let target = site.root + "/" + item
            if FileManager.default.fileExists(atPath: target) { try FileManager.default.removeItem(atPath: target) }
            try FileManager.default.copyItem(atPath: Repository.root.appendingPathComponent(item).path, toPath: target)
        }
        return site
    }

    public func write(_ text: String, to path: String) throws {
        try write(Array(text.utf8), to: path)
    }

    public func write(_ bytes: [UInt8], to path: String) throws {
        let url = URL(fileURLWithPath: root + "/" + path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    public func remove(_ path: String) throws {
        try FileManager.default.removeItem(atPath: root + "/" + path)
    }

    public var output: String { root + "/public" }

    public func build(_ options: BuildOptions = BuildOptions(today: Timestamp("2026-07-01"))) throws -> BuildReport {
        try Builder(site: root, output: output, options: options).build()
    }

    /// The diagnostics of a build, with the temporary folder left out of the paths.
    public func messages(_ options: BuildOptions = BuildOptions(today: Timestamp("2026-07-01"))) throws -> [String] {
        try build(options).diagnostics.map { $0.description.replacingOccurrences(of: root + "/", with: "") }
    }

    public func read(_ path: String) throws -> String {
        try String(contentsOfFile: output + "/" + path, encoding: .utf8)
    }

    /// Every output file and its bytes.
    public func snapshot(of folder: String? = nil) throws -> [String: Data] {
        let base = folder ?? output
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: base)
        while let path = enumerator?.nextObject() as? String {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: base + "/" + path, isDirectory: &isFolder), !isFolder.boolValue {
                files[path] = FileManager.default.contents(atPath: base + "/" + path)
            }
        }
        return files
    }

    public func cleanUp() {
        try? FileManager.default.removeItem(atPath: root)
    }
}

extension String {
    /// The text with one line replaced (1-based), for breaking a valid fixture.
    public func replacingLine(_ number: Int, with line: String) -> String {
        var lines = components(separatedBy: "\n")
        lines[number - 1] = line
        return lines.joined(separator: "\n")
    }

    public func replacing(_ old: String, _ new: String) -> String {
        precondition(contains(old), "fixture does not contain \(old)")
        return replacingOccurrences(of: old, with: new)
    }
}
