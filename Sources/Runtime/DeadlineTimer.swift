import NetworkPrimitives

/// One timer, armed for an engine's next deadline; when it fires it calls `fire` (which posts
/// `.deadlineReached` to the owner's inbox). Each sleep is a task of its own, run on `executor`
/// when given (the owner's loop thread, so a firing needs no other thread), else on the global one.
/// The task is replaced only when the deadline moves earlier or after a firing. A clock that is an
/// `AlarmClock` (the VRRP reactor) is asked for one alarm instead, set again for every deadline: no
/// task, no sleep and no allocation per deadline.
public struct DeadlineTimer {
    private var armed: MonotonicInstant?
    private let alarm: (any Alarm)?
    private var task: Task<Void, Never>?
    private var target: DeadlineTimerTarget?
    private let clock: any MonotonicClock
    private let executor: (any TaskExecutor)?
    private let fire: @Sendable () -> Void

    public init(clock: any MonotonicClock, executor: (any TaskExecutor)? = nil, fire: @escaping @Sendable () -> Void) {
        self.clock = clock
        self.executor = executor
        self.fire = fire
        alarm = (clock as? any AlarmClock)?.makeAlarm(fire)
    }

    /// Re-arms for `deadline` unless already armed for exactly that instant; nil disarms. A later
    /// deadline than the one being slept to moves the sleep's target instead of starting a new task
    /// (a backup that hears its master pushes its deadline later at every advert).
    public mutating func arm(_ deadline: MonotonicInstant?) {
        guard deadline != armed else { return }
        if let alarm {
            armed = deadline
            alarm.set(deadline)
            return
        }
        if let deadline, let armed, deadline > armed, let target {
            self.armed = deadline
            target.value = deadline
            return
        }
        task?.cancel()
        task = nil
        target = nil
        armed = deadline
        guard let deadline else { return }
        let clock = clock
        let fire = fire
        let target = DeadlineTimerTarget(deadline)
        self.target = target
        task = Task(executorPreference: executor) {
            var instant = deadline
            while true {
                do { try await clock.sleep(until: instant) } catch { return }
                let wanted = target.value
                guard wanted > instant else { break }
                instant = wanted
            }
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
