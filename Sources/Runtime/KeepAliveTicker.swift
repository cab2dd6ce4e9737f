import NetworkPrimitives
import Synchronization

/// The loop's side of a service watchdog: every `keepAliveInterval` it posts one `.keepAlive` to the
/// loop's own inbox (never a second while one waits), and tells the supervisor only when the loop
/// takes it. A loop stuck in a handler or behind a backlog takes none, so the watchdog starves.
final class KeepAliveTicker<Event: Hashable & Sendable>: Sendable {
    private let supervisor: (any ServiceSupervisor)?
    private let clock: any MonotonicClock
    private let inbox: Inbox<Event>
    private let pending = Atomic<Bool>(false)
    private let task = Mutex<Task<Void, Never>?>(nil)

    init(supervisor: (any ServiceSupervisor)?, clock: any MonotonicClock, inbox: Inbox<Event>) {
        self.supervisor = supervisor
        self.clock = clock
        self.inbox = inbox
    }

    /// Starts ticking, when the supervisor asks for keep-alives.
    func start() {
        guard let supervisor, let interval = supervisor.keepAliveInterval, interval > .zero else { return }
        // Ticks are anchored at the start, not at whenever the task first runs.
        let first = clock.now + interval
        task.withLock { running in
            guard running == nil else { return }
            running = Task { await self.tick(from: first, every: interval) }
        }
    }

    private func tick(from first: MonotonicInstant, every interval: Duration) async {
        var next = first
        while !Task.isCancelled {
            do { try await clock.sleep(until: next) } catch { return }
            next = next + interval
            if pending.compareExchange(expected: false, desired: true, ordering: .acquiringAndReleasing).exchanged {
                inbox.post(.keepAlive)
            }
        }
    }

    /// The loop took the pending keep-alive.
    func taken() {
        pending.store(false, ordering: .releasing)
        supervisor?.loopAlive()
    }

    /// No more keep-alives (the loop is stopping).
    func stop() {
        task.withLock { running in
            running?.cancel()
            running = nil
        }
    }
}
