import VettedCore

/// GitHub Actions workflow commands: `::error file=…,line=…,col=…::message`.
/// The runner shows each as an annotation on that line of the commit and pull request.
enum WorkflowCommand {
    static func annotation(_ diagnostic: Diagnostic) -> String {
        let command = switch diagnostic.severity {
        case .error: "error"
        case .warning: "warning"
        case .note: "notice"
        }
        let properties = [
            "file=" + escapedProperty(diagnostic.path),
            "line=\(diagnostic.line)",
            "col=\(diagnostic.column)",
        ]
        return "::\(command) \(properties.joined(separator: ","))::\(escapedData(diagnostic.message))"
    }

    /// The message: `%`, CR and LF are encoded, as the runner decodes them.
    static func escapedData(_ text: String) -> String {
        escaped(text, ["%": "%25", "\r": "%0D", "\n": "%0A"])
    }

    /// A property value: also `:` and `,`, which separate properties.
    static func escapedProperty(_ text: String) -> String {
        escaped(text, ["%": "%25", "\r": "%0D", "\n": "%0A", ":": "%3A", ",": "%2C"])
    }

    /// Scalar by scalar, so a CR LF pair (one Character in Swift) is seen as two.
    private static func escaped(_ text: String, _ codes: [Unicode.Scalar: String]) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            if let code = codes[scalar] { result += code } else { result.unicodeScalars.append(scalar) }
        }
        return result
    }
}
