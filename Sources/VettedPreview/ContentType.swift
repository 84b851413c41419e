/// The Content-Type of each file the site has.
enum ContentType {
    static func of(_ path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        if name == "feed.json" { return "application/feed+json; charset=utf-8" }
        switch name.split(separator: ".").last.map({ $0.lowercased() }) ?? "" {
        case "html": return "text/html; charset=utf-8"
        case "css": return "text/css; charset=utf-8"
        case "svg": return "image/svg+xml"
        case "xml": return name == "atom.xml" ? "application/atom+xml; charset=utf-8" : (name == "feed.xml" ? "application/rss+xml; charset=utf-8" : "application/xml; charset=utf-8")
        case "json": return "application/json; charset=utf-8"
        case "txt": return "text/plain; charset=utf-8"
        case "js": return "text/javascript; charset=utf-8"
        case "png": return "image/png"
        case "jpg", "jpeg": return "image/jpeg"
        case "gif": return "image/gif"
        case "webp": return "image/webp"
        case "avif": return "image/avif"
        case "ico": return "image/x-icon"
        case "woff2": return "font/woff2"
        case "woff": return "font/woff"
        case "pdf": return "application/pdf"
        default: return "application/octet-stream"
        }
    }

    /// Pages, feeds and data the site writes, which may hold absolute links.
    static func isText(_ path: String) -> Bool {
        let type = of(path)
        return type.hasPrefix("text/") || type.contains("xml") || type.contains("json")
    }
}
