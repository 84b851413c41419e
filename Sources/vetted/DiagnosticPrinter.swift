import Foundation
import VettedCore

/// Prints diagnostics to standard error and summaries to standard output.
struct DiagnosticPrinter {
    let quiet: Bool

    func print(_ diagnostics: [Diagnostic]) {
        var text = ""
        for diagnostic in diagnostics where !quiet || diagnostic.severity == .error {
            text += diagnostic.description + "\n"
        }
        FileHandleOutput.standardError.write(text)
    }

    func summary(_ line: String) {
        FileHandleOutput.standardOutput.write(line + "\n")
    }
}

/// Unbuffered writes to the standard streams.
enum FileHandleOutput {
    case standardOutput, standardError

    func write(_ text: String) {
        guard !text.isEmpty else { return }
        let handle = self == .standardOutput ? FileHandle.standardOutput : FileHandle.standardError
        handle.write(Data(text.utf8))
    }
}
