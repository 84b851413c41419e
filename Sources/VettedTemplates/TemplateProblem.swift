/// A mistake in a template, at the place in the author's file where it is.
public struct TemplateProblem: Error, Sendable, Equatable, CustomStringConvertible {
    /// The template file, as given to ``TemplateLibrary/compile(_:)``.
    public let path: String
    /// 1-based line in the file.
    public let line: Int
    /// 1-based column in the line, counted in Unicode scalars.
    public let column: Int
    /// What is wrong and how to fix it, in plain English.
    public let message: String
    /// What sort of mistake it is.
    let kind: Kind

    /// Sorts of problems, kept apart so tests can tell a construct Vetted refuses on
    /// purpose from a template swift-mustache refuses too.
    enum Kind: Sendable, Equatable {
        /// Malformed Mustache: swift-mustache refuses the template as well.
        case syntax
        /// Mustache that swift-mustache accepts but Vetted refuses on purpose.
        case unsupported
        /// A partial or parent that names no template.
        case unknownTemplate
        /// A template that would render itself forever.
        case recursion
        /// A name no value in the template's context has (``TemplateLibrary/check(_:root:)``).
        case field
    }

    init(_ kind: Kind, path: String, line: Int, column: Int, message: String) {
        self.kind = kind
        self.path = path
        self.line = line
        self.column = column
        self.message = message
    }

    /// `path:line:column: message`.
    public var description: String { "\(path):\(line):\(column): \(message)" }
}

/// Every problem found while compiling a set of templates.
public struct TemplateProblems: Error, Sendable, Equatable, CustomStringConvertible {
    /// In the order of the templates given, then of their place in each file.
    public let problems: [TemplateProblem]

    public var description: String { problems.map(\.description).joined(separator: "\n") }
}
