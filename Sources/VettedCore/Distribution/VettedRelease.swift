internal import CVettedBuild
import VettedMarkdown
import VettedYAML

/// Which Vetted this is and where it comes from: the one place the version, the
/// repository and the commit of a release are written down. `scripts/package` reads
/// the version from the binary it builds, and records the commit.
public enum VettedRelease {
    /// The version `vetted --version` prints and the release archives carry.
    public static let version = "0.2.0"

    /// The GitHub repository Vetted is published from; a fork changes this line.
    public static let repository = "vetted-ssg/vetted"

    /// Vetted's public home.
    public static var home: String { "https://github.com/\(repository)" }

    /// The commit this binary was built from (40 hex digits), recorded by
    /// `scripts/package`; nil for a development build.
    public static let sourceCommit: String? = {
        let commit = String(cString: vetted_source_commit())
        let isHex = commit.utf8.count == 40 && commit.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
        return isHex ? commit : nil
    }()

    /// What `vetted --version` prints: `vetted X.Y.Z` on the first line, then the
    /// commit and the versions of the C libraries that parse Markdown and YAML.
    public static var versionText: String {
        """
        vetted \(version)
        \(sourceCommit.map { "built from \(repository)@\($0)" } ?? "development build (no release commit recorded)")
        cmark-gfm \(MarkdownRenderer.libraryVersion), libyaml \(YAMLParser.libraryVersion)
        """
    }
}
