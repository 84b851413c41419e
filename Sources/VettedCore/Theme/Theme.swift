import Mustache
import VettedTemplates
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
            let bytes: [UInt8]
            switch folder.read("templates/" + file, limit: Budgets.templateBytes) {
            case .success(let read): bytes = read
            case .failure(let problem):
                diagnostics.append(Diagnostic(.error, path: path, line: 1, column: 1, message: problem.message))
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
        let outlines = Dictionary(uniqueKeysWithValues: sources.map { ($0.name, TemplateOutline($0.text)) })
        let paths = Dictionary(uniqueKeysWithValues: sources.map { ($0.name, $0.path) })
        var graph: [String: [(name: String, mark: Mark)]] = [:]
        for source in sources {
            guard let outline = outlines[source.name] else { continue }
            graph[source.name] = outline.references.filter { names.contains($0.name) }.map { ($0.name, $0.mark) }
            for reference in outline.references where !names.contains(reference.name) {
                diagnostics.append(Diagnostic(
                    .error, path: source.path, line: reference.mark.line, column: reference.mark.column,
                    message: "unknown partial '\(reference.name)': there is no templates/\(reference.name).mustache"))
            }
            for mark in outline.dynamic {
                diagnostics.append(Diagnostic(
                    .error, path: source.path, line: mark.line, column: mark.column,
                    message: "dynamic partials ({{>*name}}) are not supported: name the template, e.g. {{>partials/card}}"))
            }
            for mark in outline.setDelimiters {
                diagnostics.append(Diagnostic(
                    .error, path: source.path, line: mark.line, column: mark.column,
                    message: "set-delimiter tags ({{=<% %>=}}) are not supported: keep {{ and }}"))
            }
        }
        for cycle in cycles(in: graph) {
            diagnostics.append(Diagnostic(
                .error, path: paths[cycle.from] ?? cycle.from, line: cycle.mark.line, column: cycle.mark.column,
                message: "'\(cycle.from)' includes itself through \(cycle.chain.joined(separator: " → ")); templates cannot recurse"))
        }
        diagnostics += blockCycles(outlines: outlines, graph: graph, paths: paths)
        for name in required where !names.contains(name) {
            diagnostics.append(Diagnostic(
                .error, path: folder.display("templates/\(name).mustache"), line: 1, column: 1,
                message: "the theme has no '\(name)' template"))
        }
        return (diagnostics.isEmpty ? Theme(library: library) : nil, diagnostics)
    }

    /// Renders a template; the template is known to exist once `load` succeeded.
    func render(_ name: String, _ value: TemplateValue) -> String {
        library.render(Self.mustacheValue(value), withTemplate: name) ?? ""
    }

    private static func mustacheValue(_ value: TemplateValue) -> Any {
        switch value {
        case .text(let text): return text
        case .bool(let flag): return flag
        case .int(let number): return number
        case .list(let items): return items.map(mustacheValue)
        case .object(let fields): return fields.mapValues(mustacheValue)
        }
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

    /// A block a template fills for its parent is rendered wherever that block appears
    /// below, the outer filling winning: so a filling that leads (through partials and
    /// parents) to a template with the same block renders itself again, forever. Each
    /// such filling is an error at its `{{$block}}` tag.
    static func blockCycles(
        outlines: [String: TemplateOutline], graph: [String: [(name: String, mark: Mark)]], paths: [String: String]
    ) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for name in outlines.keys.sorted() {
            guard let outline = outlines[name] else { continue }
            for override in outline.overrides {
                // A breadth-first walk from what the block includes, remembering the way.
                var via: [String: String] = [:]
                var queue = override.references.map(\.name).filter { graph[$0] != nil }
                for start in queue { via[start] = via[start] ?? "" }
                var head = 0
                var culprit: String?
                while head < queue.count, culprit == nil {
                    let current = queue[head]
                    head += 1
                    if outlines[current]?.slots.contains(override.block) == true {
                        culprit = current
                        break
                    }
                    for next in graph[current] ?? [] where via[next.name] == nil {
                        via[next.name] = current
                        queue.append(next.name)
                    }
                }
                guard let culprit else { continue }
                var chain = [culprit]
                while let previous = via[chain[0]], !previous.isEmpty { chain.insert(previous, at: 0) }
                found.append(Diagnostic(
                    .error, path: paths[name] ?? name, line: override.mark.line, column: override.mark.column,
                    message: "'\(name)' fills the block '\(override.block)' with \(chain.joined(separator: " → ")), which renders "
                        + "the block '\(override.block)' again; templates cannot recurse"))
            }
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
