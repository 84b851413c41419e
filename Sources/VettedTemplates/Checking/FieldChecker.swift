/// Walks a template with schemas in place of values, the way rendering walks it with
/// values, and reports every name that no schema in the context has.
struct FieldChecker {
    private let library: TemplateLibrary
    private var stack: [TemplateSchema]
    private var seen: Set<Visit> = []
    private var reported: Set<String> = []
    private(set) var problems: [(location: TemplateLocation, message: String)] = []

    /// What the walk is in, besides the stack.
    struct Frame {
        /// In a section over a list, where `first()`, `index()`… are available.
        var inList: Bool
        var fillings: [Int: Body]
    }

    /// A body entered with a stack and frame, which need not be walked again.
    private struct Visit: Hashable {
        let body: Int
        let stack: [TemplateSchema]
        let inList: Bool
        let fillings: [Int: Int]
    }

    init(library: TemplateLibrary, root: TemplateSchema) {
        self.library = library
        stack = [root]
    }

    mutating func visit(_ body: Body, _ frame: Frame) {
        let visit = Visit(body: body.id, stack: stack, inList: frame.inList, fillings: frame.fillings.mapValues(\.id))
        guard seen.insert(visit).inserted else { return }
        walk(body, frame)
    }

    private mutating func walk(_ body: Body, _ frame: Frame) {
        for node in body.nodes {
            switch node {
            case .text:
                continue
            case .value(let lookup, _):
                guard let schema = resolve(lookup, frame) else { continue }
                switch schema {
                case .list, .object:
                    report(
                        lookup,
                        "'\(lookup.text)' is \(article(schema)), which prints as a debugging dump: show its parts with "
                            + "{{#\(lookup.text)}}…{{/\(lookup.text)}}")
                case .text, .html, .flag, .number:
                    continue
                }
            case .section(let lookup, let inner):
                guard let schema = resolve(lookup, frame) else { continue }
                switch schema {
                case .list(let element):
                    push(element, inner, Frame(inList: true, fillings: frame.fillings))
                case .flag:
                    walk(inner, frame)
                case .object, .text, .html, .number:
                    push(schema, inner, Frame(inList: false, fillings: frame.fillings))
                }
            case .invertedSection(let lookup, let inner):
                guard let schema = resolve(lookup, frame) else { continue }
                if case .list = schema {
                    push(schema, inner, Frame(inList: false, fillings: frame.fillings))
                } else {
                    walk(inner, frame)
                }
            case .partial(let inclusion):
                visit(library.bodies[inclusion.template], Frame(inList: false, fillings: frame.fillings))
            case .parent(let inclusion, let fillings):
                let merged = fillings.merging(frame.fillings) { _, outer in outer }
                visit(library.bodies[inclusion.template], Frame(inList: false, fillings: merged))
            case .block(let slot):
                visit(frame.fillings[slot.block] ?? slot.defaultBody, Frame(inList: false, fillings: frame.fillings))
            }
        }
    }

    private mutating func push(_ schema: TemplateSchema, _ body: Body, _ frame: Frame) {
        stack.append(schema)
        walk(body, frame)
        stack.removeLast()
    }

    // MARK: - Names

    /// The schema a tag's name and transforms give, or `nil` after reporting why there is none.
    private mutating func resolve(_ lookup: Lookup, _ frame: Frame) -> TemplateSchema? {
        var transforms = lookup.transforms[...]
        var schema: TemplateSchema
        switch lookup.root {
        case .top:
            guard let top = stack.last else { return nil }
            schema = top
        case .topPath(let path):
            guard let top = stack.last, let found = descend(top, path, from: "the current value", lookup) else { return nil }
            schema = found
        case .stack(let first, let rest):
            guard let holder = stack.last(where: { $0.field(first) != nil }), let field = holder.field(first) else {
                let names = stack.flatMap { schema -> [String] in
                    guard case .object(let fields) = schema else { return [] }
                    return fields.map(\.name)
                }
                report(lookup, "'\(lookup.name)': no value here has a field '\(first)'" + Self.suggestion(first, names))
                return nil
            }
            guard let found = descend(field.schema, rest, from: first, lookup) else { return nil }
            schema = found
        case .sequence:
            guard let transform = transforms.popFirst() else { return nil }
            let written = "\(transform.rawValue)()"
            guard frame.inList else {
                report(
                    lookup,
                    "'\(lookup.text)': \(written) is only available in a section over a list, e.g. "
                        + "{{#page.tags}}…{{^last()}}, {{/last()}}…{{/page.tags}}")
                return nil
            }
            switch transform {
            case .first, .last, .even, .odd: schema = .flag
            case .index: schema = .number
            default:
                report(lookup, "'\(lookup.text)': \(written) is not a list position; use first(), last(), index(), even() or odd()")
                return nil
            }
        }
        let applied = lookup.transforms.count - transforms.count
        for (offset, transform) in transforms.enumerated() {
            guard let next = Self.apply(transform, to: schema) else {
                let inner = lookup.written(transformed: applied + offset)
                report(
                    lookup,
                    "'\(lookup.text)': \(transform.rawValue) does not apply to \(inner), which is \(article(schema)); "
                        + "it applies to \(Self.domain(of: transform))")
                return nil
            }
            schema = next
        }
        return schema
    }

    /// Follows a path of field names from a schema.
    private mutating func descend(_ start: TemplateSchema, _ path: [String], from origin: String, _ lookup: Lookup) -> TemplateSchema? {
        var schema = start
        var walked = origin
        for key in path {
            guard case .object(let fields) = schema else {
                report(lookup, "'\(lookup.name)': \(walked) is \(article(schema)), which has no fields")
                return nil
            }
            guard let field = fields.first(where: { $0.name == key }) else {
                report(lookup, "'\(lookup.name)': \(walked) has no field '\(key)'" + Self.suggestion(key, fields.map(\.name)))
                return nil
            }
            schema = field.schema
            walked = walked == "the current value" ? "." + key : walked + "." + key
        }
        return schema
    }

    // MARK: - Transforms

    /// What a transform makes of a value of a schema, or `nil` if it does not apply.
    static func apply(_ transform: Transform, to schema: TemplateSchema) -> TemplateSchema? {
        switch (schema, transform) {
        case (.text, .empty), (.html, .empty), (.list, .empty), (.object, .empty): .flag
        case (.text, .capitalized), (.text, .lowercased), (.text, .uppercased), (.text, .reversed): .text
        case (.html, .capitalized), (.html, .lowercased), (.html, .uppercased), (.html, .reversed): .html
        case (.list(let element), .first), (.list(let element), .last): element
        case (.list, .reversed): schema
        case (.list, .count), (.object, .count): .number
        case (.number, .equalzero), (.number, .even), (.number, .odd): .flag
        case (.number, .plusone), (.number, .minusone): .number
        default: nil
        }
    }

    private static func domain(of transform: Transform) -> String {
        switch transform {
        case .capitalized, .lowercased, .uppercased: "text"
        case .first, .last: "lists"
        case .reversed: "text and lists"
        case .count: "lists and objects"
        case .empty: "text, lists and objects"
        case .equalzero, .plusone, .minusone: "numbers"
        case .even, .odd: "numbers, and as \(transform.rawValue)() to the position in a list"
        case .index: "the position in a list, as index()"
        }
    }

    // MARK: - Reporting

    private mutating func report(_ lookup: Lookup, _ message: String) {
        guard reported.insert("\(lookup.location.template):\(lookup.location.line):\(lookup.location.column):\(message)").inserted
        else { return }
        problems.append((lookup.location, message))
    }

    private static func suggestion(_ name: String, _ candidates: [String]) -> String {
        Suggestion.closest(to: name, among: candidates).map { " (did you mean '\($0)'?)" } ?? ""
    }
}

/// "a list of objects", "an object", "text", …
private func article(_ schema: TemplateSchema) -> String {
    let described = TemplateSchema.describe(schema)
    switch schema {
    case .text, .html: return described
    case .object: return "an object"
    default: return "a " + described
    }
}
