/// Parses one template into a ``Body``, step by step as swift-mustache 2.1.1 parses it
/// (`Template+Parser.swift`), so that the same text splits into the same pieces and
/// the same white space is kept or dropped around standalone tags.
///
/// Where swift-mustache throws, the parser records a problem; it reads on past the
/// mistakes it can recover from (a section closed with the wrong name, an unsupported
/// tag) to report more than one, and stops at the others (an unfinished tag).
final class TemplateParser {
    let text: TemplateText
    let template: Int
    let context: CompileContext
    /// While unwinding after a closing tag that closed an outer section (the inner ones
    /// were never closed): the number of sections that stay open.
    private var unwindTo: Int?

    init(text: String, template: Int, context: CompileContext) {
        self.text = TemplateText(text)
        self.template = template
        self.context = context
    }

    /// The parsed template, or `nil` if a mistake stopped the parser.
    func parseTemplate() -> Body? {
        var scanner = Scanner(text.characters)
        let problemsBefore = context.problemCount
        do {
            let parsed = try parse(&scanner, state: ParserState())
            let body = makeBody(parsed, opened: nil)
            return context.problemCount == problemsBefore ? body : nil
        } catch {
            return nil
        }
    }

    // MARK: - The main loop

    /// Parses until the end of the text, or the closing tag of the innermost open section.
    func parse(_ scanner: inout Scanner, state initial: ParserState) throws(ParseStop) -> [Parsed] {
        var tokens: [Parsed] = []
        var state = initial
        var whiteSpaceBefore = ""
        while !scanner.reachedEnd {
            if state.newLine {
                let whiteSpace = scanner.read(while: \.isSpaceOrTab)
                if state.isPartialDefinition, !state.isPartialDefinitionTopLevel {
                    // A block filling loses the indentation of its first line on every line.
                    if let indent = state.partialDefinitionIndent {
                        whiteSpaceBefore = String(whiteSpace.dropFirst(indent))
                    } else {
                        state.partialDefinitionIndent = whiteSpace.count
                    }
                } else {
                    whiteSpaceBefore = String(whiteSpace)
                }
            }
            let (text, tagStart) = try readText(&scanner, state: state)
            if scanner.current.isNewline {
                if let tagStart {
                    // swift-mustache reads "{{" and a line break as text, dropping the "{{".
                    let delimiter = String(state.startDelimiter)
                    context.report(
                        .unsupported, at: location(tagStart),
                        "'\(delimiter)' is followed by a line break: a tag is written on one line, like "
                            + "\(state.tag("page.title")) (to show '\(delimiter)' itself, change the delimiters: "
                            + "\(state.tag("=<% %>=")))")
                }
                tokens.append(.text(whiteSpaceBefore + text + String(scanner.current)))
                state.newLine = true
                scanner.advance()
                continue
            }
            if !text.isEmpty {
                tokens.append(.text(whiteSpaceBefore + text))
                whiteSpaceBefore = ""
                state.newLine = false
            }
            guard let tagStart else { break }
            let tagLocation = location(tagStart)
            guard !scanner.reachedEnd else {
                // swift-mustache drops a delimiter that ends the text without a word.
                context.report(
                    .unsupported, at: tagLocation,
                    "the template ends with '\(String(state.startDelimiter))', the start of a tag: "
                        + "finish the tag (\(state.tag("page.title"))) or remove it")
                break
            }
            var setNewLine = false
            switch scanner.current {
            case "#", "^":
                let kind: OpenSection.Kind = scanner.current == "#" ? .section : .invertedSection
                scanner.advance()
                let name = try parseName(&scanner, state: state, tagStart: tagStart)
                if isStandalone(&scanner, state: state) {
                    setNewLine = true
                } else if !whiteSpaceBefore.isEmpty {
                    tokens.append(.text(whiteSpaceBefore))
                    whiteSpaceBefore = ""
                }
                let tag = self.text.slice(tagStart..<scanner.position)
                let open = OpenSection(
                    kind: kind, name: name.name, transforms: name.transforms, written: name.written, location: tagLocation)
                let inner = try parse(&scanner, state: state.entering(open, newLine: setNewLine))
                let lookup = makeLookup(name, tag: tag, at: tagLocation)
                let body = makeBody(inner, opened: tagLocation)
                let node: Node = kind == .section ? .section(lookup, body) : .invertedSection(lookup, body)
                tokens.append(.node(node, tag: tag, location: tagLocation))
                if unwinding(state) { return tokens }

            case "/":
                scanner.advance()
                let name = try parseName(&scanner, state: state, tagStart: tagStart, closing: true)
                let tag = self.text.slice(tagStart..<scanner.position)
                let closesInnermost = closes(name, state.innermost)
                if !closesInnermost { reportClose(name, tag: tag, at: tagLocation, state: state) }
                if isStandalone(&scanner, state: state) {
                    setNewLine = true
                } else if !whiteSpaceBefore.isEmpty {
                    tokens.append(.text(whiteSpaceBefore))
                    whiteSpaceBefore = ""
                }
                if !state.open.isEmpty { return tokens }

            case "!":
                scanner.advance()
                guard scanner.skip(past: state.endDelimiter) else {
                    context.report(
                        .syntax, at: tagLocation,
                        "the comment is never closed: end it with '\(String(state.endDelimiter))'")
                    throw ParseStop()
                }
                setNewLine = isStandalone(&scanner, state: state)

            case "{", "&":
                let tripleBrace = scanner.current == "{"
                if !whiteSpaceBefore.isEmpty {
                    tokens.append(.text(whiteSpaceBefore))
                    whiteSpaceBefore = ""
                }
                scanner.advance()
                let name = try parseName(&scanner, state: state, tagStart: tagStart)
                if tripleBrace, scanner.read("}") != .matched {
                    let written = self.text.slice(tagStart..<scanner.position)
                    context.report(
                        .syntax, at: tagLocation,
                        "the tag '\(written)' needs a third '}': write \(state.tag("{" + name.written + "}")), "
                            + "or \(state.tag("&" + name.written))")
                    throw ParseStop()
                }
                let tag = self.text.slice(tagStart..<scanner.position)
                tokens.append(.node(.value(makeLookup(name, tag: tag, at: tagLocation), escaped: false), tag: tag, location: tagLocation))

            case ">":
                scanner.advance()
                scanner.read(while: \.isWhitespace)
                var dynamic = false
                if scanner.current == "*" {
                    scanner.advance()
                    dynamic = true
                }
                let name = try parsePartialName(&scanner, state: state, tagStart: tagStart)
                let tag = self.text.slice(tagStart..<scanner.position)
                if !whiteSpaceBefore.isEmpty { tokens.append(.text(whiteSpaceBefore)) }
                let standalone = isStandalone(&scanner, state: state)
                setNewLine = standalone
                if let template = resolveTemplate(name, dynamic: dynamic, parent: false, tag: tag, at: tagLocation, state: state) {
                    let inclusion = Inclusion(
                        template: template, indentation: standalone ? whiteSpaceBefore : nil, location: tagLocation)
                    tokens.append(.node(.partial(inclusion), tag: tag, location: tagLocation))
                }
                whiteSpaceBefore = ""

            case "<":
                scanner.advance()
                scanner.read(while: \.isWhitespace)
                let name = try parsePartialName(&scanner, state: state, tagStart: tagStart)
                let tag = self.text.slice(tagStart..<scanner.position)
                let dynamic = name.first == "*"
                if !whiteSpaceBefore.isEmpty { tokens.append(.text(whiteSpaceBefore)) }
                if isStandalone(&scanner, state: state) { setNewLine = true }
                let open = OpenSection(kind: .parent, name: name, transforms: [], written: name, location: tagLocation)
                let inner = try parse(&scanner, state: state.enteringParent(open))
                let fillings = collectFillings(inner, parent: name, state: state)
                let target = dynamic ? String(name.dropFirst()) : name
                if let template = resolveTemplate(target, dynamic: dynamic, parent: true, tag: tag, at: tagLocation, state: state) {
                    let inclusion = Inclusion(template: template, indentation: whiteSpaceBefore, location: tagLocation)
                    tokens.append(.node(.parent(inclusion, fillings: fillings), tag: tag, location: tagLocation))
                }
                whiteSpaceBefore = ""
                if unwinding(state) { return tokens }

            case "$":
                scanner.advance()
                let name = try parseName(&scanner, state: state, tagStart: tagStart)
                let tag = self.text.slice(tagStart..<scanner.position)
                if !name.transforms.isEmpty {
                    context.report(
                        .syntax, at: tagLocation,
                        "a block cannot take a transform: write \(state.tag("$" + name.name)) instead of '\(tag)'")
                } else if name.name.isEmpty {
                    context.report(.unsupported, at: tagLocation, "the block in '\(tag)' has no name: write \(state.tag("$content"))")
                }
                let block = context.block(named: name.name)
                if state.isPartialDefinitionTopLevel {
                    if isStandalone(&scanner, state: state) { setNewLine = true }
                    let open = OpenSection(
                        kind: .filling, name: name.name, transforms: name.transforms, written: name.written, location: tagLocation)
                    let inner = try parse(&scanner, state: state.entering(open, newLine: setNewLine))
                    tokens.append(.filling(block: block, body: makeBody(inner, opened: tagLocation)))
                } else {
                    if !whiteSpaceBefore.isEmpty { tokens.append(.text(whiteSpaceBefore)) }
                    if isStandalone(&scanner, state: state) { setNewLine = true }
                    let open = OpenSection(
                        kind: .block, name: name.name, transforms: name.transforms, written: name.written, location: tagLocation)
                    let inner = try parse(&scanner, state: state.entering(open, newLine: setNewLine))
                    let slot = BlockSlot(block: block, defaultBody: makeBody(inner, opened: tagLocation), indentation: whiteSpaceBefore, location: tagLocation)
                    tokens.append(.node(.block(slot), tag: tag, location: tagLocation))
                    whiteSpaceBefore = ""
                }
                if unwinding(state) { return tokens }

            case "=":
                scanner.advance()
                state = try parseSetDelimiter(&scanner, state: state, tagStart: tagStart)
                setNewLine = isStandalone(&scanner, state: state)

            case "%":
                scanner.advance()
                let tag = wholeTag(from: tagStart, state: state)
                guard scanner.skip(past: state.endDelimiter) else {
                    context.report(.syntax, at: tagLocation, "the tag '\(tag)' is never closed: end it with '\(String(state.endDelimiter))'")
                    throw ParseStop()
                }
                context.report(
                    .unsupported, at: tagLocation,
                    "pragmas ('\(tag)') are not supported: remove the tag; every template is HTML, escaped by \(state.tag("name")) "
                        + "and written as it is by \(state.tag("{name}"))")
                setNewLine = isStandalone(&scanner, state: state)

            default:
                if !whiteSpaceBefore.isEmpty {
                    tokens.append(.text(whiteSpaceBefore))
                    whiteSpaceBefore = ""
                }
                let name = try parseName(&scanner, state: state, tagStart: tagStart)
                let tag = self.text.slice(tagStart..<scanner.position)
                tokens.append(.node(.value(makeLookup(name, tag: tag, at: tagLocation), escaped: true), tag: tag, location: tagLocation))
            }
            state.newLine = setNewLine
        }
        if let open = state.innermost {
            context.report(
                .syntax, at: open.location,
                "\(open.kind.noun) '\(open.written)' is never closed: add \(state.tag("/" + open.written))")
        }
        return tokens
    }

    // MARK: - Standalone tags

    /// A tag is standalone when only spaces and tabs surround it on its line; its line
    /// break (if any) is then consumed with it.
    func isStandalone(_ scanner: inout Scanner, state: ParserState) -> Bool {
        state.newLine && hasLineFinished(&scanner)
    }

    private func hasLineFinished(_ scanner: inout Scanner) -> Bool {
        if scanner.reachedEnd { return true }
        var lookahead = scanner
        lookahead.read(while: \.isSpaceOrTab)
        guard lookahead.current.isNewline else { return false }
        lookahead.advance()
        scanner.position = lookahead.position
        return true
    }

    // MARK: - Closing tags

    private func closes(_ name: TagName, _ open: OpenSection?) -> Bool {
        guard let open else { return false }
        return open.name == name.name && open.transforms == name.transforms
    }

    /// Reports a closing tag that does not close the innermost section. If it closes an
    /// outer one, the sections inside that one were never closed: the parser unwinds to it.
    private func reportClose(_ name: TagName, tag: String, at location: TemplateLocation, state: ParserState) {
        guard let innermost = state.innermost else {
            context.report(
                .syntax, at: location,
                "'\(tag)' closes a section that is not open: remove it, or open the section with \(state.tag("#" + name.written))")
            return
        }
        if let outer = state.open.dropLast().lastIndex(where: { closes(name, $0) }) {
            for unclosed in state.open[(outer + 1)...].reversed() {
                context.report(
                    .syntax, at: unclosed.location,
                    "\(unclosed.kind.noun) '\(unclosed.written)' is never closed: add \(state.tag("/" + unclosed.written)) "
                        + "before '\(tag)' at \(location.line):\(location.column)")
            }
            unwindTo = outer + 1
            return
        }
        context.report(
            .syntax, at: location,
            "\(innermost.kind.noun) '\(innermost.written)' opened at \(innermost.location.line):\(innermost.location.column) "
                + "is closed with '\(name.written)': close it with \(state.tag("/" + innermost.written))")
    }

    /// After a nested section returned: whether this level returns too, because the
    /// closing tag that ended the nested one belongs to this level or an outer one.
    private func unwinding(_ state: ParserState) -> Bool {
        guard let target = unwindTo else { return false }
        if target == state.open.count { unwindTo = nil }
        return true
    }

    // MARK: - Helpers

    func location(_ index: Int) -> TemplateLocation {
        let position = text.position(of: index)
        return TemplateLocation(template: template, line: position.line, column: position.column)
    }
}
