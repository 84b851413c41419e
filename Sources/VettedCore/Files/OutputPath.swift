import Foundation

extension SiteURLs {
    /// The output path (without fragment) and the fragment an internal URL points at,
    /// seen from the page written at `page` (`reviews/x/index.html`); nil for an
    /// external link. Folder URLs end in `/` (`reviews/x/`); the root is `""`.
    func outputPath(of url: String, from page: String) -> (path: String, fragment: String?)? {
        var url = url
        if url.hasPrefix(origin + "/") { url = String(url.dropFirst(origin.count)) }
        if LinkResolver.scheme(of: url) != nil || url.hasPrefix("//") || url.isEmpty { return nil }
        // Links are percent-encoded (cmark encodes them; ids and file names are not).
        let fragment = url.firstIndex(of: "#").map { String(url[url.index(after: $0)...]) }.map { $0.removingPercentEncoding ?? $0 }
        let rawPath = String(url.prefix { $0 != "#" && $0 != "?" })
        var path = rawPath.removingPercentEncoding ?? rawPath
        if path.isEmpty { return (page, fragment) }
        if path.hasPrefix("/") {
            // The same host outside the site's base path is another site.
            guard path.hasPrefix(basePath) else { return nil }
            path = String(path.dropFirst(basePath.count))
        } else {
            let folder = page.split(separator: "/").dropLast().joined(separator: "/")
            path = folder.isEmpty ? path : folder + "/" + path
        }
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == ".." { _ = parts.popLast(); continue }
            parts.append(part)
        }
        let normalized = parts.joined(separator: "/")
        return (path.hasSuffix("/") || normalized.isEmpty ? (normalized.isEmpty ? "" : normalized + "/") : normalized, fragment)
    }

    /// The file written for an output path: `reviews/x/` → `reviews/x/index.html`,
    /// `img/a.png` → itself; nil when no such file was written.
    static func writtenFile(_ target: String, in files: Set<String>) -> String? {
        if target.isEmpty { return files.contains("index.html") ? "index.html" : nil }
        if target.hasSuffix("/") { return files.contains(target + "index.html") ? target + "index.html" : nil }
        if files.contains(target) { return target }
        return files.contains(target + "/index.html") ? target + "/index.html" : nil
    }

    /// The folder a page's `index.html` stands for: `reviews/x/index.html` → `reviews/x/`,
    /// `index.html` → the empty root; nil for any other file (`a-index.html` too).
    static func pageFolder(of file: String) -> String? {
        if file == "index.html" { return "" }
        return file.hasSuffix("/index.html") ? String(file.dropLast("index.html".count)) : nil
    }
}
