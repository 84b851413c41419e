/// A message about the content, tied to a file and a position in it.
public struct Diagnostic: Sendable, Hashable, Comparable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable {
        case error, warning, note
    }

    public let severity: Severity
    /// The file's path as the user names it (the site folder joined with the file's path in it).
    public let path: String
    /// 1-based line.
    public let line: Int
    /// 1-based column.
    public let column: Int
    public let message: String

    public init(_ severity: Severity, path: String, line: Int, column: Int, message: String) {
        self.severity = severity
        self.path = path
        self.line = line
        self.column = column
        self.message = message
    }

    /// `path:line:col: severity: message`, the form compilers use, so editors can jump to it.
    public var description: String {
        "\(path):\(line):\(column): \(severity.rawValue): \(message)"
    }

    /// Sorted by path, then line, column and message.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        (lhs.path, lhs.line, lhs.column, lhs.message) < (rhs.path, rhs.line, rhs.column, rhs.message)
    }
}

extension Array where Element == Diagnostic {
    /// The number of errors.
    public var errorCount: Int { filter { $0.severity == .error }.count }
    /// The number of warnings.
    public var warningCount: Int { filter { $0.severity == .warning }.count }
}
