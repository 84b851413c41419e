import VettedMarkdown
import VettedYAML

/// Collects the diagnostics of one file. Each file gets its own log, so files can be
/// read in parallel and their logs merged afterwards.
final class DiagnosticLog {
    let path: String
    private(set) var items: [Diagnostic] = []

    init(path: String) {
        self.path = path
    }

    var hasErrors: Bool { items.contains { $0.severity == .error } }

    /// The errors logged so far, to tell whether one part of a file was read cleanly.
    var errorCount: Int { items.count { $0.severity == .error } }

    func error(_ message: String, at mark: Mark) {
        items.append(Diagnostic(.error, path: path, line: mark.line, column: mark.column, message: message))
    }

    func warning(_ message: String, at mark: Mark) {
        items.append(Diagnostic(.warning, path: path, line: mark.line, column: mark.column, message: message))
    }

    /// Logs the problems found while rendering Markdown.
    func report(_ problems: [MarkdownProblem]) {
        for problem in problems {
            let mark = Mark(line: problem.line, column: problem.column)
            if problem.isWarning { warning(problem.message, at: mark) } else { error(problem.message, at: mark) }
        }
    }

    func note(_ message: String, at mark: Mark) {
        items.append(Diagnostic(.note, path: path, line: mark.line, column: mark.column, message: message))
    }
}
