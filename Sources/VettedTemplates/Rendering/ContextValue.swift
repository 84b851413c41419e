/// A value a tag resolved to, or that a section pushed on the context stack.
///
/// Besides plain values there is one more shape swift-mustache produces: the list
/// `reversed(list)` returns, which iterates backwards and prints differently.
enum ContextValue {
    case value(TemplateValue)
    /// A list seen backwards (swift-mustache's `ReversedCollection`), kept in its order.
    case reversedList([TemplateValue])

    /// The value under `key`, as swift-mustache finds a child: the field of an object,
    /// or (reflecting the reversed list's stored property) its list under `_base`.
    func child(_ key: String) -> ContextValue? {
        switch self {
        case .value(.object(let fields)):
            return fields[key].map(ContextValue.value)
        case .reversedList(let items):
            return key == "_base" ? .value(.list(items)) : nil
        case .value:
            return nil
        }
    }

    /// The value at the end of a path of keys.
    func descend(_ path: [String]) -> ContextValue? {
        var current = self
        for key in path {
            guard let child = current.child(key) else { return nil }
            current = child
        }
        return current
    }
}

/// Where an element is in the list being iterated: what `first()`, `last()`,
/// `index()`, `even()` and `odd()` read.
struct SequencePosition {
    var first: Bool
    var last: Bool
    var index: Int

    func apply(_ transform: Transform) -> TemplateValue? {
        switch transform {
        case .first: .bool(first)
        case .last: .bool(last)
        case .index: .int(index)
        case .even: .bool(index & 1 == 0)
        case .odd: .bool(index & 1 == 1)
        default: nil
        }
    }
}
