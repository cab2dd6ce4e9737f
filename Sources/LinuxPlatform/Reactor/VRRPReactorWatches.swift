import Synchronization

/// The descriptors the VRRP reactor watches and what runs when one is readable, by the token epoll
/// hands back. Registered and removed from any thread (epoll_ctl is thread-safe); the reactor looks a
/// token up under this lock, its own, and calls the handler outside it. A token whose handler was
/// removed (the socket is being closed) is skipped.
final class VRRPReactorWatches: Sendable {
    /// Runs on the reactor thread when the descriptor is readable; it must drain it without blocking.
    typealias Handler = @Sendable () -> Void

    private struct State {
        var handlers: [UInt64: Handler] = [:]
        var nextToken: UInt64 = 1
    }

    private let state = Mutex(State())

    /// Remembers `handler` under a new token.
    func add(_ handler: @escaping Handler) -> UInt64 {
        state.withLock { state in
            let token = state.nextToken
            state.nextToken += 1
            state.handlers[token] = handler
            return token
        }
    }

    func remove(_ token: UInt64) {
        state.withLock { _ = $0.handlers.removeValue(forKey: token) }
    }

    func handler(_ token: UInt64) -> Handler? {
        state.withLock { $0.handlers[token] }
    }
}
