/// A place in an author's template file, 1-based; columns count Unicode scalars.
struct TemplateLocation: Sendable, Hashable {
    /// The template the place is in, as an index into the library's templates.
    let template: Int
    let line: Int
    let column: Int
}

/// A run of parsed template content: what a section, a block or a whole template renders.
///
/// Every body has a number unique in its library, so the recursion check can tell
/// bodies apart without comparing their contents.
struct Body: Sendable {
    let id: Int
    /// The pieces, text split as swift-mustache splits it.
    let nodes: [Node]
    /// The same pieces with every run of text joined, for rendering without
    /// indentation, where the splitting makes no difference.
    let joinedNodes: [Node]
    /// The tag that opened the body (a section's, a block's); `nil` for a whole template.
    let location: TemplateLocation?

    init(id: Int, nodes: [Node], location: TemplateLocation?) {
        self.id = id
        self.nodes = nodes
        self.location = location
        var joined: [Node] = []
        for node in nodes {
            if case .text(let text) = node, case .text(let previous)? = joined.last {
                joined[joined.count - 1] = .text(previous + text)
            } else {
                joined.append(node)
            }
        }
        joinedNodes = joined
    }
}

/// One piece of a parsed template.
///
/// Text is kept as swift-mustache splits it (one piece per line at most), because the
/// indentation of a standalone partial is decided piece by piece.
indirect enum Node: Sendable {
    /// Text written as it is.
    case text(String)
    /// `{{name}}` (escaped) or `{{{name}}}` / `{{&name}}` (not escaped).
    case value(Lookup, escaped: Bool)
    /// `{{#name}}…{{/name}}`.
    case section(Lookup, Body)
    /// `{{^name}}…{{/name}}`.
    case invertedSection(Lookup, Body)
    /// `{{>name}}`; a standalone partial carries the white space before it.
    case partial(Inclusion)
    /// `{{<name}}…{{/name}}`: a parent template rendered with some of its blocks filled.
    case parent(Inclusion, fillings: [Int: Body])
    /// `{{$name}}…{{/name}}` outside a parent: the filling a caller gave, or the default.
    case block(BlockSlot)
}

/// A partial or parent tag, resolved to the template it renders.
struct Inclusion: Sendable {
    let template: Int
    /// White space added to every line the template renders; `nil` for a partial that
    /// is not alone on its line.
    let indentation: String?
    let location: TemplateLocation
}

/// A block a template renders, which callers may fill.
struct BlockSlot: Sendable {
    /// The block's name, as a number shared by every template of the library.
    let block: Int
    let defaultBody: Body
    let indentation: String
    let location: TemplateLocation
}
