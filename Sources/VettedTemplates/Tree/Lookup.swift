/// How a tag finds its value: a name, resolved against the context stack, then the
/// transforms around it applied from the innermost out.
final class Lookup: Sendable {
    /// Where the name starts looking.
    enum Root: Sendable, Equatable {
        /// `.` (or any name of dots only): the value on top of the stack.
        case top
        /// `.a.b`: a path from the top of the stack only.
        case topPath([String])
        /// `a.b`: the first value of the stack, from the top, that has `a`; then `b` in it.
        case stack(first: String, rest: [String])
        /// `index()`, `first()`, …: the position in the list being iterated.
        case sequence
    }

    let root: Root
    /// In the order they are applied: `a(b(name))` is `[b, a]`.
    let transforms: [Transform]
    /// The name without its transforms (`page.toc`), for messages.
    let name: String
    /// The tag's name as written (`empty(page.toc)`), for messages.
    let text: String
    let location: TemplateLocation

    init(root: Root, transforms: [Transform], name: String, text: String, location: TemplateLocation) {
        self.root = root
        self.transforms = transforms
        self.name = name
        self.text = text
        self.location = location
    }

    /// The name with the first `count` transforms applied, as written: `reversed(page.tags)`.
    func written(transformed count: Int) -> String {
        transforms.prefix(count).reduce(name) { inner, transform in "\(transform.rawValue)(\(inner))" }
    }
}

/// The functions a tag may apply to a value, with swift-mustache's names.
enum Transform: String, Sendable, CaseIterable {
    // Text.
    case capitalized, lowercased, uppercased
    // Lists (and text, for `reversed` and `empty`; objects, for `count` and `empty`).
    case first, last, reversed, count, empty
    // Numbers.
    case equalzero, plusone, minusone
    // Numbers and positions in a list.
    case even, odd
    // Positions in a list.
    case index
}
