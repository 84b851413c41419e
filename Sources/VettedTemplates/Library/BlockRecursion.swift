/// Block fillings that render themselves again.
///
/// A parent's caller fills blocks, and a filling is used wherever its block appears
/// below, the outermost filling winning. So a filling whose content leads (through its
/// own blocks, partials, parents and the blocks they fill) to the same block renders
/// itself forever. This walks rendering as it would happen, with the fillings in force
/// at each step, and reports every filling found on such a loop.
struct BlockRecursion {
    /// A loop, reported at the `{{$block}}` tag of the filling that starts it.
    struct Loop {
        let location: TemplateLocation
        let block: Int
        /// What the filling leads through before reaching its block again.
        let through: [Step]
    }

    /// How rendering entered a body.
    enum Step {
        case include(template: Int)
        case fill(block: Int, body: Body)
    }

    private struct State: Hashable {
        let body: Int
        let fillings: [Int: Int]
    }

    private let templates: [Int: Body]
    private var path: [(state: State, step: Step?)] = []
    private var onPath: [State: Int] = [:]
    private var done: Set<State> = []
    private var reported: Set<TemplateLocation> = []
    private var loops: [Loop] = []

    static func find(templates: [Int: Body]) -> [Loop] {
        var walk = BlockRecursion(templates: templates)
        for template in templates.keys.sorted() {
            guard let body = templates[template] else { continue }
            walk.visit(body, fillings: [:], step: nil)
        }
        return walk.loops
    }

    private init(templates: [Int: Body]) {
        self.templates = templates
    }

    private mutating func visit(_ body: Body, fillings: [Int: Body], step: Step?) {
        let state = State(body: body.id, fillings: fillings.mapValues(\.id))
        if let start = onPath[state] {
            if let step { report(Array(path[(start + 1)...].compactMap(\.step)) + [step]) }
            return
        }
        guard !done.contains(state) else { return }
        onPath[state] = path.count
        path.append((state, step))
        walk(body, fillings: fillings)
        path.removeLast()
        onPath[state] = nil
        done.insert(state)
    }

    private mutating func walk(_ body: Body, fillings: [Int: Body]) {
        for node in body.nodes {
            switch node {
            case .text, .value:
                continue
            case .section(_, let inner), .invertedSection(_, let inner):
                walk(inner, fillings: fillings)
            case .partial(let inclusion):
                guard let target = templates[inclusion.template] else { continue }
                visit(target, fillings: fillings, step: .include(template: inclusion.template))
            case .parent(let inclusion, let given):
                guard let target = templates[inclusion.template] else { continue }
                let merged = given.merging(fillings) { _, outer in outer }
                visit(target, fillings: merged, step: .include(template: inclusion.template))
            case .block(let slot):
                if let filling = fillings[slot.block] {
                    visit(filling, fillings: fillings, step: .fill(block: slot.block, body: filling))
                } else {
                    walk(slot.defaultBody, fillings: fillings)
                }
            }
        }
    }

    /// Reports a loop of steps at its last filling; a loop of includes only is an
    /// include cycle, reported elsewhere.
    private mutating func report(_ loop: [Step]) {
        guard let last = loop.lastIndex(where: { if case .fill = $0 { true } else { false } }),
            case .fill(let block, let body) = loop[last], let location = body.location
        else { return }
        guard reported.insert(location).inserted else { return }
        let through = Array(loop[(last + 1)...]) + Array(loop[..<last])
        loops.append(Loop(location: location, block: block, through: through))
    }
}
