import Foundation

/// Where rendered files go: a staging folder on disk, or memory for the preview server.
/// `write` may be called from several threads at once.
protocol OutputSink: Sendable {
    /// Writes a file; `path` is relative to the site root (`reviews/x/index.html`).
    func write(_ text: String, to path: String) throws
    func write(_ bytes: [UInt8], to path: String) throws
}

extension OutputSink {
    func write(_ text: String, to path: String) throws {
        try write(Array(text.utf8), to: path)
    }
}

/// A failure to write the output, with the path that failed.
public struct OutputError: Error, CustomStringConvertible {
    public let path: String
    public let reason: String
    public var description: String { "\(path): \(reason)" }
}

/// Writes files below a folder, creating sub-folders as needed.
struct FolderSink: OutputSink {
    let root: String

    func write(_ bytes: [UInt8], to path: String) throws {
        precondition(!path.hasPrefix("/") && !path.split(separator: "/").contains(".."), "output paths stay inside the output")
        let full = root + "/" + path
        let folder = String(full[..<(full.lastIndex(of: "/") ?? full.endIndex)])
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try Data(bytes).write(to: URL(fileURLWithPath: full))
        } catch {
            throw OutputError(path: full, reason: error.localizedDescription)
        }
    }
}
