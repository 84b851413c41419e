/// Turns a stream of parser events into a `Node` tree, resolving aliases and merge
/// keys and enforcing the expansion and depth limits.
struct TreeBuilder {
    enum Event {
        case documentStart(Mark)
        case scalar(String, Node.ScalarStyle, anchor: String?, tag: String?, Mark)
        case sequenceStart(anchor: String?, tag: String?, Mark)
        case mappingStart(anchor: String?, tag: String?, Mark)
        case end
        case alias(String, Mark)
        case ignored
    }

    private struct Frame {
        let isMapping: Bool
        let mark: Mark
        let anchor: String?
        let tag: String?
        var items: [Node] = []
        var pairs: [Node.Pair] = []
        var merged: [Node.Pair] = []
        var pendingKey: Node?
        var keys: [String: Mark] = [:]
        var weight = 1
    }

    let maxNodes: Int
    let maxDepth: Int
    private(set) var root: Node?
    private var documents = 0
    private var frames: [Frame] = []
    private var anchors: [String: Node] = [:]

    init(maxNodes: Int, maxDepth: Int) {
        self.maxNodes = maxNodes
        self.maxDepth = maxDepth
    }

    mutating func handle(_ event: Event) throws(YAMLError) {
        switch event {
        case .documentStart(let mark):
            documents += 1
            if documents > 1 {
                throw YAMLError(mark: mark, message: "only one YAML document is allowed here")
            }
        case .scalar(let value, let style, let anchor, let tag, let mark):
            try complete(Node(kind: .scalar(value, style), mark: mark, tag: tag, weight: 1), anchor: anchor)
        case .sequenceStart(let anchor, let tag, let mark):
            try open(Frame(isMapping: false, mark: mark, anchor: anchor, tag: tag))
        case .mappingStart(let anchor, let tag, let mark):
            try open(Frame(isMapping: true, mark: mark, anchor: anchor, tag: tag))
        case .end:
            try close()
        case .alias(let name, let mark):
            guard let target = anchors[name] else {
                throw YAMLError(mark: mark, message: "alias '*\(name)' has no anchor '&\(name)' defined before it")
            }
            let node = Node(kind: target.kind, mark: mark, tag: target.tag, weight: target.weight)
            try complete(node, anchor: nil)
        case .ignored:
            break
        }
    }

    private mutating func open(_ frame: Frame) throws(YAMLError) {
        if frames.count >= maxDepth {
            throw YAMLError(mark: frame.mark, message: "lists and mappings nest deeper than \(maxDepth) levels")
        }
        frames.append(frame)
    }

    private mutating func close() throws(YAMLError) {
        guard let frame = frames.popLast() else { return }
        let node: Node
        if frame.isMapping {
            let explicit = frame.pairs
            let extra = frame.merged.filter { pair in
                guard let key = pair.key.scalar else { return true }
                return frame.keys[key] == nil
            }
            node = Node(kind: .mapping(explicit + extra), mark: frame.mark, tag: frame.tag, weight: frame.weight)
        } else {
            node = Node(kind: .sequence(frame.items), mark: frame.mark, tag: frame.tag, weight: frame.weight)
        }
        try complete(node, anchor: frame.anchor)
    }

    private mutating func complete(_ node: Node, anchor: String?) throws(YAMLError) {
        if node.weight > maxNodes {
            throw YAMLError(mark: node.mark, message: "aliases expand this document to more than \(maxNodes) nodes")
        }
        if let anchor { anchors[anchor] = node }
        guard var frame = frames.popLast() else {
            root = node
            return
        }
        frame.weight += node.weight
        if frame.weight > maxNodes {
            throw YAMLError(mark: node.mark, message: "aliases expand this document to more than \(maxNodes) nodes")
        }
        if !frame.isMapping {
            frame.items.append(node)
        } else if let key = frame.pendingKey {
            frame.pendingKey = nil
            try add(key: key, value: node, to: &frame)
        } else {
            frame.pendingKey = node
        }
        frames.append(frame)
    }

    private func add(key: Node, value: Node, to frame: inout Frame) throws(YAMLError) {
        if key.isPlainScalar, key.scalar == "<<", key.tag == nil {
            try merge(value, into: &frame, at: key.mark)
            return
        }
        if let name = key.scalar {
            if let first = frame.keys[name] {
                throw YAMLError(
                    mark: key.mark,
                    message: "duplicate key '\(name)' (first given at line \(first.line), column \(first.column))"
                )
            }
            frame.keys[name] = key.mark
        }
        frame.pairs.append(Node.Pair(key: key, value: value))
    }

    /// `<<: *base` or `<<: [*a, *b]`: keys written in the mapping win, then earlier merges.
    private func merge(_ value: Node, into frame: inout Frame, at mark: Mark) throws(YAMLError) {
        let sources: [Node]
        switch value.kind {
        case .mapping: sources = [value]
        case .sequence(let items): sources = items
        case .scalar: throw YAMLError(mark: mark, message: "a '<<' merge key takes a mapping or a list of mappings")
        }
        for source in sources {
            guard let pairs = source.mapping else {
                throw YAMLError(mark: source.mark, message: "a '<<' merge key takes a mapping or a list of mappings")
            }
            for pair in pairs {
                let name = pair.key.scalar
                let taken = frame.merged.contains { $0.key.scalar != nil && $0.key.scalar == name }
                if !taken { frame.merged.append(pair) }
            }
        }
    }
}
