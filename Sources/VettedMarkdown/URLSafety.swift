/// URLs and attributes that run code in the reader's browser. None of them is ever
/// written into a page, whether raw HTML is allowed or not.
enum URLSafety {
    static let dangerousSchemes = ["javascript:", "vbscript:", "data:"]

    /// Attributes whose value a browser follows or loads as a URL.
    static let urlAttributes: Set<String> = [
        "href", "src", "action", "formaction", "xlink:href", "data", "poster", "background", "cite", "srcset",
        "lowsrc", "dynsrc", "longdesc", "ping", "manifest", "codebase", "archive", "icon",
    ]

    /// The scheme that makes a URL unsafe, read as a browser reads it: character
    /// references decoded, leading spaces and control characters skipped, tabs and
    /// line breaks inside ignored, case ignored.
    static func dangerousScheme(_ url: String) -> String? {
        // The usual links: a path, a fragment, a web address.
        if let first = url.utf8.first, first == UInt8(ascii: "/") || first == UInt8(ascii: "#") || first == UInt8(ascii: "?") {
            return nil
        }
        if url.hasPrefix("https://") || url.hasPrefix("http://") || url.hasPrefix("mailto:") { return nil }
        var scheme = ""
        for scalar in decodingReferences(url).unicodeScalars {
            if scalar.value <= 0x20, scheme.isEmpty { continue }
            if scalar == "\t" || scalar == "\n" || scalar == "\r" { continue }
            scheme.unicodeScalars.append(scalar)
            if scalar == ":" || scheme.unicodeScalars.count > 12 { break }
        }
        let lowered = scheme.lowercased()
        return dangerousSchemes.first { lowered == $0 }.map { String($0.dropLast()) }
    }

    /// What is unsafe in a piece of raw HTML: event handler attributes (`onerror=`) and
    /// unsafe URLs in URL attributes (and in `<meta http-equiv="refresh">`).
    static func rawHTMLProblems(_ html: String) -> [String] {
        var problems: [String] = []
        for (name, value) in attributes(in: html) {
            if name.hasPrefix("on") {
                problems.append("raw HTML with the event handler '\(name)', which runs a script; "
                    + "scripts are not allowed, even with markdown.unsafe_html")
            } else if urlAttributes.contains(name) || name == "content" {
                let candidates = name == "srcset" ? value.split(separator: ",").map { String($0) }
                    : name == "content" ? [String(value.lowercased().split(separator: "url=", maxSplits: 1).dropFirst().first ?? "")]
                    : [value]
                if let scheme = candidates.lazy.compactMap({ dangerousScheme($0) }).first {
                    problems.append("raw HTML with a '\(scheme):' URL in '\(name)', which can run a script; "
                        + "it is not allowed, even with markdown.unsafe_html")
                }
            }
        }
        return problems
    }

    /// Every attribute of every start tag, names lower-cased, values as written.
    static func attributes(in html: String) -> [(name: String, value: String)] {
        let scalars = Array(html.unicodeScalars)
        var found: [(String, String)] = []
        var index = 0
        func isSpace(_ scalar: Unicode.Scalar) -> Bool { scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar == "\u{0C}" }
        while index < scalars.count {
            guard scalars[index] == "<", index + 1 < scalars.count, scalars[index + 1].properties.isAlphabetic else {
                index += 1
                continue
            }
            index += 1
            while index < scalars.count, !isSpace(scalars[index]), scalars[index] != ">", scalars[index] != "/" { index += 1 }
            while index < scalars.count, scalars[index] != ">" {
                while index < scalars.count, isSpace(scalars[index]) || scalars[index] == "/" { index += 1 }
                var name = String.UnicodeScalarView()
                while index < scalars.count, !isSpace(scalars[index]), !["=", ">", "/"].contains(scalars[index]) {
                    name.append(scalars[index])
                    index += 1
                }
                while index < scalars.count, isSpace(scalars[index]) { index += 1 }
                var value = String.UnicodeScalarView()
                if index < scalars.count, scalars[index] == "=" {
                    index += 1
                    while index < scalars.count, isSpace(scalars[index]) { index += 1 }
                    if index < scalars.count, scalars[index] == "\"" || scalars[index] == "'" {
                        let quote = scalars[index]
                        index += 1
                        while index < scalars.count, scalars[index] != quote {
                            value.append(scalars[index])
                            index += 1
                        }
                        index += 1
                    } else {
                        while index < scalars.count, !isSpace(scalars[index]), scalars[index] != ">" {
                            value.append(scalars[index])
                            index += 1
                        }
                    }
                }
                if !name.isEmpty { found.append((String(name).lowercased(), String(value))) }
            }
        }
        return found
    }

    /// Decodes numeric character references and the named ones that can spell a
    /// scheme (`&colon;`, `&Tab;`, `&NewLine;`), as a browser does in attributes.
    static func decodingReferences(_ text: String) -> String {
        guard text.contains("&") else { return text }
        let named: [String: Unicode.Scalar] = ["colon": ":", "tab": "\t", "newline": "\n", "excl": "!", "sol": "/"]
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            guard scalars[index] == "&" else {
                out.append(scalars[index])
                index += 1
                continue
            }
            var end = index + 1
            while end < scalars.count, end - index < 12, scalars[end].properties.isAlphabetic || scalars[end] == "#"
                || ("0"..."9").contains(scalars[end])
            {
                end += 1
            }
            let body = String(String.UnicodeScalarView(scalars[(index + 1)..<end]))
            var decoded: Unicode.Scalar?
            if body.hasPrefix("#x") || body.hasPrefix("#X") {
                decoded = UInt32(body.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
            } else if body.hasPrefix("#") {
                decoded = UInt32(body.dropFirst()).flatMap(Unicode.Scalar.init)
            } else {
                decoded = named[body.lowercased()]
            }
            if let decoded {
                out.append(decoded)
                index = end < scalars.count && scalars[end] == ";" ? end + 1 : end
            } else {
                out.append("&")
                index += 1
            }
        }
        return String(out)
    }
}
