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
        guard hasDefinitions else { return markdown.withUTF8 { tableExpansion($0) } }
        let bytes = Array(markdown.utf8)
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
        let tableCost = tables ? bytes.withUnsafeBufferPointer { tableExpansion($0) } : (bytes: 0, line: 1)
        if tableCost.bytes > worst.bytes { worst = tableCost }
        return (total.addingReportingOverflow(tableCost.bytes).partialValue, worst.line)
    }

    /// A GFM table gives every row as many cells as its header has, so a header with
    /// many columns over many short rows grows quadratically: each delimiter row's
    /// column count times the rows below it, at the bytes of an empty cell.
    private static func tableExpansion(_ bytes: UnsafeBufferPointer<UInt8>) -> (bytes: Int, line: Int) {
        var total = 0
        var worst = (bytes: 0, line: 1)
        // The table being read: the columns of its delimiter row, its line, its rows so far.
        var columns = 0
        var tableLine = 0
        var rows = 0
        func closeTable() {
            guard columns > 0 else { return }
            let added = columns.multipliedReportingOverflow(by: rows * emptyCellBytes).partialValue
            total = total.addingReportingOverflow(added).partialValue
            if added > worst.bytes { worst = (added, tableLine) }
            columns = 0
        }
        var start = 0
        var line = 1
        // One pass, line by line, without copying: the rows below a delimiter row are
        // the non-blank lines that follow it.
        while start <= bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != 10 { end += 1 }
            if columns > 0 {
                var blank = true
                for index in start..<end where bytes[index] != 32 && bytes[index] != 9 && bytes[index] != 13 {
                    blank = false
                    break
                }
                if blank { closeTable() } else { rows += 1 }
            } else {
                var dashes = false
                var pipes = false
                var delimiterRow = true
                var count = 0
                var previous: UInt8 = 0
                for index in start..<end {
                    let byte = bytes[index]
                    switch byte {
                    case UInt8(ascii: "-"):
                        dashes = true
                        if previous != UInt8(ascii: "-") { count += 1 }
                    case UInt8(ascii: "|"): pipes = true
                    case UInt8(ascii: ":"), 32, 9, 13: break
                    default: delimiterRow = false
                    }
                    if !delimiterRow { break }
                    previous = byte
                }
                if delimiterRow, dashes, pipes {
                    columns = count
                    tableLine = line
                    rows = 0
                }
            }
            start = end + 1
            line += 1
        }
        closeTable()
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
