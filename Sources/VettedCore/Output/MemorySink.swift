
/// Keeps written files in memory, for the preview server.
final class MemorySink: OutputSink {
    private let storage = Locked<[String: [UInt8]]>([:])

    func write(_ bytes: [UInt8], to path: String) throws {
        storage.withLock { $0[path] = bytes }
    }

    var files: [String: [UInt8]] { storage.withLock { $0 } }
}
