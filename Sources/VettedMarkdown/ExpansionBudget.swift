/// How large Markdown may grow when rendered. Link reference definitions let a small
/// text become a huge page (`[r]: /` and a long address, then `[r]` thousands of
/// times), and the cmark-gfm in Debian 12 has no limit of its own. Before parsing, an
/// upper estimate of what the definitions expand to is compared with the budget; after
/// rendering, the HTML itself is.
enum ExpansionBudget {
    /// Rendered HTML may be this many times the size of its Markdown…
    static let factor = 50
    /// …plus this much, so that a short note may still render a few tags.
    static let slack = 64 * 1_024

    static func limit(forBytes bytes: Int) -> Int { factor * bytes + slack }

    /// An upper estimate of the bytes link reference definitions add to the HTML: for
    /// each definition, the length of its line times the number of `[label]` spans
    /// that name it. Labels are compared ignoring case, as cmark-gfm does.
    /// - Returns: the estimate, and the 1-based line of the definition that adds most.
    static func referenceExpansion(in markdown: String) -> (bytes: Int, line: Int) {
        var markdown = markdown
        // Most texts have neither a definition (`]:`) nor a table (`|`): one pass says so.
        let (hasDefinitions, tables) = markdown.withUTF8 { bytes -> (Bool, Bool) in
            var definitions = false
            var tables = false
            var previous: UInt8 = 0
            for byte in bytes {
                if byte == UInt8(ascii: ":"), previous == UInt8(ascii: "]") { definitions = true }
                if byte == UInt8(ascii: "|") { tables = true }
                previous = byte
            }
            return (definitions, tables)
        }
        guard hasDefinitions || tables else { return (0, 1) }
        let bytes = Array(markdown.utf8)
        guard hasDefinitions else { return tableExpansion(bytes) }
        var definitions: [String: (length: Int, line: Int)] = [:]
        var uses: [String: Int] = [:]
        var line = 1
        // Whether the line so far holds only spaces and `>`: a definition may start there.
        var onlyIndent = true
        var index = 0
        // Every byte is looked at once (here or inside a label), so the scan is linear.
        func step(_ byte: UInt8) {
            if byte == 10 {
                line += 1
                onlyIndent = true
            } else if byte != UInt8(ascii: " "), byte != UInt8(ascii: ">") {
                onlyIndent = false
            }
        }
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "[") else {
                step(bytes[index])
                index += 1
                continue
            }
            let startsLine = onlyIndent
            let startLine = line
            step(bytes[index])
            // The longest label CommonMark allows is 999 characters.
            var end = index + 1
            while end < bytes.count, end - index <= 1_000, bytes[end] != UInt8(ascii: "]"), bytes[end] != UInt8(ascii: "[") {
                step(bytes[end])
                end += 1
            }
            guard end < bytes.count, bytes[end] == UInt8(ascii: "]") else {
                index = end
                continue
            }
            step(bytes[end])
            let label = key(bytes[(index + 1)..<end])
            uses[label, default: 0] += 1
            if startsLine, end + 1 < bytes.count, bytes[end + 1] == UInt8(ascii: ":") {
                // A definition: its destination and title, on this line and maybe the next.
                var stop = end + 2
                var newlines = 0
                while stop < bytes.count, newlines < 2 {
                    if bytes[stop] == 10 { newlines += 1 }
                    stop += 1
                }
                if (definitions[label]?.length ?? 0) < stop - end { definitions[label] = (stop - end, startLine) }
            }
            index = end + 1
        }
        var total = 0
        var worst = (bytes: 0, line: 1)
        for (label, definition) in definitions {
            let count = max(0, (uses[label] ?? 0) - 1)
            let added = definition.length.multipliedReportingOverflow(by: count).partialValue
            total = total.addingReportingOverflow(added).partialValue
            if added > worst.bytes { worst = (added, definition.line) }
        }
        let tableCost = tables ? tableExpansion(bytes) : (bytes: 0, line: 1)
        if tableCost.bytes > worst.bytes { worst = tableCost }
        return (total.addingReportingOverflow(tableCost.bytes).partialValue, worst.line)
    }

    /// A GFM table gives every row as many cells as its header has, so a header with
    /// many columns over many short rows grows quadratically: each delimiter row's
    /// column count times the rows below it, at the bytes of an empty cell.
    private static func tableExpansion(_ bytes: [UInt8]) -> (bytes: Int, line: Int) {
        let lines = bytes.split(separator: 10, omittingEmptySubsequences: false)
        var total = 0
        var worst = (bytes: 0, line: 1)
        var index = 0
        while index < lines.count {
            let line = lines[index]
            let isDelimiterRow = line.contains(UInt8(ascii: "-")) && line.contains(UInt8(ascii: "|"))
                && line.allSatisfy { [UInt8(ascii: "|"), UInt8(ascii: "-"), UInt8(ascii: ":"), 32, 9, 13].contains($0) }
            guard isDelimiterRow else {
                index += 1
                continue
            }
            var columns = 0
            var previous: UInt8 = 0
            for byte in line {
                if byte == UInt8(ascii: "-"), previous != UInt8(ascii: "-") { columns += 1 }
                previous = byte
            }
            var rows = 0
            var next = index + 1
            while next < lines.count, lines[next].contains(where: { $0 != 32 && $0 != 9 && $0 != 13 }) {
                rows += 1
                next += 1
            }
            let added = columns.multipliedReportingOverflow(by: rows * emptyCellBytes).partialValue
            total = total.addingReportingOverflow(added).partialValue
            if added > worst.bytes { worst = (added, index + 1) }
            index = next
        }
        return (total, worst.line)
    }

    /// `<td></td>\n`, the least an inserted cell adds.
    private static let emptyCellBytes = 10

    /// Case-insensitive, whitespace-collapsed, as reference labels match; upper then
    /// lower case also folds `ß` to `ss` and final sigma, as Unicode case folding does.
    private static func key(_ label: ArraySlice<UInt8>) -> String {
        let text = String(decoding: label, as: UTF8.self)
        return text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" })
            .joined(separator: " ").uppercased().lowercased()
    }
}
