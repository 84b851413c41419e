import Foundation

/// A value shared between threads, behind a lock. A pthread mutex (through NSLock)
/// rather than the standard library's `Mutex`: ThreadSanitizer sees pthread locks but
/// not `Mutex`'s futex calls on Linux, so with `Mutex` every guarded access looked
/// like a race and real ones would hide among them.
package final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    package init(_ value: Value) {
        self.value = value
    }

    package func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}
