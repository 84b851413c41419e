/// A libyaml failure put in the author's words: the mistake it most likely is, where
/// it is, and how to fix it. libyaml names what its parser expected ("mapping values
/// are not allowed in this context"); the characters around its marks tell what the
/// author wrote.
struct SyntaxProblem {
    /// libyaml's problem, and the character index it points at.
    let problem: String
    let problemIndex: Int
    /// What libyaml was reading ("while scanning a quoted scalar"), and where that began.
    let context: String?
    let contextIndex: Int
    /// Lines above the text in its file, so a line a message names is the file's.
    var lineOffset = 0

    /// A message and the character index it belongs at.
    struct Explanation {
        let index: Int
        let message: String
    }

    /// The problem explained, or libyaml's words under a plain heading when it is not
    /// one of the mistakes recognised here.
    func explained(in source: SourceView) -> Explanation {
        if let known = tab(source) ?? quote(source) ?? flow(source) ?? colon(source) ?? indentation(source) ?? other(source) {
            return known
        }
        var message = "this YAML cannot be read: \(problem)"
        if let context { message += " (\(context))" }
        return Explanation(index: problemIndex, message: message)
    }

    // MARK: - Tabs

    private func tab(_ source: SourceView) -> Explanation? {
        let atMark = source[problemIndex] == "\t"
        guard atMark || problem.contains("tab character") else { return nil }
        let line = source.range(ofLine: source.line(of: problemIndex))
        let index = atMark ? problemIndex : (line.first { source[$0] == "\t" } ?? problemIndex)
        let leading = source.slice(line.lowerBound, index).allSatisfy { $0 == " " || $0 == "\t" || $0 == "-" }
        return Explanation(
            index: index,
            message: leading
                ? "a tab is used for indentation here; YAML indents with spaces only: replace the tab with spaces"
                : "YAML does not allow a tab here: replace the tab with spaces")
    }

    // MARK: - Colons

    private func colon(_ source: SourceView) -> Explanation? {
        if problem == "block sequence entries are not allowed in this context" {
            let shape = source.shape(ofLine: source.line(of: problemIndex))
            if let key = shape.key, let colon = shape.keyColon, colon < problemIndex {
                return Explanation(
                    index: problemIndex,
                    message: "a list cannot start on the line of its key: put each '- ' item on a line of its own"
                        + " below '\(key):', indented; or, for a value that starts with '-', put it in quotes")
            }
            return nil
        }
        guard problem == "mapping values are not allowed in this context", source[problemIndex] == ":" else { return nil }
        let line = source.line(of: problemIndex)
        let shape = source.shape(ofLine: line)
        if let colon = shape.keyColon, colon < problemIndex {
            return valueWithColon(at: problemIndex, in: source, flow: false)
        }
        // The line's own key: libyaml read the line as more of the value above it.
        if let key = shape.key, !key.contains(" "), let lineUp = overIndented(line, in: source) {
            return lineUp
        }
        return Explanation(
            index: problemIndex,
            message: "this line continues the value above it, and its ': ' reads as a new key;"
                + " put the whole value in quotes, or indent this line like the key it belongs with")
    }

    /// `title: Lumo: private AI`: the message names the value and shows it quoted.
    func valueWithColon(at index: Int, in source: SourceView, flow: Bool) -> Explanation {
        let lineRange = source.range(ofLine: source.line(of: index))
        let atEnd = source.text(index + 1, lineRange.upperBound).trimmingTrailingSpaces.isEmpty
        let holds = atEnd ? "ends in ':'" : "holds ': '"
        var message = "this value \(holds), which YAML reads as a new key; put the value in quotes"
        if let fix = quotedFix(around: index, in: source, flow: flow) { message += ": " + fix }
        return Explanation(index: index, message: message)
    }

    /// The author's `key: value` with the value in double quotes, or nil when the line
    /// is not that simple.
    private func quotedFix(around index: Int, in source: SourceView, flow: Bool) -> String? {
        let lineRange = source.range(ofLine: source.line(of: index))
        var start = lineRange.lowerBound
        var end = lineRange.upperBound
        if flow {
            // The entry between the nearest '{', '[' or ',' and the next ',', ']' or '}'.
            var back = index
            while back > lineRange.lowerBound, let scalar = source[back - 1], !"{[,".unicodeScalars.contains(scalar) { back -= 1 }
            var forward = index
            while forward < lineRange.upperBound, let scalar = source[forward], !",]}".unicodeScalars.contains(scalar) { forward += 1 }
            start = back
            end = forward
        } else {
            let shape = source.shape(ofLine: source.line(of: index))
            start = lineRange.lowerBound + shape.contentColumn
            // A comment after the value stays out of it.
            if let hash = (index..<max(index, end)).first(where: { source[$0] == "#" && source[$0 - 1] == " " }) { end = hash }
        }
        let entry = Array(source.slice(start, end))
        guard let separator = entry.indices.first(where: { entry[$0] == ":" && $0 + 1 < entry.count && entry[$0 + 1] == " " })
        else { return nil }
        let key = SourceView.string(entry[..<separator]).trimmingTrailingSpaces.trimmingLeadingSpaces
        let value = SourceView.string(entry[(separator + 1)...]).trimmingTrailingSpaces.trimmingLeadingSpaces
        guard !key.isEmpty, !value.isEmpty, !key.contains("\""), !key.contains("'") else { return nil }
        return "\(key): \(value.doubleQuoted)"
    }

    // MARK: - Others

    private func other(_ source: SourceView) -> Explanation? {
        if problem == "could not find expected ':'", context == "while scanning a simple key" {
            let line = source.range(ofLine: source.line(of: contextIndex))
            let text = source.text(contextIndex, line.upperBound).trimmingTrailingSpaces
            // Words only: a line of brackets or quotes is some other mistake.
            guard let first = text.unicodeScalars.first, first.properties.isAlphabetic || ("0"..."9").contains(first),
                !text.unicodeScalars.contains(where: { "\"'[]{}#:\t".unicodeScalars.contains($0) })
            else { return nil }
            return Explanation(
                index: contextIndex,
                message: "'\(text)' stands where a key is expected but has no ':'; if it continues the value above,"
                    + " indent it more than that value's key; if it is a key, write '\(text): value'")
        }
        if problem == "found character that cannot start any token", let scalar = source[problemIndex],
            "@`%".unicodeScalars.contains(scalar)
        {
            var message = "a value cannot start with '\(scalar)' unless it is in quotes; put the value in quotes"
            let line = source.range(ofLine: source.line(of: problemIndex))
            let shape = source.shape(ofLine: source.line(of: problemIndex))
            if let key = shape.key, let colon = shape.keyColon, colon < problemIndex {
                message += ": \(key): \(source.text(problemIndex, line.upperBound).trimmingTrailingSpaces.doubleQuoted)"
            }
            return Explanation(index: problemIndex, message: message)
        }
        return nil
    }
}
