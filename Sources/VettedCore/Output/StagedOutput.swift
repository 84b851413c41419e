import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Builds into a staging folder beside the output and swaps it in only when the
/// whole build succeeded: a failed build leaves the previous output as it was, and a
/// successful one leaves no stale file behind. An interrupted build removes its
/// staging folder (`BuildInterruption`); one killed outright leaves it, and the next
/// build removes it once no process has its number.
struct StagedOutput {
    /// A file in every build's output: a folder without it is never replaced.
    static let marker = ".vetted-output"
    static let markerText = "This folder is written by `vetted build` and replaced as a whole by the next build.\n"

    /// The output folder, e.g. `public`.
    let output: String
    let staging: String
    private let retired: String

    init(output: String) {
        let trimmed = output.hasSuffix("/") && output.count > 1 ? String(output.dropLast()) : output
        self.output = trimmed
        let pid = ProcessInfo.processInfo.processIdentifier
        self.staging = "\(trimmed).staging-\(pid)"
        self.retired = "\(trimmed).old-\(pid)"
        self.sink = FolderSink(root: staging)
    }

    /// Writes into the staging folder.
    let sink: FolderSink

    /// Removes what interrupted builds left beside the output, then creates an empty
    /// staging folder and registers it for `BuildInterruption`.
    func begin() throws {
        let files = FileManager.default
        Self.removeLeftovers(beside: output)
        try? files.removeItem(atPath: staging)
        do {
            try files.createDirectory(atPath: staging, withIntermediateDirectories: true)
        } catch {
            throw OutputError(path: staging, reason: error.localizedDescription)
        }
        BuildInterruption.active.withLock { $0 = .staging(self) }
    }

    /// Moves the staging folder into place; the old output is removed afterwards.
    func commit() throws {
        // Under the lock, so an interruption waits for both moves and never finds
        // the old output moved away and the new one not yet in place.
        try BuildInterruption.active.withLock { state in
            try swap()
            state = .committed(output)
        }
        try? FileManager.default.removeItem(atPath: retired)
        BuildInterruption.active.withLock { $0 = .idle }
    }

    private func swap() throws {
        let files = FileManager.default
        var isFolder: ObjCBool = false
        let hadOutput = files.fileExists(atPath: output, isDirectory: &isFolder)
        if hadOutput, !isFolder.boolValue {
            throw OutputError(path: output, reason: "exists and is not a folder; it was left alone")
        }
        do {
            if hadOutput { try files.moveItem(atPath: output, toPath: retired) }
            try files.moveItem(atPath: staging, toPath: output)
        } catch {
            if hadOutput, !files.fileExists(atPath: output) { try? files.moveItem(atPath: retired, toPath: output) }
            throw OutputError(path: output, reason: error.localizedDescription)
        }
    }

    /// Removes the staging folder; the previous output is untouched.
    func abandon() {
        BuildInterruption.active.withLock { state in
            try? FileManager.default.removeItem(atPath: staging)
            state = .idle
        }
    }

    /// Removes `<output>.staging-<pid>` and `<output>.old-<pid>` folders (with any
    /// `-suffix`) whose process is gone: `kill(pid, 0)` fails with ESRCH. A folder of
    /// a live process, another build perhaps, is left alone, and so is this process's.
    /// - Returns: the paths removed.
    @discardableResult
    static func removeLeftovers(beside output: String) -> [String] {
        let url = URL(fileURLWithPath: output)
        let parent = url.deletingLastPathComponent().path
        let base = url.lastPathComponent
        let own = ProcessInfo.processInfo.processIdentifier
        var removed: [String] = []
        for name in (try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? [] {
            guard let pid = leftoverProcess(name, base: base), pid != own, kill(pid, 0) != 0, errno == ESRCH else { continue }
            let path = parent + "/" + name
            if (try? FileManager.default.removeItem(atPath: path)) != nil { removed.append(path) }
        }
        return removed
    }

    /// The process number in `<base>.staging-<pid>` or `<base>.old-<pid>[-…]`, or nil.
    static func leftoverProcess(_ name: String, base: String) -> pid_t? {
        for kind in [".staging-", ".old-"] where name.hasPrefix(base + kind) {
            let digits = name.dropFirst(base.count + kind.count).prefix { $0.isASCII && $0.isNumber }
            let rest = name.dropFirst(base.count + kind.count + digits.count)
            guard !digits.isEmpty, rest.isEmpty || rest.hasPrefix("-"), let pid = pid_t(digits), pid > 0 else { return nil }
            return pid
        }
        return nil
    }
}

/// What a signal handler does about the build in progress in this process: the
/// command line calls `interrupt()` on SIGINT or SIGTERM, then exits.
public enum BuildInterruption {
    /// Where the build in progress stands.
    enum State {
        case idle
        case staging(StagedOutput)
        case committed(String)
    }

    static let active = Locked<State>(.idle)

    /// What `interrupt()` found.
    public enum Outcome: Equatable, Sendable {
        /// No build was writing.
        case nothing
        /// A build was writing: its staging folder is removed and this output is unchanged.
        case abandoned(output: String)
        /// The new output had just been swapped in, at this path.
        case finished(output: String)
    }

    /// Removes the staging folder of the build in progress, if any. Runs in ordinary
    /// code (the command line receives signals through a dispatch source), while the
    /// build's threads may still be writing: the folder is first renamed, so every
    /// later write fails at once instead of adding files to a folder being removed.
    public static func interrupt() -> Outcome {
        active.withLock { state in
            switch state {
            case .idle:
                return .nothing
            case .committed(let output):
                return .finished(output: output)
            case .staging(let staged):
                let doomed = staged.staging + "-interrupted"
                let files = FileManager.default
                let target = (try? files.moveItem(atPath: staged.staging, toPath: doomed)) != nil ? doomed : staged.staging
                // A write that had already opened its folder may land during the first pass.
                for _ in 0..<5 where files.fileExists(atPath: target) {
                    try? files.removeItem(atPath: target)
                }
                state = .idle
                return .abandoned(output: staged.output)
            }
        }
    }
}
