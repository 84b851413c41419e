extension TemplateLibrary {
    /// Checks every name a template uses against the shape of the value it will get.
    ///
    /// The template is walked as rendering walks it, through sections, partials,
    /// parents and blocks (with the fillings in force), with schemas in place of
    /// values; every section over a list or object is assumed to render.
    ///
    /// - Parameters:
    ///   - name: the template to check.
    ///   - root: the schema of the value the template is rendered with.
    /// - Returns: a problem for every name no schema in the context has (with a
    ///   suggestion when a field's name is close), every transform that does not apply
    ///   to its value, every `first()`, `last()`, `index()`, `even()` or `odd()` outside a
    ///   section over a list, and every `{{name}}` that would print a list or an object.
    ///   Each is reported at its tag, in the template file the tag is in.
    public func check(_ name: String, root: TemplateSchema) -> [TemplateProblem] {
        guard let index = index(of: name) else {
            return [TemplateProblem(.field, path: name, line: 1, column: 1, message: "there is no template '\(name)'")]
        }
        var checker = FieldChecker(library: self, root: root)
        checker.visit(bodies[index], FieldChecker.Frame(inList: false, fillings: [:]))
        return checker.problems
            .enumerated()
            .sorted { a, b in
                let (x, y) = (a.element.location, b.element.location)
                return (x.template, x.line, x.column, a.offset) < (y.template, y.line, y.column, b.offset)
            }
            .map { entry in
                let location = entry.element.location
                return TemplateProblem(
                    .field, path: paths[location.template], line: location.line, column: location.column,
                    message: entry.element.message)
            }
    }
}
