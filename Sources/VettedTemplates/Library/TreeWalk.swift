/// Every partial and parent tag in a body, at any depth (sections, blocks' default
/// content and the fillings a parent tag gives included), in the order written.
func inclusions(in body: Body) -> [Inclusion] {
    var found: [Inclusion] = []
    func walk(_ body: Body) {
        for node in body.nodes {
            switch node {
            case .text, .value:
                continue
            case .section(_, let inner), .invertedSection(_, let inner):
                walk(inner)
            case .partial(let inclusion):
                found.append(inclusion)
            case .parent(let inclusion, let fillings):
                found.append(inclusion)
                for filling in fillings.values.sorted(by: { $0.id < $1.id }) { walk(filling) }
            case .block(let slot):
                walk(slot.defaultBody)
            }
        }
    }
    walk(body)
    return found
}
