/// Small URL helpers that need no Foundation.
enum WebURL {
    /// True for `http://host…` and `https://host…` with a non-empty host and no spaces.
    static func isAbsoluteHTTP(_ text: String) -> Bool {
        guard let host = host(of: text) else { return false }
        guard !host.isEmpty else { return false }
        // ASCII addresses, nearly all of them, are checked byte by byte.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            return !text.utf8.contains { (9...13).contains($0) || $0 == 32 || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") || $0 == UInt8(ascii: "\"") }
        }
        return !text.contains(where: { $0.isWhitespace || $0 == "<" || $0 == ">" || $0 == "\"" })
    }

    /// The lower-cased host of an http(s) URL, without port or user info.
    static func host(of text: String) -> String? {
        // On bytes, and only the host is lowered: this runs for every link of every page.
        let utf8 = text.utf8
        func starts(with scheme: String) -> Bool {
            var index = utf8.startIndex
            for expected in scheme.utf8 {
                guard index < utf8.endIndex, utf8[index] | (expected >= 97 ? 0x20 : 0) == expected else { return false }
                index = utf8.index(after: index)
            }
            return true
        }
        let skip: Int
        if starts(with: "https://") {
            skip = 8
        } else if starts(with: "http://") {
            skip = 7
        } else {
            return nil
        }
        let rest = utf8[utf8.index(utf8.startIndex, offsetBy: skip)...]
        var authority = rest.prefix { $0 != UInt8(ascii: "/") && $0 != UInt8(ascii: "?") && $0 != UInt8(ascii: "#") }
        if let at = authority.lastIndex(of: UInt8(ascii: "@")) { authority = authority[authority.index(after: at)...] }
        let host: Substring.UTF8View.SubSequence
        if authority.first == UInt8(ascii: "[") {
            host = authority.dropFirst().prefix { $0 != UInt8(ascii: "]") }
        } else {
            host = authority.prefix { $0 != UInt8(ascii: ":") }
        }
        return String(decoding: host, as: UTF8.self).lowercased()
    }

    /// True when `host` is `domain` or one of its subdomains.
    static func host(_ host: String, isWithin domain: String) -> Bool {
        let domain = domain.lowercased()
        return host == domain || host.hasSuffix("." + domain)
    }
}
