/// URLs and attributes that run code in the reader's browser. None of them is ever
/// written into a page, whether raw HTML is allowed or not.
enum URLSafety {
    static let dangerousSchemes = ["javascript:", "vbscript:", "data:"]

    /// Attributes whose value a browser follows or loads as a URL.
    static let urlAttributes: Set<String> = [
        "href", "src", "action", "formaction", "xlink:href", "data", "poster", "background", "cite", "srcset",
        "lowsrc", "dynsrc", "longdesc", "ping", "manifest", "codebase", "archive", "icon",
        // SVG animation can set an href to any of these (`<animate attributeName="href" values="…">`).
        "values", "to", "from", "by",
    ]

    /// The scheme that makes a URL unsafe, read as a browser reads it: character
    /// references decoded, leading spaces and control characters skipped, tabs and
    /// line breaks inside ignored, case ignored.
    /// - Parameter decoding: decode character references first (raw HTML); cmark has
    ///   already decoded the destinations of Markdown links.
    static func dangerousScheme(_ url: String, decoding: Bool = true) -> String? {
        // The usual links: a path, a fragment, a web address.
        if let first = url.utf8.first, first == UInt8(ascii: "/") || first == UInt8(ascii: "#") || first == UInt8(ascii: "?") {
            return nil
        }
        if url.hasPrefix("https://") || url.hasPrefix("http://") || url.hasPrefix("mailto:") { return nil }
        var scheme = ""
        for scalar in (decoding ? decodingReferences(url) : url).unicodeScalars {
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
    /// - Returns: each problem with the 0-based line of the HTML it is on.
    static func rawHTMLProblems(_ html: String) -> [(line: Int, message: String)] {
        var problems: [(Int, String)] = []
        for attribute in attributes(in: html) {
            let name = attribute.name
            let value = attribute.value
            if name.hasPrefix("on") {
                problems.append((attribute.line, "raw HTML with the event handler '\(name)', which runs a script; "
                    + "scripts are not allowed, even with markdown.unsafe_html"))
            } else if urlAttributes.contains(name) || name == "content" {
                let candidates = name == "srcset" ? value.split(separator: ",").map { String($0) }
                    : name == "values" ? value.split(separator: ";").map { String($0) }
                    : name == "content" ? [String(value.lowercased().split(separator: "url=", maxSplits: 1).dropFirst().first ?? "")]
                    : [value]
                if let scheme = candidates.lazy.compactMap({ dangerousScheme($0) }).first {
                    problems.append((attribute.line, "raw HTML with a '\(scheme):' URL in '\(name)', which can run a script; "
                        + "it is not allowed, even with markdown.unsafe_html"))
                }
            }
        }
        return problems
    }

    /// Every attribute of every start tag, names lower-cased, values as written.
    /// Every attribute of every start tag, names lower-cased, values as written, with
    /// the 0-based line each starts on. Comments (`<!-- … -->`), doctype-like `<!…>` and
    /// `<?…>` are skipped as a browser skips them, so a quote inside one hides nothing.
    static func attributes(in html: String) -> [(name: String, value: String, line: Int)] {
        let scalars = Array(html.unicodeScalars)
        var found: [(String, String, Int)] = []
        var index = 0
        func isSpace(_ scalar: Unicode.Scalar) -> Bool { scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar == "\u{0C}" }
        func starts(_ text: String, at position: Int) -> Bool {
            let needle = Array(text.unicodeScalars)
            return position + needle.count <= scalars.count && scalars[position..<position + needle.count].elementsEqual(needle)
        }
        // Lines are counted lazily, from the last place counted.
        var counted = 0
        var line = 0
        func lineOf(_ position: Int) -> Int {
            while counted < position {
                if scalars[counted] == "\n" { line += 1 }
                counted += 1
            }
            return line
        }
        while index < scalars.count {
            if scalars[index] == "<", starts("<!--", at: index) {
                index += 4
                while index < scalars.count, !starts("-->", at: index) { index += 1 }
                index += 3
                continue
            }
            if scalars[index] == "<", index + 1 < scalars.count, scalars[index + 1] == "!" || scalars[index + 1] == "?" {
                while index < scalars.count, scalars[index] != ">" { index += 1 }
                continue
            }
            guard scalars[index] == "<", index + 1 < scalars.count, scalars[index + 1].properties.isAlphabetic else {
                index += 1
                continue
            }
            index += 1
            while index < scalars.count, !isSpace(scalars[index]), scalars[index] != ">", scalars[index] != "/" { index += 1 }
            while index < scalars.count, scalars[index] != ">" {
                while index < scalars.count, isSpace(scalars[index]) || scalars[index] == "/" { index += 1 }
                let nameStart = index
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
                if !name.isEmpty { found.append((String(name).lowercased(), String(value), lineOf(nameStart))) }
            }
        }
        return found
    }

    /// Decodes numeric character references (any number of digits, with or without
    /// `;`) and the named ones that can spell a scheme (`&colon;`, `&Tab;`,
    /// `&NewLine;`, case as in HTML), as a browser does in attributes.
    static func decodingReferences(_ text: String) -> String {
        guard text.contains("&") else { return text }
        let named: [String: Unicode.Scalar] = ["colon": ":", "Tab": "\t", "NewLine": "\n", "excl": "!", "sol": "/"]
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var index = 0
        func isDigit(_ scalar: Unicode.Scalar, hex: Bool) -> Bool {
            ("0"..."9").contains(scalar) || (hex && (("a"..."f").contains(scalar) || ("A"..."F").contains(scalar)))
        }
        while index < scalars.count {
            guard scalars[index] == "&" else {
                out.append(scalars[index])
                index += 1
                continue
            }
            var decoded: Unicode.Scalar?
            var end = index + 1
            if end < scalars.count, scalars[end] == "#" {
                end += 1
                let hex = end < scalars.count && (scalars[end] == "x" || scalars[end] == "X")
                if hex { end += 1 }
                let digitsStart = end
                var value: UInt32 = 0
                while end < scalars.count, isDigit(scalars[end], hex: hex) {
                    // Clamped: a browser turns an out-of-range reference into U+FFFD.
                    value = min(0x11_0000, value &* (hex ? 16 : 10) &+ (scalars[end].properties.numericValue.map { UInt32($0) }
                        ?? UInt32(scalars[end].value | 0x20) - 0x61 + 10))
                    end += 1
                }
                if end > digitsStart { decoded = Unicode.Scalar(value) ?? "\u{FFFD}" }
            } else {
                while end < scalars.count, end - index <= 10, scalars[end].properties.isAlphabetic { end += 1 }
                if end < scalars.count, scalars[end] == ";" {
                    decoded = named[String(String.UnicodeScalarView(scalars[(index + 1)..<end]))]
                }
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
