/// Quotes, lists and mappings that are never closed, or closed too early.
extension SyntaxProblem {
    // MARK: - Quotes

    func quote(_ source: SourceView) -> Explanation? {
        if context == "while scanning a quoted scalar", problem.contains("end of stream"),
            let mark = source[contextIndex], mark == "\"" || mark == "'"
        {
            return unclosed(quoteAt: contextIndex, in: source)
        }
        if let opening = swallowingQuote(in: source) { return unclosed(quoteAt: opening, in: source) }
        if problem == "found unknown escape character", source[problemIndex] == "\\" {
            let escape = source.text(problemIndex, problemIndex + 2)
            return Explanation(
                index: problemIndex,
                message: "'\(escape)' is not an escape YAML knows in double quotes; write '\\\\' for a backslash,"
                    + " or put the value in single quotes")
        }
        guard problem == "did not find expected key" || problem.hasPrefix("did not find expected '-'") else { return nil }
        // Text right after a closing quote: `title: "a" b`.
        var before = problemIndex - 1
        while before >= 0, source[before] == " " { before -= 1 }
        guard let closing = source[before], closing == "\"" || closing == "'" else { return nil }
        return Explanation(
            index: problemIndex,
            message: "this text follows the closing quote of the value; a quoted value ends at its closing quote:"
                + " remove this text, or put the whole value in quotes")
    }

    /// A quote left open at the end of its line while the lines after it look like the
    /// keys it was meant to sit among: the next quote closed it, far from its own line,
    /// and libyaml failed somewhere after that.
    private func swallowingQuote(in source: SourceView) -> Int? {
        var open: (index: Int, indent: Int)?
        var index = 0
        var line = 0
        while index < min(problemIndex, source.scalars.count) {
            let scalar = source.scalars[index]
            if index == source.range(ofLine: line).upperBound {
                // A line break: move to the next line and look at it from inside the quote.
                line += 1
                index = source.range(ofLine: line).lowerBound
                if let quote = open {
                    let shape = source.shape(ofLine: line)
                    if shape.key != nil, shape.indent <= quote.indent { return quote.index }
                }
                continue
            }
            if let quote = open {
                // An escape skips the next character, but never the line's end.
                if scalar == "\\", source.scalars[quote.index] == "\"", index + 1 < source.range(ofLine: line).upperBound {
                    index += 1
                } else if scalar == source.scalars[quote.index] {
                    if scalar == "'", source[index + 1] == "'" { index += 1 } else { open = nil }
                }
            } else if scalar == "\"" || scalar == "'" {
                // A quote starts a value only where a value starts.
                let lineStart = source.range(ofLine: line).lowerBound
                let previous = source.slice(lineStart, index).last { $0 != " " }
                if previous.map({ ":[{,-?".unicodeScalars.contains($0) }) ?? true {
                    open = (index, source.shape(ofLine: line).indent)
                }
            } else if scalar == "#", index == 0 || source[index - 1] == " " {
                index = source.range(ofLine: line).upperBound
                continue
            }
            index += 1
        }
        return nil
    }

    private func unclosed(quoteAt index: Int, in source: SourceView) -> Explanation {
        let mark = source[index] == "'" ? "'" : "\""
        return Explanation(index: index, message: "this quote is never closed; add the closing \(mark) at the end of the value")
    }

    // MARK: - Flow lists and mappings

    func flow(_ source: SourceView) -> Explanation? {
        guard problem.hasPrefix("did not find expected ','"),
            context == "while parsing a flow sequence" || context == "while parsing a flow mapping",
            let open = source[contextIndex], open == "[" || open == "{"
        else { return nil }
        let isList = open == "["
        let close = isList ? "]" : "}"
        if neverClosed(contextIndex, in: source) {
            return Explanation(
                index: contextIndex,
                message: isList
                    ? "this list is never closed: add '\(close)' after its last item"
                    : "this mapping is never closed: add '\(close)' after its last key and value")
        }
        if source[problemIndex] == ":" { return valueWithColon(at: problemIndex, in: source, flow: true) }
        return Explanation(
            index: problemIndex,
            message: "a ',' or '\(close)' is missing here: separate the \(isList ? "items" : "entries") with commas,"
                + " and put an item that holds ',', ':' or quotes in quotes")
    }

    /// True when no bracket closes the one at `open` before the text returns to the
    /// indentation of the line it opened on, or ends.
    private func neverClosed(_ open: Int, in source: SourceView) -> Bool {
        let openLine = source.line(of: open)
        let indent = source.shape(ofLine: openLine).indent
        var depth = 0
        var index = open
        var quote: Unicode.Scalar?
        while let scalar = source[index] {
            let line = source.line(of: index)
            if line != openLine, index == source.range(ofLine: line).lowerBound {
                let shape = source.shape(ofLine: line)
                if quote == nil, !shape.isBlank, shape.indent <= indent { return true }
            }
            if let open = quote {
                if scalar == "\\", open == "\"" {
                    index += 1
                } else if scalar == open {
                    quote = nil
                }
            } else if scalar == "\"" || scalar == "'" {
                quote = scalar
            } else if scalar == "#", index > 0, source[index - 1] == " " {
                index = source.range(ofLine: line).upperBound
                continue
            } else if scalar == "[" || scalar == "{" {
                depth += 1
            } else if scalar == "]" || scalar == "}" {
                depth -= 1
                if depth == 0 { return false }
            }
            index += 1
        }
        return true
    }
}
