import Foundation
import Synchronization

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

/// Writes files below a folder, creating sub-folders as needed. Each folder is
/// created once, and files are written with plain POSIX calls: a large site writes
/// tens of thousands of small files.
final class FolderSink: OutputSink {
    let root: String
    private let created = Mutex<Set<String>>([])

    init(root: String) {
        self.root = root
    }

    func write(_ bytes: [UInt8], to path: String) throws {
        guard !path.hasPrefix("/"), !path.split(separator: "/").contains(where: { $0 == ".." || $0 == "." }) else {
            throw OutputError(path: path, reason: "refused: the path would leave the output folder")
        }
        let full = root + "/" + path
        if let slash = path.lastIndex(of: "/") {
            try makeFolder(String(path[..<slash]))
        }
        let descriptor = open(full, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw OutputError(path: full, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer in
                Foundation.write(descriptor, buffer.baseAddress.map { $0 + offset }, bytes.count - offset)
            }
            guard written > 0 else { throw OutputError(path: full, reason: String(cString: strerror(errno))) }
            offset += written
        }
    }

    /// Creates a folder below the root and its parents, once per build.
    private func makeFolder(_ relative: String) throws {
        if created.withLock({ $0.contains(relative) }) { return }
        do {
            try FileManager.default.createDirectory(atPath: root + "/" + relative, withIntermediateDirectories: true)
        } catch {
            throw OutputError(path: root + "/" + relative, reason: error.localizedDescription)
        }
        _ = created.withLock { $0.insert(relative) }
    }
}
