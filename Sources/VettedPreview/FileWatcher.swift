import Foundation
import Synchronization
import VettedCore

#if canImport(Glibc)
import Glibc
#endif

/// Watches `site.yaml`, `content/`, `templates/` and `static/` and calls back once a burst of
/// changes has settled (editors write, rename and touch files in quick succession).
/// Uses inotify on Linux; elsewhere it compares modification times every 200 ms.
final class FileWatcher: Sendable {
    private let root: String
    private let debounce: Duration
    private let stopped = Atomic<Bool>(false)

    init(root: String, debounce: Duration = .milliseconds(10)) {
        self.root = root
        self.debounce = debounce
    }

    func stop() { stopped.store(true, ordering: .relaxed) }

    /// Starts watching on a thread of its own.
    /// - Parameter onChange: called with the changed paths (relative to the site).
    func start(_ onChange: @escaping @Sendable ([String]) -> Void) {
        let thread = Thread { [self] in
            #if os(Linux)
            watchWithInotify(onChange)
            #else
            watchByPolling(onChange)
            #endif
        }
        thread.name = "vetted-watcher"
        thread.start()
    }

    /// The folders the site is built from.
    static let folders = ["content", "templates", "static"]

    /// Whether a path is one the site is built from (and not an editor's swap file).
    static func matters(_ relative: String) -> Bool {
        guard let name = relative.split(separator: "/").last else { return false }
        if HiddenNames.leftOut(name, keepingHidden: HiddenNames.keptHidden(in: relative)) { return false }
        if name.hasSuffix("~") || name.hasSuffix(".swp") || name.hasSuffix(".tmp") { return false }
        return relative == "site.yaml" || Self.folders.contains { relative.hasPrefix($0 + "/") }
    }

    #if os(Linux)
    private func watchWithInotify(_ onChange: @escaping @Sendable ([String]) -> Void) {
        let descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else { return }
        defer { close(descriptor) }
        let mask = UInt32(IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_MODIFY | IN_ATTRIB)
        var folders: [Int32: String] = [:]
        // The site folder itself (for site.yaml), and every folder below content/, templates/ and static/.
        func watch(_ relative: String) {
            let path = relative.isEmpty ? root : root + "/" + relative
            let handle = inotify_add_watch(descriptor, path, mask)
            if handle >= 0 { folders[handle] = relative }
            for child in (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [] {
                if relative.isEmpty, !Self.folders.contains(child) { continue }
                let childRelative = relative.isEmpty ? child : relative + "/" + child
                if HiddenNames.leftOut(child, keepingHidden: HiddenNames.keptHidden(in: childRelative)) { continue }
                var isFolder: ObjCBool = false
                if FileManager.default.fileExists(atPath: root + "/" + childRelative, isDirectory: &isFolder), isFolder.boolValue {
                    watch(childRelative)
                }
            }
        }
        watch("")
        var pending: [String] = []
        var lastEvent = ContinuousClock.now
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while !stopped.load(ordering: .relaxed) {
            var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            // Wake exactly when the quiet period after the last event ends.
            var wait: Int32 = 100
            if !pending.isEmpty {
                let remaining = debounce - (ContinuousClock.now - lastEvent)
                wait = max(0, Int32(remaining.components.attoseconds / 1_000_000_000_000_000 + remaining.components.seconds * 1000) + 1)
            }
            let ready = poll(&poller, 1, wait)
            if ready > 0 {
                let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
                var offset = 0
                while count > 0, offset + MemoryLayout<inotify_event>.size <= count {
                    let (handle, flags, length, name) = buffer.withUnsafeBytes { raw -> (Int32, UInt32, Int, String) in
                        let event = raw.load(fromByteOffset: offset, as: inotify_event.self)
                        let nameStart = offset + MemoryLayout<inotify_event>.size
                        let nameBytes = raw[nameStart..<(nameStart + Int(event.len))].prefix { $0 != 0 }
                        return (event.wd, event.mask, Int(event.len), String(decoding: nameBytes, as: UTF8.self))
                    }
                    offset += MemoryLayout<inotify_event>.size + length
                    guard let folder = folders[handle] else { continue }
                    let relative = folder.isEmpty ? name : folder + "/" + name
                    if flags & UInt32(IN_ISDIR) != 0, flags & UInt32(IN_CREATE | IN_MOVED_TO) != 0, Self.matters(relative + "/x") {
                        watch(relative)
                    }
                    if Self.matters(relative) {
                        pending.append(relative)
                        lastEvent = .now
                    }
                }
            } else if !pending.isEmpty, ContinuousClock.now - lastEvent >= debounce {
                let changed = Array(Set(pending)).sorted()
                pending.removeAll()
                onChange(changed)
            }
        }
    }
    #else
    private func watchByPolling(_ onChange: @escaping @Sendable ([String]) -> Void) {
        var previous = snapshot()
        while !stopped.load(ordering: .relaxed) {
            Thread.sleep(forTimeInterval: 0.2)
            let current = snapshot()
            let changed = Set(previous.keys).union(current.keys).filter { previous[$0] != current[$0] }
            previous = current
            if !changed.isEmpty { onChange(changed.sorted()) }
        }
    }

    private func snapshot() -> [String: Date] {
        var files: [String: Date] = [:]
        for folder in Self.folders {
            let enumerator = FileManager.default.enumerator(atPath: root + "/" + folder)
            while let path = enumerator?.nextObject() as? String {
                files[folder + "/" + path] = enumerator?.fileAttributes?[.modificationDate] as? Date
            }
        }
        files["site.yaml"] = (try? FileManager.default.attributesOfItem(atPath: root + "/site.yaml"))?[.modificationDate] as? Date
        return files
    }
    #endif
}
