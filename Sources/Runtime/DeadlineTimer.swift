import NetworkPrimitives

/// One timer, armed for the engine's next deadline; when it fires it posts `.deadlineReached`.
struct DeadlineTimer {
    private var armed: MonotonicInstant?
    private var task: Task<Void, Never>?
    private let clock: any MonotonicClock
    private let inbox: Inbox

    init(clock: any MonotonicClock, inbox: Inbox) {
        self.clock = clock
        self.inbox = inbox
    }

    /// Re-arms for `deadline` unless already armed for exactly that instant; nil disarms.
    mutating func arm(_ deadline: MonotonicInstant?) {
        guard deadline != armed else { return }
        task?.cancel()
        task = nil
        armed = deadline
        guard let deadline else { return }
        let clock = clock
        let inbox = inbox
        task = Task {
            do { try await clock.sleep(until: deadline) } catch { return }
            inbox.post(.engine(.deadlineReached))
        }
    }

    /// Forgets the armed instant once a `.deadlineReached` arrived (possibly a spurious one), so the
    /// next `arm` starts a fresh sleep even for the same instant.
    mutating func fired() {
        armed = nil
    }

    mutating func disarm() { arm(nil) }
}
