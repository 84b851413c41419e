import Foundation

/// Turns a request path into the key of a file of the built site. Anything that could
/// name a file outside the site (`..`, encoded or not, backslashes, NUL bytes,
/// absolute paths in disguise) gives nil, and the server answers 404. Files are only
/// ever looked up in the in-memory build, never on disk.
enum RequestPath {
    /// The key of a request below the site's base path (`/reviews/` for a site
    /// published at `https://you.github.io/reviews/`); nil for any path outside it.
    /// Both are compared decoded, so `/r%c3%a9/` and `/r%C3%A9/` are the same folder.
    static func key(for rawPath: String, under basePath: String) -> String? {
        guard let full = key(for: rawPath) else { return nil }
        guard basePath != "/" else { return full }
        guard let base = key(for: basePath), full.hasPrefix(base) else { return nil }
        return String(full.dropFirst(base.count))
    }

    static func key(for rawPath: String) -> String? {
        let pathOnly = rawPath.prefix { $0 != "?" && $0 != "#" }
        guard pathOnly.hasPrefix("/"), let decoded = String(pathOnly).removingPercentEncoding else { return nil }
        if decoded.contains("\0") || decoded.contains("\\") || decoded.hasPrefix("//") { return nil }
        let segments = decoded.split(separator: "/", omittingEmptySubsequences: false).dropFirst()
        if segments.contains(where: { $0 == ".." || $0 == "." }) { return nil }
        return segments.joined(separator: "/")
    }
}
