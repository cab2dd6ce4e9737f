import Engine
import NetworkPrimitives

/// The checker service's one timer, armed for the engine's next deadline; when it fires it posts
/// `.deadlineReached` to the service's inbox.
struct CheckerServiceTimer {
    private var armed: MonotonicInstant?
    private var task: Task<Void, Never>?
    private let clock: any CheckerClock
    private let fire: @Sendable () -> Void

    init(clock: any CheckerClock, fire: @escaping @Sendable () -> Void) {
        self.clock = clock
        self.fire = fire
    }

    /// Re-arms for `deadline` unless already armed for that instant; nil disarms.
    mutating func arm(_ deadline: MonotonicInstant?) {
        guard deadline != armed else { return }
        task?.cancel()
        task = nil
        armed = deadline
        guard let deadline else { return }
        let clock = clock
        let fire = fire
        task = Task {
            do { try await clock.sleep(until: deadline) } catch { return }
            fire()
        }
    }

    /// Forgets the armed instant after it fired, so arming the same instant again starts a new sleep.
    mutating func fired() { armed = nil }

    mutating func disarm() { arm(nil) }
}
