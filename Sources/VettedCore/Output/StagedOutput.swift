import Foundation

/// Builds into a staging folder beside the output and swaps it in only when the
/// whole build succeeded: a failed build leaves the previous output as it was, and a
/// successful one leaves no stale file behind.
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

    /// Creates an empty staging folder.
    func begin() throws {
        let files = FileManager.default
        try? files.removeItem(atPath: staging)
        do {
            try files.createDirectory(atPath: staging, withIntermediateDirectories: true)
        } catch {
            throw OutputError(path: staging, reason: error.localizedDescription)
        }
    }

    /// Moves the staging folder into place; the old output is removed afterwards.
    func commit() throws {
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
        try? files.removeItem(atPath: retired)
    }

    /// Removes the staging folder; the previous output is untouched.
    func abandon() {
        try? FileManager.default.removeItem(atPath: staging)
    }
}
