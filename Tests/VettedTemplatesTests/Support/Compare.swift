import Testing
@testable import VettedTemplates

/// Compiles templates with Vetted, failing the test on problems.
func compile(_ templates: [(name: String, text: String)]) -> TemplateLibrary? {
    let sources = templates.map { (name: $0.name, path: "templates/\($0.name).mustache", text: $0.text) }
    switch TemplateLibrary.compile(sources) {
    case .success(let library): return library
    case .failure(let problems):
        Issue.record("unexpected problems:\n\(problems)")
        return nil
    }
}

/// The problems Vetted finds in templates (none if they compile).
func problems(_ templates: [(name: String, text: String)]) -> [TemplateProblem] {
    let sources = templates.map { (name: $0.name, path: "templates/\($0.name).mustache", text: $0.text) }
    switch TemplateLibrary.compile(sources) {
    case .success: return []
    case .failure(let problems): return problems.problems
    }
}

/// The problems of a single template named `main`, as `line:column: message`.
func problems(in text: String, partials: [(name: String, text: String)] = []) -> [String] {
    problems([("main", text)] + partials).map { "\($0.line):\($0.column): \($0.message)" }
}

/// Renders `main` with Vetted and swift-mustache and expects the same bytes; returns Vetted's output.
@discardableResult
func expectSame(
    _ text: String, _ value: TemplateValue = .object([:]), partials: [(name: String, text: String)] = [],
    sourceLocation: SourceLocation = #_sourceLocation
) -> String {
    let templates = [(name: "main", text: text)] + partials
    guard let library = compile(templates) else { return "" }
    let ours = library.render("main", value)
    switch Oracle.render(templates, "main", value) {
    case .success(let theirs):
        #expect(ours == theirs, "template \(text.debugDescription)", sourceLocation: sourceLocation)
    case .failure(let error):
        Issue.record("swift-mustache refused \(text.debugDescription): \(error)", sourceLocation: sourceLocation)
    }
    return ours
}
