import NetworkPrimitives
import Synchronization

/// One sleep of a task on a reactor thread's clock (`StreamProbeReactor.sleep(until:)`,
/// `VRRPReactor.sleep(until:)`): its continuation is resumed exactly once, by whichever comes first
/// of the reactor (the instant passed, or the reactor stopped) and the task's cancellation. A
/// cancelled sleep stays in the reactor's heap until its instant but never wakes the thread: the
/// loop drops it when it reaches the top.
package final class ReactorSleep: Sendable {
    private enum State {
        case waiting
        case suspended(UnsafeContinuation<Void, any Error>)
        case ended
    }

    package let deadline: MonotonicInstant
    private let state = Mutex(State.waiting)

    package init(deadline: MonotonicInstant) { self.deadline = deadline }

    /// Hands over the suspended task's continuation; false (and the continuation resumed with
    /// `CancellationError`) when the sleep was cancelled before it suspended.
    package func suspend(_ continuation: UnsafeContinuation<Void, any Error>) -> Bool {
        let cancelled = state.withLock { state -> Bool in
            guard case .waiting = state else { return true }
            state = .suspended(continuation)
            return false
        }
        if cancelled { continuation.resume(throwing: CancellationError()) }
        return !cancelled
    }

    /// The instant passed: the task goes on.
    package func fire() { end()?.resume() }

    /// The task was cancelled, or the reactor can no longer wait: the sleep throws.
    package func cancel() { end()?.resume(throwing: CancellationError()) }

    /// True once the sleep has been resumed (or cancelled before it suspended).
    package var hasEnded: Bool {
        state.withLock { state in
            if case .ended = state { return true }
            return false
        }
    }

    private func end() -> UnsafeContinuation<Void, any Error>? {
        state.withLock { state in
            defer { state = .ended }
            if case .suspended(let continuation) = state { return continuation }
            return nil
        }
    }

    /// Suspends the calling task until `deadline`: the sleep is handed to the reactor by `post` (false:
    /// the reactor has stopped, and the sleep throws); throws `CancellationError` when the task is
    /// cancelled or the reactor stops first.
    package static func wait(
        until deadline: MonotonicInstant, post: (ReactorSleep) -> Bool
    ) async throws {
        try Task.checkCancellation()
        let sleep = ReactorSleep(deadline: deadline)
        try await withTaskCancellationHandler {
            try await withUnsafeThrowingContinuation { continuation in
                guard sleep.suspend(continuation) else { return }
                if !post(sleep) { sleep.cancel() }
            }
        } onCancel: {
            sleep.cancel()
        }
    }
}
