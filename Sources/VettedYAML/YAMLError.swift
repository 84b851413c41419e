/// A YAML document that cannot be read, with the position of the problem.
public struct YAMLError: Error, Sendable, Equatable, CustomStringConvertible {
    public let mark: Mark
    public let message: String

    public init(mark: Mark, message: String) {
        self.mark = mark
        self.message = message
    }

    public var description: String { "\(mark): \(message)" }
}
