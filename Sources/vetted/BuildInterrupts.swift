import Dispatch
import Foundation
import VettedCore

/// SIGINT (Ctrl-C) and SIGTERM during `vetted build`: the staging folder is removed,
/// the previous output stays, and the command exits with 128 + the signal's number
/// (130 and 143), as shells report a process stopped by a signal.
///
/// The signals are set to be ignored and read through dispatch sources, so the
/// clean-up runs as ordinary code on a dispatch thread, not inside a signal handler
/// where only async-signal-safe calls are allowed (no file manager, no locks).
enum BuildInterrupts {
    /// The sources, kept for the life of the process.
    nonisolated(unsafe) private static var sources: [any DispatchSourceSignal] = []

    /// Installs the handlers; called once, before the build starts.
    static func install(progress: ProgressPrinter) {
        guard sources.isEmpty else { return }
        for (number, name) in [(SIGINT, "SIGINT"), (SIGTERM, "SIGTERM")] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { interrupted(by: number, name: name, progress: progress) }
            source.resume()
            sources.append(source)
        }
    }

    /// Ends the process from inside `interrupt`, so the build's own threads can
    /// neither finish nor print the failed writes; `_exit` runs no exit handlers that
    /// another thread could be running too.
    private static func interrupted(by number: Int32, name: String, progress: ProgressPrinter) -> Never {
        BuildInterruption.interrupt { outcome in
            progress.finish()
            switch outcome {
            case .nothing:
                FileHandleOutput.standardError.write("interrupted (\(name)): nothing was written\n")
            case .abandoned(let output):
                FileHandleOutput.standardError.write("interrupted (\(name)): \(output) was not changed\n")
            case .finished(let output):
                FileHandleOutput.standardError.write("interrupted (\(name)) as the build finished: \(output) holds the new build\n")
            }
            _exit(128 + number)
        }
    }
}
