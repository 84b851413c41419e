/// What the parser knows at a point of a template: the same flags as swift-mustache's
/// `ParserState`, copied into every nested section and never handed back out of it
/// (so a set-delimiter tag inside a section ends with the section, as there).
struct ParserState {
    /// The sections open around this point, outermost first.
    var open: [OpenSection] = []
    /// Only white space has been read since the last line break (or a standalone tag).
    var newLine = true
    /// Inside a parent tag (`{{<name}}`), at any depth.
    var isPartialDefinition = false
    /// Directly inside a parent tag, where `{{$name}}` fills a block.
    var isPartialDefinitionTopLevel = false
    var startDelimiter: [Character] = ["{", "{"]
    var endDelimiter: [Character] = ["}", "}"]
    /// The white space before the first line of a block filling, which is taken off
    /// every line of it.
    var partialDefinitionIndent: Int?

    var innermost: OpenSection? { open.last }

    /// The state inside a section, inverted section or block.
    func entering(_ section: OpenSection, newLine standalone: Bool) -> ParserState {
        var state = self
        state.open.append(section)
        state.isPartialDefinitionTopLevel = false
        if !standalone { state.newLine = false }
        return state
    }

    /// The state directly inside a parent tag.
    func enteringParent(_ section: OpenSection) -> ParserState {
        var state = self
        state.open.append(section)
        state.newLine = true
        state.isPartialDefinition = true
        state.isPartialDefinitionTopLevel = true
        return state
    }

    /// The state after a set-delimiter tag. Directly inside a parent tag, `{{$name}}`
    /// no longer fills a block after one (swift-mustache's rule).
    func withDelimiters(start: [Character], end: [Character]) -> ParserState {
        var state = self
        state.startDelimiter = start
        state.endDelimiter = end
        state.isPartialDefinitionTopLevel = false
        return state
    }

    /// A tag written with the current delimiters, for messages: `tag("/page.faq")`.
    func tag(_ content: String) -> String {
        String(startDelimiter) + content + String(endDelimiter)
    }
}

/// A section, inverted section, parent or block whose closing tag is still to come.
struct OpenSection {
    enum Kind {
        case section, invertedSection, parent, block, filling

        var noun: String {
            switch self {
            case .section: "section"
            case .invertedSection: "inverted section"
            case .parent: "parent"
            case .block, .filling: "block"
            }
        }
    }

    let kind: Kind
    /// The name as swift-mustache compares it with the closing tag's.
    let name: String
    let transforms: [String]
    /// The name as written, transforms included: `empty(page.toc)`.
    let written: String
    let location: TemplateLocation
}

/// A name read from a tag: `empty(page.toc)` is the name `page.toc` with `[empty]`.
struct TagName: Equatable {
    let name: String
    /// Outermost first, as written.
    let transforms: [String]

    /// The name as written.
    var written: String {
        transforms.reversed().reduce(name) { inner, transform in "\(transform)(\(inner))" }
    }
}

/// One piece of parsed content, before it becomes part of a ``Body``.
enum Parsed {
    case text(String)
    /// A node, with the tag that made it (for the message if it is misplaced).
    case node(Node, tag: String, location: TemplateLocation)
    /// `{{$name}}…{{/name}}` directly inside a parent tag.
    case filling(block: Int, body: Body)
}

/// Parsing of a template stopped at a mistake it cannot read past; the problem has
/// been recorded.
struct ParseStop: Error {}
