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
        if text.allSatisfy(\.isWhitespace) {
            throw PositionedError(mark: Mark(line: 1, column: 1), message: "the file is empty")
        }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)[...]
        guard let first = lines.first, isFence(first) else {
            throw PositionedError(
                mark: Mark(line: 1, column: 1),
                message: "the file must start with front matter: a line '---', the YAML, and another '---'"
            )
        }
        lines = lines.dropFirst()
        guard let closing = lines.firstIndex(where: isFence) else {
            throw PositionedError(
                mark: Mark(line: 1, column: 1),
                message: "the front matter opened here is never closed by a '---' line"
            )
        }
        let yaml = lines[lines.startIndex..<closing].joined(separator: "\n")
        let body = lines[(closing + 1)...].joined(separator: "\n")
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
