/// Small URL helpers that need no Foundation.
enum WebURL {
    /// True for `http://host…` and `https://host…` with a non-empty host and no spaces.
    static func isAbsoluteHTTP(_ text: String) -> Bool {
        guard let host = host(of: text) else { return false }
        return !host.isEmpty && !text.contains(where: { $0.isWhitespace || $0 == "<" || $0 == ">" || $0 == "\"" })
    }

    /// The lower-cased host of an http(s) URL, without port or user info.
    static func host(of text: String) -> String? {
        let lower = text.lowercased()
        let rest: Substring
        if lower.hasPrefix("https://") {
            rest = lower.dropFirst(8)
        } else if lower.hasPrefix("http://") {
            rest = lower.dropFirst(7)
        } else {
            return nil
        }
        var authority = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        if let at = authority.lastIndex(of: "@") { authority = authority[authority.index(after: at)...] }
        if authority.hasPrefix("[") { return String(authority.prefix { $0 != "]" }.dropFirst()) }
        return String(authority.prefix { $0 != ":" })
    }

    /// True when `host` is `domain` or one of its subdomains.
    static func host(_ host: String, isWithin domain: String) -> Bool {
        let domain = domain.lowercased()
        return host == domain || host.hasSuffix("." + domain)
    }
}
