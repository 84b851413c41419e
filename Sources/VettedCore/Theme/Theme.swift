import VettedTemplates
import VettedYAML

/// The Mustache templates of a site, compiled once per build by Vetted's own engine
/// and checked against the page models they are rendered with.
struct Theme: Sendable {
    /// The templates every theme must have.
    static let required = ["base", "home", "review", "page", "list", "terms", "compare", "rubric", "search", "404", ReviewCards.partial]

    /// A template's name (`partials/badge`), the path shown in messages, and its text.
    struct Source: Sendable {
        let name: String
        let path: String
        let text: String
    }

    let library: TemplateLibrary
    /// Every template the theme is made of, for the tests that compare the engine with
    /// swift-mustache and for `vetted-bench`.
    let sources: [Source]

    /// Compiles the default theme and every `templates/**/*.mustache` of the site, which
    /// replaces the default template of the same name. A template is named by its path
    /// without the extension (`partials/badge`). Syntax errors, unknown partials,
    /// include cycles and fields no page model has are reported with the template's
    /// path, line and column, all in one run.
    static func load(from folder: SiteFolder) -> (Theme?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var sources = DefaultTheme.templates.map { Source(name: $0.name, path: "(default theme)/\($0.name).mustache", text: $0.text) }
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
                sources.append(Source(name: name, path: path, text: source.text))
            case .failure(let error):
                diagnostics.append(Diagnostic(.error, path: path, line: error.mark.line, column: error.mark.column, message: error.message))
            }
        }
        let names = Set(sources.map(\.name))
        for name in required where !names.contains(name) {
            diagnostics.append(Diagnostic(
                .error, path: folder.display("templates/\(name).mustache"), line: 1, column: 1,
                message: "the theme has no '\(name)' template"))
        }
        switch TemplateLibrary.compile(sources.map { ($0.name, $0.path, $0.text) }) {
        case .failure(let problems):
            diagnostics += problems.problems.map(Self.diagnostic)
            // The other templates are still checked for unknown fields, with the broken
            // ones left empty, so every problem is reported in one run.
            let broken = Set(problems.problems.map(\.path))
            let patched = sources.map { ($0.name, $0.path, broken.contains($0.path) ? "" : $0.text) }
            if case .success(let library) = TemplateLibrary.compile(patched) {
                diagnostics += fieldProblems(library).filter { !broken.contains($0.path) }
            }
            return (nil, diagnostics)
        case .success(let library):
            diagnostics += fieldProblems(library)
            return (diagnostics.isEmpty ? Theme(library: library, sources: sources) : nil, diagnostics)
        }
    }

    /// Each page template checked with the values its page model gives it; `base` and
    /// the partials are checked through the templates that use them, each problem once.
    private static func fieldProblems(_ library: TemplateLibrary) -> [Diagnostic] {
        var seen: Set<String> = []
        var found: [Diagnostic] = []
        var checks = TemplateSchemas.templates.compactMap { entry in TemplateSchemas.root(entry.template).map { (entry.template, $0) } }
        checks.append((ReviewCards.partial, TemplateSchemas.cardPartial))
        for (template, root) in checks where library.contains(template) {
            for problem in library.check(template, root: root) where seen.insert(problem.description).inserted {
                found.append(diagnostic(problem))
            }
        }
        return found
    }

    private static func diagnostic(_ problem: TemplateProblem) -> Diagnostic {
        Diagnostic(.error, path: problem.path, line: problem.line, column: problem.column, message: problem.message)
    }

    /// Renders a template; the template is known to exist once `load` succeeded.
    func render(_ name: String, _ value: TemplateValue) -> String {
        library.render(name, value)
    }
}
