import VettedMarkdown

/// Renders parsed templates into one string, with swift-mustache's semantics
/// (`Template+Render.swift`, `Context.swift`, `Sequence.swift`).
///
/// The context stack is one array that sections push onto and pop. The other parts of
/// swift-mustache's context (the position in a list, the indentation of a standalone
/// partial, the blocks filled by parents) travel in a small ``Frame`` of plain values;
/// the indentations and fillings it points to are kept in arrays here.
struct Renderer {
    /// The body of every template, by index.
    let templates: [Body]
    private(set) var output = ""
    private var stack: [ContextValue] = []
    /// Every indentation in force so far; index 0 is none.
    private var indentations: [String] = [""]
    /// Every set of block fillings in force so far; index 0 is none.
    private var fillings: [[Int: Body]] = [[:]]

    /// What a body is rendered with, besides the context stack.
    struct Frame {
        /// Set while rendering an element of a list; cleared by anything that pushes a
        /// non-list value, and by partials and blocks.
        var sequence: SequencePosition?
        /// Added before every piece that starts a new line (standalone partials, blocks):
        /// an index into `indentations`.
        var indentation: Int
        /// The fillings of blocks given by parents, the outermost parent's winning: an
        /// index into `fillings`.
        var fillings: Int

        static let root = Frame(sequence: nil, indentation: 0, fillings: 0)

        /// The same frame outside any list.
        var outsideList: Frame { Frame(sequence: nil, indentation: indentation, fillings: fillings) }
    }

    init(templates: [Body], root: TemplateValue, capacity: Int) {
        self.templates = templates
        output.reserveCapacity(capacity)
        stack.reserveCapacity(16)
        stack.append(.value(root))
    }

    mutating func render(_ body: Body, _ frame: Frame) {
        if frame.indentation == 0 {
            for node in body.joinedNodes { render(node, frame) }
            return
        }
        // swift-mustache indents a piece when the body's own output so far ends with a
        // line feed (a "\r\n" is one Character there and does not count).
        let indentation = indentations[frame.indentation]
        let start = output.utf8.count
        for node in body.nodes {
            guard endsWithLineFeed(since: start) else {
                render(node, frame)
                continue
            }
            output.append(indentation)
            let afterIndentation = output.utf8.count
            render(node, frame)
            if output.utf8.count == afterIndentation {
                output.unicodeScalars.removeLast(indentation.unicodeScalars.count)
            }
        }
    }

    private mutating func render(_ node: Node, _ frame: Frame) {
        switch node {
        case .text(let text):
            output.append(text)

        case .value(let lookup, let escaped):
            guard let value = resolve(lookup, frame) else { return }
            let text = value.renderedText
            output.append(escaped ? text.escapedForHTMLAttribute : text)

        case .section(let lookup, let body):
            guard let value = resolve(lookup, frame) else { return }
            renderSection(value, body, frame)

        case .invertedSection(let lookup, let body):
            guard let value = resolve(lookup, frame) else {
                render(body, frame)
                return
            }
            renderInvertedSection(value, body, frame)

        case .partial(let inclusion):
            let depth = indentations.count
            let indentation = inclusion.indentation.map { indented(frame, by: $0) } ?? frame.indentation
            render(templates[inclusion.template], Frame(sequence: nil, indentation: indentation, fillings: frame.fillings))
            indentations.removeLast(indentations.count - depth)

        case .parent(let inclusion, let given):
            let depth = indentations.count
            let outer = fillings[frame.fillings]
            fillings.append(outer.isEmpty ? given : given.merging(outer) { _, outer in outer })
            let inner = Frame(sequence: nil, indentation: indented(frame, by: inclusion.indentation ?? ""), fillings: fillings.count - 1)
            render(templates[inclusion.template], inner)
            fillings.removeLast()
            indentations.removeLast(indentations.count - depth)

        case .block(let slot):
            let depth = indentations.count
            let body = fillings[frame.fillings][slot.block] ?? slot.defaultBody
            render(body, Frame(sequence: nil, indentation: indented(frame, by: slot.indentation), fillings: frame.fillings))
            indentations.removeLast(indentations.count - depth)
        }
    }

    /// A list renders once per element (pushed, with its position); `true` renders once
    /// in the same context; any other value renders once with the value pushed.
    private mutating func renderSection(_ value: ContextValue, _ body: Body, _ frame: Frame) {
        switch value {
        case .value(.list(let items)):
            renderElements(items, backwards: false, body, frame)
        case .reversedList(let items):
            renderElements(items, backwards: true, body, frame)
        case .value(.bool(let flag)):
            if flag { render(body, frame) }
        case .value:
            stack.append(value)
            render(body, frame.outsideList)
            stack.removeLast()
        }
    }

    /// Renders for a missing value, `false` and an empty list, which is pushed.
    private mutating func renderInvertedSection(_ value: ContextValue, _ body: Body, _ frame: Frame) {
        switch value {
        case .value(.list(let items)), .reversedList(let items):
            guard items.isEmpty else { return }
            stack.append(value)
            render(body, frame.outsideList)
            stack.removeLast()
        case .value(.bool(let flag)):
            if !flag { render(body, frame) }
        case .value:
            return
        }
    }

    private mutating func renderElements(_ items: [TemplateValue], backwards: Bool, _ body: Body, _ frame: Frame) {
        guard !items.isEmpty else { return }
        var inner = frame
        let last = items.count - 1
        for offset in 0...last {
            inner.sequence = SequencePosition(first: offset == 0, last: offset == last, index: offset)
            stack.append(.value(items[backwards ? last - offset : offset]))
            render(body, inner)
            stack.removeLast()
        }
    }

    /// The index of the frame's indentation with more white space after it, added on
    /// top of `indentations` (the caller takes it off again after rendering).
    private mutating func indented(_ frame: Frame, by extra: String) -> Int {
        guard !extra.isEmpty else { return frame.indentation }
        indentations.append(indentations[frame.indentation] + extra)
        return indentations.count - 1
    }

    /// The value a tag names: the name looked up in the context stack, then its transforms.
    private func resolve(_ lookup: Lookup, _ frame: Frame) -> ContextValue? {
        var value: ContextValue
        var applied = 0
        switch lookup.root {
        case .top:
            guard let top = stack.last else { return nil }
            value = top
        case .topPath(let path):
            guard let found = stack.last?.descend(path) else { return nil }
            value = found
        case .stack(let first, let rest):
            // The first value in the stack, from the top, that has the first key; the
            // rest of the path is looked up in it only.
            var found: ContextValue?
            var index = stack.count - 1
            while index >= 0 {
                if let child = stack[index].child(first) {
                    found = rest.isEmpty ? child : child.descend(rest)
                    break
                }
                index -= 1
            }
            guard let found else { return nil }
            value = found
        case .sequence:
            guard let position = frame.sequence, let transform = lookup.transforms.first,
                let result = position.apply(transform)
            else { return nil }
            value = .value(result)
            applied = 1
        }
        let transforms = lookup.transforms
        while applied < transforms.count {
            guard let next = value.apply(transforms[applied]) else { return nil }
            value = next
            applied += 1
        }
        return value
    }

    /// Whether the output since `start` is not empty and ends with "\n" but not "\r\n".
    private func endsWithLineFeed(since start: Int) -> Bool {
        let bytes = output.utf8
        guard bytes.count > start, let last = bytes.last, last == UInt8(ascii: "\n") else { return false }
        guard bytes.count - start >= 2 else { return true }
        return bytes[bytes.index(bytes.endIndex, offsetBy: -2)] != UInt8(ascii: "\r")
    }
}
