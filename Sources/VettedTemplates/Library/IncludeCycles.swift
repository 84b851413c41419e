/// Templates that include themselves, directly or through others (`a` includes `b`
/// includes `a`), wherever the tags are: rendering them would never end unless the
/// values happened to stop it, so they are refused whatever the values.
struct IncludeCycles {
    /// A cycle, reported at the tag that closes it.
    struct Cycle {
        let location: TemplateLocation
        /// From the template with that tag round to it again: `b → a → b`.
        let chain: [Int]
    }

    /// Every cycle found by a depth-first walk from each template in name order; each
    /// is reported once, at the reference that closes it.
    static func find(templates: [Int: Body], names: [String]) -> [Cycle] {
        let graph = templates.mapValues(inclusions(in:))
        var state: [Int: Bool] = [:]  // false while visiting, true once done
        var stack: [Int] = []
        var found: [Cycle] = []
        func visit(_ template: Int) {
            state[template] = false
            stack.append(template)
            for inclusion in graph[template] ?? [] {
                switch state[inclusion.template] {
                case false?:
                    let start = stack.lastIndex(of: inclusion.template) ?? 0
                    let loop = Array(stack[start...])
                    // Start the chain at the template whose tag closes the cycle.
                    let rotated = Array(loop.drop { $0 != template }) + Array(loop.prefix { $0 != template })
                    found.append(Cycle(location: inclusion.location, chain: rotated + [template]))
                case nil:
                    visit(inclusion.template)
                case true?:
                    break
                }
            }
            stack.removeLast()
            state[template] = true
        }
        for template in templates.keys.sorted(by: { names[$0] < names[$1] }) where state[template] == nil {
            visit(template)
        }
        return found
    }
}
