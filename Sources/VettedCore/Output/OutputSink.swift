import Foundation

/// Where rendered files go: a staging folder on disk, or memory for the preview server.
/// `write` may be called from several threads at once.
protocol OutputSink: Sendable {
    /// Writes a file; `path` is relative to the site root (`reviews/x/index.html`).
    func write(_ text: String, to path: String) throws
    func write(_ bytes: [UInt8], to path: String) throws
    /// Every path written so far.
    var writtenPaths: Set<String> { get }
    /// The ids of an HTML page written before, for checking `#anchor` links; nil when
    /// it was not written.
    func anchors(in path: String) -> Set<String>?
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
    private let created = Locked<Set<String>>([])
    private let written = Locked<Set<String>>([])

    var writtenPaths: Set<String> { written.read { $0 } }

    /// Reads the page back from the folder.
    func anchors(in path: String) -> Set<String>? {
        guard written.read({ $0.contains(path) }), let data = FileManager.default.contents(atPath: root + "/" + path) else { return nil }
        return PageScan.ids(in: String(decoding: data, as: UTF8.self))
    }

    init(root: String) {
        self.root = root
    }

    func write(_ bytes: [UInt8], to path: String) throws {
        try bytes.withUnsafeBytes { try write($0, to: path) }
    }

    /// Writes the text's own UTF-8 storage, without copying the page into an array first.
    func write(_ text: String, to path: String) throws {
        var text = text
        try text.withUTF8 { try write(UnsafeRawBufferPointer($0), to: path) }
    }

    private func write(_ bytes: UnsafeRawBufferPointer, to path: String) throws {
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
            let count = Foundation.write(descriptor, bytes.baseAddress.map { $0 + offset }, bytes.count - offset)
            guard count > 0 else { throw OutputError(path: full, reason: String(cString: strerror(errno))) }
            offset += count
        }
        _ = written.withLock { $0.insert(path) }
    }

    /// Creates a folder below the root and its parents, once per build, with one
    /// `mkdir` each: a review's folder is usually the only one missing.
    private func makeFolder(_ relative: String) throws {
        if created.read({ $0.contains(relative) }) { return }
        if mkdir(root + "/" + relative, 0o755) != 0 {
            let failure = errno
            if failure == ENOENT, let slash = relative.lastIndex(of: "/") {
                try makeFolder(String(relative[..<slash]))
                guard mkdir(root + "/" + relative, 0o755) == 0 || errno == EEXIST else {
                    throw OutputError(path: root + "/" + relative, reason: String(cString: strerror(errno)))
                }
            } else if failure != EEXIST {
                throw OutputError(path: root + "/" + relative, reason: String(cString: strerror(failure)))
            }
        }
        _ = created.withLock { $0.insert(relative) }
    }
}
