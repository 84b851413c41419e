/// A set of Mustache templates, parsed once, that include each other by name.
///
/// Templates are compiled together, so that every partial and parent tag is known to
/// name a template and no template can render itself forever. Rendering follows
/// swift-mustache 2.1.1 byte for byte, with `{{name}}` escaped for HTML.
public struct TemplateLibrary: Sendable {
    /// The names of the templates, in the order given.
    public let names: [String]
    let paths: [String]
    let bodies: [Body]
    let blockNames: [String]
    private let indexes: [String: Int]
    /// A first guess of each template's output size.
    private let capacities: [Int]

    /// Compiles templates that include each other by name.
    ///
    /// - Parameter templates: each template's name (what `{{>name}}` and `{{<name}}`
    ///   use, e.g. `partials/card`), the path of its file (for problems) and its text.
    /// - Returns: the library, or every problem found: malformed tags, sections never
    ///   or wrongly closed, unsupported Mustache, partials and parents that name no
    ///   template, templates that include themselves and blocks filled with content
    ///   that renders the same block again.
    public static func compile(_ templates: [(name: String, path: String, text: String)]) -> Result<TemplateLibrary, TemplateProblems> {
        let names = templates.map(\.name)
        let context = CompileContext(names: names, paths: templates.map(\.path))
        var bodies: [Int: Body] = [:]
        for (index, template) in templates.enumerated() {
            if let first = names.firstIndex(of: template.name), first != index {
                context.report(
                    .unknownTemplate, template: index,
                    "the template '\(template.name)' is given twice (first as \(templates[first].path)): keep one")
                continue
            }
            let parser = TemplateParser(text: template.text, template: index, context: context)
            bodies[index] = parser.parseTemplate()
        }
        let cycles = IncludeCycles.find(templates: bodies, names: names)
        for cycle in cycles {
            let from = names[cycle.chain[0]]
            context.report(
                .recursion, at: cycle.location,
                "'\(from)' includes itself through \(cycle.chain.map { names[$0] }.joined(separator: " → ")); "
                    + "templates cannot recurse")
        }
        if cycles.isEmpty {
            for loop in BlockRecursion.find(templates: bodies) {
                context.report(.recursion, at: loop.location, describe(loop, names: names, blocks: context.blockNames))
            }
        }
        let problems = context.problems
        guard problems.isEmpty else { return .failure(TemplateProblems(problems: problems)) }
        let ordered = templates.indices.compactMap { bodies[$0] }
        guard ordered.count == templates.count else { return .failure(TemplateProblems(problems: problems)) }
        return .success(TemplateLibrary(
            names: names, paths: templates.map(\.path), bodies: ordered, blockNames: context.blockNames))
    }

    private init(names: [String], paths: [String], bodies: [Body], blockNames: [String]) {
        self.names = names
        self.paths = paths
        self.bodies = bodies
        self.blockNames = blockNames
        var indexes: [String: Int] = [:]
        for (index, name) in names.enumerated() { indexes[name] = index }
        self.indexes = indexes
        capacities = bodies.map { body in
            let included = Set(inclusions(in: body).map(\.template))
            let size = ([body] + included.map { bodies[$0] }).reduce(0) { $0 + staticTextSize($1) }
            return size + size / 2 + 256
        }
    }

    /// Whether the library has a template of that name.
    public func contains(_ name: String) -> Bool { indexes[name] != nil }

    /// Renders a template with a value (usually an object) as the context.
    /// - Returns: the output, or an empty string if there is no template of that name.
    public func render(_ name: String, _ value: TemplateValue) -> String {
        guard let index = indexes[name] else { return "" }
        var renderer = Renderer(templates: bodies, root: value, capacity: capacities[index])
        renderer.render(bodies[index], .root)
        return renderer.output
    }

    /// The index of a template.
    func index(of name: String) -> Int? { indexes[name] }

    private static func describe(_ loop: BlockRecursion.Loop, names: [String], blocks: [String]) -> String {
        let filler = names[loop.location.template]
        let block = blocks[loop.block]
        let steps = loop.through.map { step in
            switch step {
            case .include(let template): names[template]
            case .fill(let other, _): "the block '\(blocks[other])'"
            }
        }
        let route =
            steps.isEmpty
            ? "content that contains the block '\(block)' itself"
            : "content that leads through \(steps.joined(separator: " → ")) back to the block '\(block)'"
        return "'\(filler)' fills the block '\(block)' with \(route), which would render forever; templates cannot recurse"
    }
}

/// The bytes of text written as it is in a body, at any depth.
private func staticTextSize(_ body: Body) -> Int {
    body.nodes.reduce(0) { total, node in
        switch node {
        case .text(let text): total + text.utf8.count
        case .section(_, let inner), .invertedSection(_, let inner): total + staticTextSize(inner)
        case .block(let slot): total + staticTextSize(slot.defaultBody)
        case .value, .partial, .parent: total
        }
    }
}
