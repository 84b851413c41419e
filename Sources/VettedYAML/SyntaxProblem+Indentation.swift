/// Lines indented more or less than the keys or items they belong with.
extension SyntaxProblem {
    /// A key or list item of a line above, at the column where it starts.
    struct Entry {
        let line: Int
        let column: Int
        /// The key, or nil for a `-` list item marker.
        let key: String?
    }

    /// "did not find expected key" and "did not find expected '-' indicator" at the
    /// start of a line: the line is indented less than the keys or items above it.
    func indentation(_ source: SourceView) -> Explanation? {
        guard problem == "did not find expected key" || problem.hasPrefix("did not find expected '-'") else { return nil }
        let line = source.line(of: problemIndex)
        let shape = source.shape(ofLine: line)
        let start = source.range(ofLine: line).lowerBound
        let column = source.column(of: problemIndex)
        guard column == shape.indent || column == shape.contentColumn else {
            return Explanation(
                index: problemIndex,
                message: "this text follows a complete value on the same line; remove it, or put the whole value in quotes")
        }
        let isItem = shape.dashes.first == column
        guard isItem || shape.key != nil else { return nil }
        let entries = openEntries(above: line, in: source)
        let siblings = entries.filter { ($0.key == nil) == isItem }
        // The nearest column to the right, the keys the line fell short of; else the
        // nearest to the left.
        let target = siblings.filter { $0.column > column }.min { $0.column < $1.column }
            ?? siblings.filter { $0.column < column }.max { $0.column < $1.column }
        if let target {
            return lineUp(start + column, column: column, with: target, item: isItem, after: shape.indent < column)
        }
        if isItem, entries.contains(where: { $0.key != nil && $0.column == column }) {
            return Explanation(
                index: problemIndex,
                message: "a list item cannot stand among the keys of a mapping; indent it under the key whose list it is")
        }
        if !isItem, entries.contains(where: { $0.key == nil && $0.column == column }) {
            return Explanation(
                index: problemIndex,
                message: "a key cannot stand among the items of a list; start it with '- ' to make it an item,"
                    + " or indent it like the keys of the item above")
        }
        return nil
    }

    /// A `key:` line indented more than its siblings, which libyaml read as more of the
    /// value above it.
    func overIndented(_ line: Int, in source: SourceView) -> Explanation? {
        let shape = source.shape(ofLine: line)
        let column = shape.contentColumn
        let entries = openEntries(above: line, in: source).filter { $0.key != nil }
        guard let target = entries.filter({ $0.column < column }).max(by: { $0.column < $1.column }) else { return nil }
        return lineUp(
            source.range(ofLine: line).lowerBound + column, column: column, with: target, item: false, after: shape.indent < column)
    }

    private func lineUp(_ index: Int, column: Int, with target: Entry, item: Bool, after dash: Bool) -> Explanation {
        let spaces = column == 1 ? "1 space" : "\(column) spaces"
        let what = dash ? "this key starts at column \(column + 1)" : (column == 0 ? "this line is not indented" : "this line is indented \(spaces)")
        let siblings = item ? "the items of this list start" : "the keys of this mapping start"
        let name = target.key.map { "'\($0)'" } ?? "the '-'"
        return Explanation(
            index: index,
            message: "\(what), but \(siblings) at column \(target.column + 1); line it up with \(name) on line \(target.line + 1 + lineOffset)")
    }

    /// The keys and list items still open at a line: walking up, each one that starts
    /// left of everything met so far, nearest first.
    func openEntries(above line: Int, in source: SourceView) -> [Entry] {
        var entries: [Entry] = []
        var limit = Int.max
        var current = line - 1
        while current >= 0, limit > 0 {
            let shape = source.shape(ofLine: current)
            current -= 1
            guard !shape.isBlank, shape.key != nil || !shape.dashes.isEmpty else { continue }
            var found: [Entry] = shape.dashes.map { Entry(line: current + 1, column: $0, key: nil) }
            if let key = shape.key { found.append(Entry(line: current + 1, column: shape.contentColumn, key: key)) }
            for entry in found.reversed() where entry.column < limit {
                entries.append(entry)
                limit = entry.column
            }
        }
        return entries
    }
}
