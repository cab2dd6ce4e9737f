import NetworkPrimitives

/// One timer, armed for an engine's next deadline; when it fires it calls `fire` (which posts
/// `.deadlineReached` to the owner's inbox). Each sleep is a task of its own, run on `executor`
/// when given (the owner's loop thread, so a firing needs no other thread), else on the global one.
public struct DeadlineTimer {
    private var armed: MonotonicInstant?
    private var task: Task<Void, Never>?
    private let clock: any MonotonicClock
    private let executor: (any TaskExecutor)?
    private let fire: @Sendable () -> Void

    public init(clock: any MonotonicClock, executor: (any TaskExecutor)? = nil, fire: @escaping @Sendable () -> Void) {
        self.clock = clock
        self.executor = executor
        self.fire = fire
    }

    /// Re-arms for `deadline` unless already armed for exactly that instant; nil disarms.
    public mutating func arm(_ deadline: MonotonicInstant?) {
        guard deadline != armed else { return }
        task?.cancel()
        task = nil
        armed = deadline
        guard let deadline else { return }
        let clock = clock
        let fire = fire
        task = Task(executorPreference: executor) {
            do { try await clock.sleep(until: deadline) } catch { return }
            fire()
        }
    }

    /// Forgets the armed instant once a `.deadlineReached` arrived (possibly a spurious one), so the
    /// next `arm` starts a fresh sleep even for the same instant.
    public mutating func fired() {
        armed = nil
    }

    public mutating func disarm() { arm(nil) }
}
