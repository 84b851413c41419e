/// Reading the parts of tags: the text before a tag, names, partial names and
/// set-delimiter tags, with swift-mustache's character sets.
extension TemplateParser {
    /// Reads text up to a line break (left unread) or the start delimiter (read).
    /// - Returns: the text, and where the delimiter started if one was found.
    func readText(_ scanner: inout Scanner, state: ParserState) throws(ParseStop) -> (String, tagStart: Int?) {
        guard let first = state.startDelimiter.first else { return ("", nil) }
        var text = ""
        while !scanner.reachedEnd {
            text += String(scanner.read(while: { $0 != "\n" && $0 != "\r\n" && $0 != first }))
            if scanner.current.isNewline { break }
            guard scanner.current == first else { continue }
            let start = scanner.position
            switch scanner.read(state.startDelimiter) {
            case .matched:
                return (text, start)
            case .different:
                text.append(first)
                scanner.advance()
            case .overflow:
                context.report(
                    .syntax, at: location(start),
                    "the template ends with '\(self.text.slice(start..<scanner.characters.count))', which starts "
                        + "like a tag ('\(String(state.startDelimiter))'): remove it or end the file with a line break")
                throw ParseStop()
            }
        }
        return (text, nil)
    }

    /// Reads the name of a variable, section or block tag and the end delimiter.
    func parseName(_ scanner: inout Scanner, state: ParserState, tagStart: Int, closing: Bool = false) throws(ParseStop) -> TagName {
        scanner.read(while: \.isWhitespace)
        let text = String(scanner.read(while: \.isNameCharacter))
        scanner.read(while: \.isWhitespace)
        try readEndDelimiter(&scanner, state: state, tagStart: tagStart, closing: closing, what: "a name")
        return try splitTransforms(text, state: state, tagStart: tagStart, end: scanner.position)
    }

    /// Reads the name of a partial or parent tag (which may contain `/`) and the end delimiter.
    func parsePartialName(_ scanner: inout Scanner, state: ParserState, tagStart: Int) throws(ParseStop) -> String {
        scanner.read(while: \.isWhitespace)
        let text = String(scanner.read(while: \.isPartialNameCharacter))
        scanner.read(while: \.isWhitespace)
        try readEndDelimiter(&scanner, state: state, tagStart: tagStart, closing: false, what: "a template name")
        return text
    }

    /// Reads a set-delimiter tag after its `=`.
    func parseSetDelimiter(_ scanner: inout Scanner, state: ParserState, tagStart: Int) throws(ParseStop) -> ParserState {
        scanner.read(while: \.isWhitespace)
        let start = scanner.read(until: \.isWhitespace)
        scanner.read(while: \.isWhitespace)
        let end = scanner.read(until: { $0 == "=" || $0.isWhitespace })
        scanner.read(while: \.isWhitespace)
        guard let start, let end, !start.isEmpty, !end.isEmpty,
            scanner.read("=") == .matched, scanner.read(state.endDelimiter) == .matched
        else {
            context.report(
                .syntax, at: location(tagStart),
                "malformed set-delimiter tag '\(wholeTag(from: tagStart, state: state))': write the new opening "
                    + "and closing delimiters between two '=' signs, separated by a space, e.g. \(state.tag("=<% %>="))")
            throw ParseStop()
        }
        return state.withDelimiters(start: Array(start), end: Array(end))
    }

    // MARK: - Private

    private func readEndDelimiter(
        _ scanner: inout Scanner, state: ParserState, tagStart: Int, closing: Bool, what: String
    ) throws(ParseStop) {
        let end = String(state.endDelimiter)
        switch scanner.read(state.endDelimiter) {
        case .matched:
            return
        case .overflow:
            context.report(
                .syntax, at: location(tagStart),
                "the tag '\(snippet(from: tagStart, to: scanner.characters.count))' is never closed: end it with '\(end)'")
        case .different:
            let found = scanner.current
            let written = snippet(from: tagStart, to: scanner.position + 1)
            if closing, found == "/", let parent = state.innermost, parent.kind == .parent, parent.name.contains("/") {
                let base = parent.name.split(separator: "/").last.map(String.init) ?? parent.name
                context.report(
                    .syntax, at: location(tagStart),
                    "the parent '\(parent.name)' cannot be closed: a closing tag's name cannot contain '/'; move "
                        + "templates/\(parent.name).mustache to templates/\(base).mustache and write \(state.tag("<" + base))")
            } else if Self.sigils.contains(found), scanner.characters[tagStart + state.startDelimiter.count].isWhitespace {
                context.report(
                    .syntax, at: location(tagStart),
                    "unfinished tag '\(written)': '\(found)' must follow '\(String(state.startDelimiter))' directly, "
                        + "as in \(state.tag(String(found) + "page.faq"))")
            } else {
                context.report(
                    .syntax, at: location(tagStart),
                    "unfinished tag '\(written)': expected \(what) and then '\(end)', found \(Self.describe(found)); "
                        + "a name may contain only letters, digits, '.', '-', '_', '?' and '*'"
                        + (what == "a template name" ? " (and '/' between folders)" : ""))
            }
        }
        throw ParseStop()
    }

    /// Splits `a(b(name))` into the name and its transforms, as swift-mustache does.
    private func splitTransforms(_ text: String, state: ParserState, tagStart: Int, end: Int) throws(ParseStop) -> TagName {
        var reader = Scanner(Array(text))
        let outer = String(reader.read(while: \.isPlainNameCharacter))
        if reader.reachedEnd { return TagName(name: text, transforms: []) }
        var transforms = [outer]
        if reader.current == "(" {
            reader.advance()
            while true {
                let name = String(reader.read(while: \.isPlainNameCharacter))
                if reader.current == ")" {
                    reader.advance()
                    let closing = reader.read(while: { $0 == ")" }).count
                    if closing + 1 == transforms.count, reader.reachedEnd {
                        return TagName(name: name, transforms: transforms)
                    }
                    break
                } else if reader.current == "(" {
                    reader.advance()
                    transforms.append(name)
                } else {
                    break
                }
            }
        }
        context.report(
            .syntax, at: location(tagStart),
            "malformed transform in '\(snippet(from: tagStart, to: end))': write transform(name) with every bracket "
                + "closed and nothing after it, e.g. \(state.tag("^empty(page.faq)"))")
        throw ParseStop()
    }

    /// A tag from its start to its end delimiter (or the end of its line), for a message.
    func wholeTag(from start: Int, state: ParserState) -> String {
        var reader = Scanner(text.characters, position: start + state.startDelimiter.count)
        if reader.skip(past: state.endDelimiter) { return snippet(from: start, to: reader.position) }
        let lineEnd = text.characters[start...].firstIndex { $0.isNewline } ?? text.characters.count
        return snippet(from: start, to: lineEnd)
    }

    /// The text of a tag for a message, cut short if long.
    private func snippet(from start: Int, to end: Int) -> String {
        let limit = 60
        let end = min(end, text.characters.count)
        if end - start > limit { return text.slice(start..<start + limit) + "…" }
        return text.slice(start..<end)
    }

    private static let sigils: Set<Character> = ["#", "^", "/", "!", ">", "<", "$", "&", "{", "=", "%"]

    private static func describe(_ character: Character) -> String {
        switch character {
        case " ": "a space"
        case "\t": "a tab"
        case "\n", "\r\n", "\r": "a line break"
        default: "'\(character)'"
        }
    }
}

extension Character {
    /// Letters, digits and `.-_?*`: what swift-mustache allows in a name, brackets aside.
    var isPlainNameCharacter: Bool {
        guard let ascii = asciiValue, self != "\r\n" else { return false }
        switch ascii {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
            return true
        default:
            return self == "." || self == "-" || self == "_" || self == "?" || self == "*"
        }
    }

    /// A character of a tag's name, transforms' brackets included.
    var isNameCharacter: Bool { isPlainNameCharacter || self == "(" || self == ")" }

    /// A character of a partial's name: a name's, and `/`.
    var isPartialNameCharacter: Bool { isNameCharacter || self == "/" }
}
