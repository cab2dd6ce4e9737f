import CNetShim
import Glibc
import Synchronization

/// A dedicated kernel thread (pthread) running one closure, for work that must not run on the
/// Swift concurrency pool: blocking `poll` loops and `setns`.
package final class OSThread: Sendable {
    private let thread: pthread_t
    private let joined = Atomic<Bool>(false)

    private init(thread: pthread_t) { self.thread = thread }

    private final class Start {
        let name: String
        let body: @Sendable () -> Void
        init(name: String, body: @escaping @Sendable () -> Void) {
            self.name = name
            self.body = body
        }
    }

    /// Starts a thread named `name` (at most 15 bytes are kept) that runs `body`.
    package static func spawn(name: String, _ body: @escaping @Sendable () -> Void) throws(SystemError) -> OSThread {
        let start = Unmanaged.passRetained(Start(name: name, body: body)).toOpaque()
        var thread = pthread_t()
        let rc = pthread_create(
            &thread, nil,
            { argument in
                guard let argument else { return nil }
                let start = Unmanaged<Start>.fromOpaque(argument).takeRetainedValue()
                _ = vigil_set_thread_name(String(start.name.utf8.prefix(15)) ?? "vigil")
                start.body()
                return nil
            }, start)
        guard rc == 0 else {
            Unmanaged<Start>.fromOpaque(start).release()
            throw SystemError(call: "pthread_create", errno: rc)
        }
        return OSThread(thread: thread)
    }

    /// True when called on this thread.
    package var isCurrent: Bool { pthread_equal(pthread_self(), thread) != 0 }

    /// Waits for the thread to finish; later calls return at once.
    package func join() {
        if claim() { pthread_join(thread, nil) }
    }

    /// Lets the thread run on with nobody to join it; the system frees it when it ends, and `join`
    /// returns at once from then on.
    package func detach() {
        if claim() { pthread_detach(thread) }
    }

    /// True for the first caller of `join` or `detach`: a thread is joined or detached once.
    private func claim() -> Bool {
        joined.compareExchange(expected: false, desired: true, ordering: .acquiringAndReleasing).exchanged
    }
}
