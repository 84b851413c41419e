import VettedYAML

/// A Markdown file split into its YAML front matter and its body.
struct FrontMatter {
    /// The front matter mapping, marks counted from the top of the file.
    let node: Node
    /// The Markdown after the closing fence.
    let body: String
    /// The number of lines above the body (so body line 1 is file line `bodyLineOffset + 1`).
    let bodyLineOffset: Int

    /// Splits a file that starts with a `---` line and has a closing `---` line.
    /// - Throws: `PositionedError` for an empty file, a missing fence, or YAML that
    ///   cannot be read or is not a mapping.
    static func split(_ text: String, parser: YAMLParser = YAMLParser()) throws(PositionedError) -> FrontMatter {
        // Stops at the first character that is not white space, the first byte of most files.
        if text.first(where: { !$0.isWhitespace }) == nil {
            throw PositionedError(mark: Mark(line: 1, column: 1), message: "the file is empty")
        }
        // Lines are found on the UTF-8 bytes: splitting by Character would pay for
        // grapheme breaking on every byte of every review.
        let utf8 = text.utf8
        func line(at start: String.Index) -> (text: Substring, next: String.Index?) {
            guard let newline = utf8[start...].firstIndex(of: 10) else { return (text[start...], nil) }
            return (text[start..<newline], utf8.index(after: newline))
        }
        let first = line(at: text.startIndex)
        guard isFence(first.text), let yamlStart = first.next else {
            throw PositionedError(
                mark: Mark(line: 1, column: 1),
                message: "the file must start with front matter: a line '---', the YAML, and another '---'"
            )
        }
        var cursor: String.Index? = yamlStart
        var closing = 1
        var found: (start: String.Index, next: String.Index?)?
        while let start = cursor {
            let current = line(at: start)
            if isFence(current.text) {
                found = (start, current.next)
                break
            }
            closing += 1
            cursor = current.next
        }
        guard let fence = found else {
            throw PositionedError(
                mark: Mark(line: 1, column: 1),
                message: "the front matter opened here is never closed by a '---' line"
            )
        }
        // The YAML keeps its last newline out, as the line-by-line split did.
        let yamlEnd = fence.start > yamlStart ? utf8.index(before: fence.start) : yamlStart
        let yaml = String(text[yamlStart..<yamlEnd])
        let body = fence.next.map { String(text[$0...]) } ?? ""
        let root: Node?
        do {
            root = try parser.parse(yaml, lineOffset: 1)
        } catch {
            throw PositionedError(mark: error.mark, message: error.message)
        }
        guard let root else {
            throw PositionedError(mark: Mark(line: 2, column: 1), message: "the front matter is empty")
        }
        guard root.mapping != nil else {
            throw PositionedError(
                mark: root.mark,
                message: "the front matter must be a mapping of keys to values, not \(root.kindDescription)"
            )
        }
        return FrontMatter(node: root, body: body, bodyLineOffset: closing + 1)
    }

    private static func isFence(_ line: Substring) -> Bool {
        line.hasPrefix("---") && line.dropFirst(3).allSatisfy { $0 == " " || $0 == "\t" }
    }
}
