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
        try BuildInterruption.active.withLock { state in
            if state.interrupted { throw OutputError(path: staging, reason: "the build was interrupted") }
            try? files.removeItem(atPath: staging)
            do {
                try files.createDirectory(atPath: staging, withIntermediateDirectories: true)
            } catch {
                throw OutputError(path: staging, reason: error.localizedDescription)
            }
            state.staging[staging] = self
        }
    }

    /// Moves the staging folder into place; the old output is removed afterwards.
    func commit() throws {
        // Under the lock, so an interruption waits for both moves and never finds
        // the old output moved away and the new one not yet in place.
        try BuildInterruption.active.withLock { state in
            guard !state.interrupted, state.staging[staging] != nil else {
                throw OutputError(path: output, reason: "the build was interrupted; it was left as it was")
            }
            try swap()
            state.staging[staging] = nil
            state.committed.insert(output)
        }
        try? FileManager.default.removeItem(atPath: retired)
        _ = BuildInterruption.active.withLock { $0.committed.remove(output) }
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
            state.staging[staging] = nil
        }
    }

    /// Removes `<output>.staging-<pid>` and `<output>.old-<pid>` folders (with any
    /// `-suffix`) whose process is gone: `kill(pid, 0)` fails with ESRCH. A folder of
    /// a live process, another build perhaps, is left alone, and so is this process's,
    /// and so is one that holds files but no `marker`: a build writes the marker
    /// first, so such a folder is someone's own (`public.old-2024`, a backup).
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
            let entries = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
            guard entries.isEmpty || entries.contains(marker) else { continue }
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
    /// The builds of this process (tests run several at once).
    struct State {
        /// Builds writing, by staging folder.
        var staging: [String: StagedOutput] = [:]
        /// Outputs just swapped in, while the old one is removed.
        var committed: Set<String> = []
        /// For good: no build may start or swap its output in afterwards.
        var interrupted = false
    }

    static let active = Locked<State>(State())
    /// A program the build is running (Pagefind), stopped with the build.
    static let child = Locked<pid_t?>(nil)

    /// What `interrupt()` found.
    public enum Outcome: Equatable, Sendable {
        /// No build was writing.
        case nothing
        /// A build was writing: its staging folder is removed and this output is unchanged.
        case abandoned(output: String)
        /// The new output had just been swapped in, at this path.
        case finished(output: String)
    }

    /// Removes the staging folder of the build in progress, if any, stops the program
    /// it runs, and calls `finish`, which must end the process, still holding the
    /// build's lock: the build can neither swap its output in nor report the failed
    /// writes as errors in the meantime. Runs in ordinary code (the command line
    /// receives signals through a dispatch source), while the build's threads may
    /// still be writing: the folder is first renamed, so every later write fails at
    /// once instead of adding files to a folder being removed.
    public static func interrupt(then finish: (Outcome) -> Never) -> Never {
        // The program's lock is held to the end, so one about to start waits for the
        // process to exit instead of outliving it.
        child.withLock { pid -> Never in
            if let pid { kill(pid, SIGKILL) }
            return active.withLock { state -> Never in
                let outcome = interrupt(&state)
                state.interrupted = true
                finish(outcome)
            }
        }
    }

    private static func interrupt(_ state: inout State) -> Outcome {
        let files = FileManager.default
        for staged in state.staging.values.sorted(by: { $0.staging < $1.staging }) {
            let doomed = staged.staging + "-interrupted"
            let target = (try? files.moveItem(atPath: staged.staging, toPath: doomed)) != nil ? doomed : staged.staging
            // A write that had already opened its folder may land during the first pass.
            for _ in 0..<5 where files.fileExists(atPath: target) {
                try? files.removeItem(atPath: target)
            }
        }
        if let staged = state.staging.values.map(\.output).min() { return .abandoned(output: staged) }
        if let output = state.committed.min() { return .finished(output: output) }
        return .nothing
    }
}
