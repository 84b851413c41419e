/// A base URL given on the command line (`--base-url`), which replaces site.yaml's.
public enum BaseURL {
    /// Checks a `--base-url` value.
    /// - Returns: the URL, ending in `/`.
    /// - Throws: `UsageError` unless it is an absolute http(s) URL without query or fragment.
    public static func validated(_ text: String) throws -> String {
        guard WebURL.isAbsoluteHTTP(text), !text.contains("?"), !text.contains("#"), text.utf8.count <= maxLength else {
            throw UsageError(
                description: "--base-url must be an absolute http:// or https:// URL without query or fragment, not '\(text.prefix(200))'")
        }
        if let problem = pathProblem(text) { throw UsageError(description: "--base-url \(problem)") }
        return text.hasSuffix("/") ? text : text + "/"
    }

    /// What is wrong with the path of an absolute URL used as a base, if anything:
    /// an empty segment (`https://x.org//p/`) would make every link `//p/…`, which a
    /// browser reads as another host; characters outside ASCII would be sent
    /// percent-encoded by browsers and match no page.
    static func pathProblem(_ url: String) -> String? {
        let path = SiteConfig.path(of: url)
        if path.contains("//") { return "has an empty path segment ('//') in '\(url.prefix(200))'; links would lead to another host" }
        if !path.unicodeScalars.allSatisfy({ $0.isASCII && $0.value > 0x20 }) {
            return "has a path with spaces or characters outside ASCII in '\(url.prefix(200))'; percent-encode them (é is %C3%A9)"
        }
        return nil
    }

    /// Longer base URLs are refused: every link of every page starts with it.
    static let maxLength = 2_048

    /// The same path on another origin: `https://you.github.io/reviews/` on
    /// `http://127.0.0.1:4000` is `http://127.0.0.1:4000/reviews/`.
    static func moving(_ baseURL: String, to origin: String) -> String {
        let path = SiteConfig.path(of: baseURL)
        return (origin.hasSuffix("/") ? String(origin.dropLast()) : origin) + path
    }
}
