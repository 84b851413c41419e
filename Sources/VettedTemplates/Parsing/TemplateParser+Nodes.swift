/// Turning what was read into nodes: names into lookups, partial names into templates,
/// a parent's content into its block fillings.
extension TemplateParser {
    /// The lookup for a tag's name, reporting transforms Vetted does not know.
    func makeLookup(_ name: TagName, tag: String, at location: TemplateLocation) -> Lookup {
        var transforms: [Transform] = []
        for written in name.transforms.reversed() {
            if let transform = Transform(rawValue: written) {
                transforms.append(transform)
            } else {
                context.report(.unsupported, at: location, Self.unknownTransform(written, in: tag))
            }
        }
        let root: Lookup.Root
        if name.name == "." {
            root = .top
        } else if name.name.isEmpty {
            if name.transforms.isEmpty {
                context.report(.unsupported, at: location, "the tag '\(tag)' has no name: write the name of a value, e.g. {{page.title}}")
            }
            root = name.transforms.isEmpty ? .top : .sequence
        } else {
            let parts = name.name.split(separator: ".").map(String.init)
            if name.name.first == "." {
                root = parts.isEmpty ? .top : .topPath(parts)
            } else if let first = parts.first {
                root = .stack(first: first, rest: Array(parts.dropFirst()))
            } else {
                root = .top
            }
        }
        return Lookup(root: root, transforms: transforms, name: name.name, text: name.written, location: location)
    }

    /// A body from parsed pieces. Neighbouring text is joined where that cannot change
    /// the indentation of a partial (which is added before a piece that follows a line
    /// break, so text ending with one stays apart).
    func makeBody(_ parsed: [Parsed], opened location: TemplateLocation?) -> Body {
        var nodes: [Node] = []
        var pending: String?
        for piece in parsed {
            switch piece {
            case .text(let text):
                if let previous = pending, previous.last != "\n" {
                    pending = previous + text
                } else {
                    if let previous = pending { nodes.append(.text(previous)) }
                    pending = text
                }
            case .node(let node, _, _):
                if let previous = pending { nodes.append(.text(previous)) }
                pending = nil
                nodes.append(node)
            case .filling:
                continue
            }
        }
        if let previous = pending { nodes.append(.text(previous)) }
        return context.makeBody(nodes, location: location)
    }

    /// The blocks a parent tag fills; anything else in it but text is a mistake.
    func collectFillings(_ parsed: [Parsed], parent: String, state: ParserState) -> [Int: Body] {
        var fillings: [Int: Body] = [:]
        let parentTag = state.tag("<" + parent)
        for piece in parsed {
            switch piece {
            case .text:
                continue
            case .filling(let block, let body):
                fillings[block] = body
            case .node(.block, let tag, let location):
                context.report(
                    .syntax, at: location,
                    "'\(tag)' inside '\(parentTag)' comes after a set-delimiter tag, so it no longer fills the parent's "
                        + "block: put the set-delimiter tag before '\(parentTag)' or inside the block")
            case .node(_, let tag, let location):
                context.report(
                    .syntax, at: location,
                    "'\(tag)' cannot stand directly inside the parent '\(parentTag)': only blocks to fill "
                        + "(\(state.tag("$name"))…\(state.tag("/name"))) and text may be there; move it into a block")
            }
        }
        return fillings
    }

    /// The template a partial or parent tag names, reporting names that are not templates.
    func resolveTemplate(
        _ name: String, dynamic: Bool, parent: Bool, tag: String, at location: TemplateLocation, state: ParserState
    ) -> Int? {
        let noun = parent ? "parent" : "partial"
        let example = state.tag(parent ? "<base" : ">partials/card")
        if dynamic {
            context.report(
                .unsupported, at: location,
                "dynamic \(noun)s ('\(tag)') are not supported: name the template, e.g. \(example)")
            return nil
        }
        if name.isEmpty {
            context.report(.unknownTemplate, at: location, "the \(noun) tag '\(tag)' names no template: write e.g. \(example)")
            return nil
        }
        if let template = context.template(named: name) { return template }
        let suggestion = Suggestion.closest(to: name, among: context.names).map { " (did you mean '\($0)'?)" } ?? ""
        context.report(
            .unknownTemplate, at: location,
            "unknown \(noun) '\(name)': there is no templates/\(name).mustache\(suggestion)")
        return nil
    }

    private static func unknownTransform(_ name: String, in tag: String) -> String {
        switch name {
        case "":
            return "a transform has no name in '\(tag)': write e.g. empty(page.faq)"
        case "sorted":
            return "'sorted' in '\(tag)' is not supported: a template cannot sort, a list comes in the order Vetted gives it"
        case "enumerated":
            return "'enumerated' in '\(tag)' is not supported: a template cannot list an object's fields"
        default:
            let known = Transform.allCases.map(\.rawValue)
            let suggestion = Suggestion.closest(to: name, among: known).map { " (did you mean '\($0)'?)" } ?? ""
            return "unknown transform '\(name)' in '\(tag)'\(suggestion): the transforms are "
                + known.sorted().joined(separator: ", ")
        }
    }
}
