import Foundation
import Synchronization
import VettedCore

/// Prints diagnostics to standard error and summaries to standard output; colour only
/// on a terminal, and never when NO_COLOR is set (https://no-color.org). With
/// `--format github`, diagnostics are GitHub Actions workflow commands on standard
/// output, which the runner turns into annotations on the file and line.
struct DiagnosticPrinter {
    let quiet: Bool
    let format: DiagnosticFormat
    let colour: Bool

    init(quiet: Bool, format: DiagnosticFormat = .text) {
        self.quiet = quiet
        self.format = format
        let environment = ProcessInfo.processInfo.environment
        colour = format == .text && isatty(STDERR_FILENO) == 1 && environment["NO_COLOR"] == nil && environment["TERM"] != "dumb"
    }

    func print(_ diagnostics: [Diagnostic]) {
        var text = ""
        for diagnostic in diagnostics where !quiet || diagnostic.severity == .error {
            switch format {
            case .text: text += colour ? coloured(diagnostic) : diagnostic.description
            case .github: text += WorkflowCommand.annotation(diagnostic)
            }
            text += "\n"
        }
        (format == .github ? FileHandleOutput.standardOutput : .standardError).write(text)
    }

    private func coloured(_ diagnostic: Diagnostic) -> String {
        let code = switch diagnostic.severity {
        case .error: "1;31"
        case .warning: "1;33"
        case .note: "1;36"
        }
        return "\u{1B}[1m\(diagnostic.path):\(diagnostic.line):\(diagnostic.column):\u{1B}[0m "
            + "\u{1B}[\(code)m\(diagnostic.severity.rawValue):\u{1B}[0m \(diagnostic.message)"
    }

    func summary(_ line: String) {
        FileHandleOutput.standardOutput.write(line + "\n")
    }
}

/// Shows how a long build advances: on a terminal, one line rewritten in place once
/// the build has run for a second; elsewhere (CI logs), a plain line per finished
/// stage of a build that takes over a second; nothing with --quiet.
final class ProgressPrinter: Sendable {
    private let started = Date()
    private let terminal = isatty(STDERR_FILENO) == 1
    private let state = Locked<(stage: BuildProgress.Stage?, stageStarted: Date, lastDraw: Date, drawn: Bool)>(
        (nil, Date(), .distantPast, false))

    func update(_ progress: BuildProgress) {
        let now = Date()
        state.withLock { state in
            if state.stage != progress.stage {
                if !terminal, let previous = state.stage, now.timeIntervalSince(started) > 1 {
                    let seconds = String(format: "%.1f", now.timeIntervalSince(state.stageStarted))
                    FileHandleOutput.standardError.write("\(previous.rawValue) done in \(seconds) s\n")
                }
                state.stage = progress.stage
                state.stageStarted = now
            }
            guard terminal, now.timeIntervalSince(started) > 1, now.timeIntervalSince(state.lastDraw) > 0.1 else { return }
            state.lastDraw = now
            state.drawn = true
            let count = progress.total > 0 ? " \(progress.done)/\(progress.total) reviews" : ""
            FileHandleOutput.standardError.write("\r\u{1B}[K\(progress.stage.rawValue)\(count)…")
        }
    }

    /// Clears the progress line before the results are printed.
    func finish() {
        state.withLock { state in
            if state.drawn { FileHandleOutput.standardError.write("\r\u{1B}[K") }
            state.drawn = false
        }
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
