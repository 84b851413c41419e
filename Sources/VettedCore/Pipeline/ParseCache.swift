import Foundation

/// Remembers what each content file parsed to, keyed by its modification time and
/// size, so a preview rebuild reads only the files that changed.
final class ParseCache: Sendable {
    /// A file's identity for caching: nanosecond modification time and size.
    struct Stamp: Hashable, Sendable {
        let modified: Int
        let size: Int
    }

    private let reviews = Locked<[String: (Stamp, Review?, [Diagnostic])]>([:])
    private let pages = Locked<[String: (Stamp, Page?, [Diagnostic])]>([:])
    private let stamps = Locked<[String: Stamp]>([:])

    static func stamp(of path: String) -> Stamp? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        #if canImport(Darwin)
        let modified = Int(info.st_mtimespec.tv_sec) * 1_000_000_000 + Int(info.st_mtimespec.tv_nsec)
        #else
        let modified = Int(info.st_mtim.tv_sec) * 1_000_000_000 + Int(info.st_mtim.tv_nsec)
        #endif
        return Stamp(modified: modified, size: Int(info.st_size))
    }

    /// The stamp seen when the file was last read, for dependency keys.
    func stamp(_ path: String) -> Stamp? { stamps.read { $0[path] } }

    func review(_ path: String, read: () -> (Review?, [Diagnostic])) -> (Review?, [Diagnostic]) {
        cached(path, in: reviews, read: read)
    }

    func page(_ path: String, read: () -> (Page?, [Diagnostic])) -> (Page?, [Diagnostic]) {
        cached(path, in: pages, read: read)
    }

    private func cached<T: Sendable>(
        _ path: String, in store: Locked<[String: (Stamp, T?, [Diagnostic])]>, read: () -> (T?, [Diagnostic])
    ) -> (T?, [Diagnostic]) {
        guard let stamp = Self.stamp(of: path) else { return read() }
        if stamps.read({ $0[path] }) != stamp { stamps.withLock { $0[path] = stamp } }
        if let hit = store.read({ $0[path] }), hit.0 == stamp { return (hit.1, hit.2) }
        let result = read()
        store.withLock { $0[path] = (stamp, result.0, result.1) }
        return result
    }
}
