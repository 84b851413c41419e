import Mustache
import VettedYAML

/// The Mustache templates of a site, parsed once per build.
struct Theme: Sendable {
    /// The templates every theme must have.
    static let required = ["base", "home", "review", "page", "list", "terms", "compare", "404"]

    let library: MustacheLibrary

    /// Parses the default theme and every `templates/**/*.mustache` of the site, which
    /// replaces the default template of the same name. A template is named by its path
    /// without the extension (`partials/badge`). Parse errors, unknown partials and
    /// include cycles are reported with the template's path, line and column.
    static func load(from folder: SiteFolder) -> (Theme?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var sources: [(name: String, path: String, text: String)] = DefaultTheme.templates.map {
            ($0.name, "(default theme)/\($0.name).mustache", $0.text)
        }
        for file in folder.tree("templates") where file.hasSuffix(".mustache") && !file.hasPrefix("assets/") {
            let name = String(file.dropLast(".mustache".count))
            sources.removeAll { $0.name == name }
            let path = folder.display("templates/" + file)
            guard let bytes = folder.read("templates/" + file) else {
                diagnostics.append(Diagnostic(.error, path: path, line: 1, column: 1, message: "the template cannot be read"))
                continue
            }
            switch SourceText.decode(bytes) {
            case .success(let source):
                sources.append((name, path, source.text))
            case .failure(let error):
                diagnostics.append(Diagnostic(.error, path: path, line: error.mark.line, column: error.mark.column, message: error.message))
            }
        }
        var library = MustacheLibrary()
        for source in sources {
            do {
                // The pragma takes one line; errors are reported on the template's own lines.
                library.register(try MustacheTemplate(string: HTMLContent.pragma + source.text), named: source.name)
            } catch let error as MustacheTemplate.ParserError {
                diagnostics.append(Diagnostic(
                    .error, path: source.path, line: max(1, error.context.lineNumber - 1), column: error.context.columnNumber,
                    message: "template error: \(describe(error.error))"))
            } catch {
                diagnostics.append(Diagnostic(.error, path: source.path, line: 1, column: 1, message: "template error: \(error)"))
            }
        }
        let names = Set(sources.map(\.name))
        var graph: [String: [(name: String, mark: Mark)]] = [:]
        for source in sources {
            let references = partialReferences(in: source.text)
            graph[source.name] = references.filter { names.contains($0.name) }
            for reference in references where !names.contains(reference.name) {
                diagnostics.append(Diagnostic(
                    .error, path: source.path, line: reference.mark.line, column: reference.mark.column,
                    message: "unknown partial '\(reference.name)': there is no templates/\(reference.name).mustache"))
            }
        }
        let paths = Dictionary(uniqueKeysWithValues: sources.map { ($0.name, $0.path) })
        for cycle in cycles(in: graph) {
            diagnostics.append(Diagnostic(
                .error, path: paths[cycle.from] ?? cycle.from, line: cycle.mark.line, column: cycle.mark.column,
                message: "'\(cycle.from)' includes itself through \(cycle.chain.joined(separator: " → ")); templates cannot recurse"))
        }
        for name in required where !names.contains(name) {
            diagnostics.append(Diagnostic(
                .error, path: folder.display("templates/\(name).mustache"), line: 1, column: 1,
                message: "the theme has no '\(name)' template"))
        }
        return (diagnostics.isEmpty ? Theme(library: library) : nil, diagnostics)
    }

    /// Renders a template; the template is known to exist once `load` succeeded.
    func render(_ name: String, _ context: [String: Any]) -> String {
        library.render(context, withTemplate: name) ?? ""
    }

    /// Include cycles between templates (`a` includes `b` includes `a`), found by a
    /// depth-first walk; each is reported once, at the reference that closes it.
    static func cycles(in graph: [String: [(name: String, mark: Mark)]]) -> [(from: String, mark: Mark, chain: [String])] {
        var state: [String: Int] = [:]  // 1 visiting, 2 done
        var stack: [String] = []
        var found: [(from: String, mark: Mark, chain: [String])] = []
        func visit(_ name: String) {
            state[name] = 1
            stack.append(name)
            for reference in graph[name] ?? [] {
                switch state[reference.name] {
                case 1:
                    let start = stack.lastIndex(of: reference.name) ?? 0
                    found.append((name, reference.mark, Array(stack[start...]) + [reference.name]))
                case nil:
                    visit(reference.name)
                default:
                    break
                }
            }
            stack.removeLast()
            state[name] = 2
        }
        for name in graph.keys.sorted() where state[name] == nil { visit(name) }
        return found
    }

    /// `{{> name}}` and `{{< name}}` tags, with their positions.
    static func partialReferences(in text: String) -> [(name: String, mark: Mark)] {
        var found: [(String, Mark)] = []
        var line = 1
        var column = 1
        var scalars = text.unicodeScalars[...]
        while let first = scalars.first {
            if scalars.starts(with: "{{".unicodeScalars) {
                var rest = scalars.dropFirst(2).drop { $0 == " " }
                if let sigil = rest.first, sigil == ">" || sigil == "<" {
                    rest = rest.dropFirst().drop { $0 == " " }
                    let name = String(String.UnicodeScalarView(rest.prefix { $0 != " " && $0 != "}" }))
                    if !name.isEmpty, !name.hasPrefix("*") { found.append((name, Mark(line: line, column: column))) }
                }
            }
            if first == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
            scalars = scalars.dropFirst()
        }
        return found
    }

    private static func describe(_ error: any Error) -> String {
        switch error {
        case MustacheTemplate.Error.sectionCloseNameIncorrect: return "a section is closed with a different name than it was opened"
        case MustacheTemplate.Error.unfinishedName: return "a tag is not finished"
        case MustacheTemplate.Error.expectedSectionEnd: return "a section is never closed"
        case MustacheTemplate.Error.invalidSetDelimiter: return "the set-delimiter tag is malformed"
        default: return "\(error)"
        }
    }
}
