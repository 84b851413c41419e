import VettedYAML

/// The tags of a Mustache template that decide what it renders inside what: partials
/// (`{{> name}}`), parents (`{{< name}}`), the blocks a parent's caller fills
/// (`{{$ name}}` directly inside `{{< …}}`) and the blocks a template leaves for its
/// callers to fill (any other `{{$ name}}`). Comments are skipped as the renderer skips
/// them; a tag with white space before its sigil counts too, so nothing the renderer
/// could take for a partial is missed. Set-delimiter tags stop the outline: they are
/// an error.
struct TemplateOutline {
    struct Reference {
        let name: String
        let mark: Mark
    }

    /// A block filled by this template for a parent it inherits from.
    struct Override {
        let block: String
        let mark: Mark
        /// Every partial and parent inside the block's content.
        var references: [Reference]
    }

    private(set) var references: [Reference] = []
    private(set) var overrides: [Override] = []
    /// Blocks this template renders, which a caller's override replaces.
    private(set) var slots: Set<String> = []
    /// `{{>*name}}` and `{{<*name}}`: the template is chosen by a value at render time.
    private(set) var dynamic: [Mark] = []
    /// Set-delimiter tags (`{{=<% %>=}}`), which are refused.
    private(set) var setDelimiters: [Mark] = []

    private enum Frame {
        case section
        case parent
        case block(override: Int?)
    }

    init(_ text: String) {
        let scalars = Array(text.unicodeScalars)
        let open: [Unicode.Scalar] = ["{", "{"]
        let close: [Unicode.Scalar] = ["}", "}"]
        var index = 0
        var line = 1
        var column = 1
        var stack: [Frame] = []
        func advance(to target: Int) {
            while index < target {
                if scalars[index] == "\n" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
                index += 1
            }
        }
        while let start = Self.find(open, in: scalars, from: index) {
            advance(to: start)
            let mark = Mark(line: line, column: column)
            let contentStart = start + open.count
            guard let end = Self.find(close, in: scalars, from: contentStart) else { break }
            var tagEnd = end + close.count
            // {{{name}}}: the third brace closes after the delimiter.
            if scalars[contentStart..<end].first == "{", tagEnd < scalars.count, scalars[tagEnd] == "}" {
                tagEnd += 1
            }
            // Any white space before the sigil is skipped, so no spelling of a tag is missed.
            let content = scalars[contentStart..<end].drop { $0.properties.isWhitespace }
            advance(to: tagEnd)
            guard let sigil = content.first else { continue }
            let name = Self.trimmed(content.dropFirst())
            switch sigil {
            case "!":
                continue
            case "=":
                // Changed delimiters are refused until Vetted parses templates itself:
                // the renderer splits them by rules this outline would have to copy
                // exactly, and a tag it missed could hide a recursion.
                setDelimiters.append(mark)
                return
            case ">", "<":
                if name.hasPrefix("*") {
                    dynamic.append(mark)
                } else if !name.isEmpty {
                    let reference = Reference(name: name, mark: mark)
                    references.append(reference)
                    for case .block(let override?) in stack { overrides[override].references.append(reference) }
                }
                if sigil == "<" { stack.append(.parent) }
            case "#", "^":
                stack.append(.section)
            case "$":
                if case .parent? = stack.last {
                    overrides.append(Override(block: name, mark: mark, references: []))
                    stack.append(.block(override: overrides.count - 1))
                } else {
                    slots.insert(name)
                    stack.append(.block(override: nil))
                }
            case "/":
                if !stack.isEmpty { stack.removeLast() }
            default:
                continue
            }
        }
    }

    private static func find(_ needle: [Unicode.Scalar], in scalars: [Unicode.Scalar], from start: Int) -> Int? {
        guard let first = needle.first, start < scalars.count else { return nil }
        var index = start
        while index + needle.count <= scalars.count {
            if scalars[index] == first, scalars[index..<index + needle.count].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    private static func trimmed<S: Sequence<Unicode.Scalar>>(_ scalars: S) -> String {
        let isSpace: (Unicode.Scalar) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n" }
        let all = Array(scalars)
        var view = String.UnicodeScalarView()
        if let first = all.firstIndex(where: { !isSpace($0) }), let last = all.lastIndex(where: { !isSpace($0) }) {
            view.append(contentsOf: all[first...last])
        }
        return String(view)
    }
}
