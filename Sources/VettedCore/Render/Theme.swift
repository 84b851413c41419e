import Mustache
import VettedYAML

/// The Mustache templates of a site, parsed once per build.
struct Theme: Sendable {
    /// The templates every theme must have.
    static let required = ["base", "home", "review", "page"]

    let library: MustacheLibrary

    /// Parses every `templates/**/*.mustache`; a template is named by its path without
    /// the extension (`partials/badge`). Parse errors and unknown partials are reported
    /// with the template's path, line and column.
    static func load(from folder: SiteFolder) -> (Theme?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var sources: [(name: String, path: String, text: String)] = []
        for file in folder.tree("templates") where file.hasSuffix(".mustache") {
            let path = folder.display("templates/" + file)
            guard let bytes = folder.read("templates/" + file), let text = String(validating: bytes, as: UTF8.self) else {
                diagnostics.append(Diagnostic(.error, path: path, line: 1, column: 1, message: "the template is not valid UTF-8"))
                continue
            }
            sources.append((String(file.dropLast(".mustache".count)), path, text))
        }
        var library = MustacheLibrary()
        for source in sources {
            do {
                library.register(try MustacheTemplate(string: source.text), named: source.name)
            } catch let error as MustacheTemplate.ParserError {
                diagnostics.append(Diagnostic(
                    .error, path: source.path, line: error.context.lineNumber, column: error.context.columnNumber,
                    message: "template error: \(describe(error.error))"))
            } catch {
                diagnostics.append(Diagnostic(.error, path: source.path, line: 1, column: 1, message: "template error: \(error)"))
            }
        }
        let names = Set(sources.map(\.name))
        for source in sources {
            for reference in partialReferences(in: source.text) where !names.contains(reference.name) {
                diagnostics.append(Diagnostic(
                    .error, path: source.path, line: reference.mark.line, column: reference.mark.column,
                    message: "unknown partial '\(reference.name)': there is no templates/\(reference.name).mustache"))
            }
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
