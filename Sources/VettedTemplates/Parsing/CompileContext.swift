/// What the parsers of one library share: the names of all templates (so partials are
/// resolved while parsing), the numbering of blocks and bodies, and the problems found.
final class CompileContext {
    let names: [String]
    let paths: [String]
    private let indexes: [String: Int]
    private(set) var blockNames: [String] = []
    private var blockIndexes: [String: Int] = [:]
    private var bodyCount = 0
    private var found: [(location: TemplateLocation, problem: TemplateProblem)] = []

    /// The problems reported so far, by template (in the order given) and place.
    var problems: [TemplateProblem] {
        found.enumerated().sorted { a, b in
            let (x, y) = (a.element.location, b.element.location)
            return (x.template, x.line, x.column, a.offset) < (y.template, y.line, y.column, b.offset)
        }.map(\.element.problem)
    }

    var problemCount: Int { found.count }

    init(names: [String], paths: [String]) {
        self.names = names
        self.paths = paths
        var indexes: [String: Int] = [:]
        for (index, name) in names.enumerated() where indexes[name] == nil { indexes[name] = index }
        self.indexes = indexes
    }

    func template(named name: String) -> Int? { indexes[name] }

    /// The number of a block name, the same in every template.
    func block(named name: String) -> Int {
        if let index = blockIndexes[name] { return index }
        blockNames.append(name)
        blockIndexes[name] = blockNames.count - 1
        return blockNames.count - 1
    }

    func makeBody(_ nodes: [Node], location: TemplateLocation?) -> Body {
        bodyCount += 1
        return Body(id: bodyCount, nodes: nodes, location: location)
    }

    func report(_ kind: TemplateProblem.Kind, at location: TemplateLocation, _ message: String) {
        let problem = TemplateProblem(kind, path: paths[location.template], line: location.line, column: location.column, message: message)
        found.append((location, problem))
    }

    /// Reports a problem in a template as a whole (line 1, column 1).
    func report(_ kind: TemplateProblem.Kind, template: Int, _ message: String) {
        report(kind, at: TemplateLocation(template: template, line: 1, column: 1), message)
    }
}
