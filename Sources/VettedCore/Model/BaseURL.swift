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
        return text.hasSuffix("/") ? text : text + "/"
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
