import Foundation
import Synchronization
import VettedCore

/// The site the preview serves: the latest build in memory, its version, and the
/// browser tabs waiting to hear about the next one.
final class PreviewState: Sendable {
    struct Snapshot: Sendable {
        let output: PreviewBuilder.Output
        /// Changes with every build; tabs reload when it does.
        let version: String
    }

    private let snapshot: Locked<Snapshot>
    /// What an open tab hears: a build version, or a keep-alive tick.
    enum Event: Sendable {
        case version(String)
        case keepAlive
    }

    private let listeners = Locked<[UUID: AsyncStream<Event>.Continuation]>([:])
    private let closed = Atomic<Bool>(false)
    private let started = Int(Date().timeIntervalSince1970)
    private let counter = Atomic<Int>(0)

    init(_ output: PreviewBuilder.Output) {
        snapshot = Locked(Snapshot(output: output, version: "\(started)-0"))
    }

    var current: Snapshot { snapshot.withLock { $0 } }

    /// Publishes a new build and tells every open tab.
    func publish(_ output: PreviewBuilder.Output) {
        let number = counter.add(1, ordering: .relaxed).newValue
        let next = Snapshot(output: output, version: "\(started)-\(number)")
        snapshot.withLock { $0 = next }
        for listener in listeners.withLock({ Array($0.values) }) { listener.yield(.version(next.version)) }
    }

    /// A stream of build versions, starting with the current one, with a keep-alive
    /// every 15 seconds so proxies keep the connection open.
    func subscribe() -> AsyncStream<Event> {
        let id = UUID()
        let (stream, continuation) = AsyncStream<Event>.makeStream(bufferingPolicy: .bufferingNewest(4))
        if closed.load(ordering: .relaxed) {
            continuation.finish()
            return stream
        }
        continuation.yield(.version(current.version))
        let ticker = Task {
            while !Task.isCancelled {
                try? await Task.sleep(for: .seconds(15))
                continuation.yield(.keepAlive)
            }
        }
        // The closure holds the listener table, not the state: the cycle it makes
        // (table → continuation → closure → table) ends when the stream does.
        let listeners = self.listeners
        continuation.onTermination = { _ in
            ticker.cancel()
            _ = listeners.withLock { $0.removeValue(forKey: id) }
        }
        listeners.withLock { $0[id] = continuation }
        return stream
    }

    /// Ends every event stream, so the server can finish its requests and stop.
    func closeAll() {
        closed.store(true, ordering: .relaxed)
        for listener in listeners.withLock({ Array($0.values) }) { listener.finish() }
    }
}
