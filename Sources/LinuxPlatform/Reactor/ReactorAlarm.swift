import NetworkPrimitives
import Runtime
import Synchronization

/// One alarm of the VRRP reactor (`VRRPReactor.makeAlarm`): the VRRP loop's `DeadlineTimer`. Setting
/// it bumps its generation and posts an `Entry` (a value) to the reactor, which keeps entries in its
/// timer heap beside the sleeps and calls `fire` on its thread for an entry whose generation is still
/// the alarm's. Entries of earlier settings are dropped when they reach the front of the heap, so
/// neither moving the deadline nor firing allocates once the heap and the inbox have their capacity.
final class ReactorAlarm: Alarm {
    /// An alarm's instant as the reactor's heap holds it.
    struct Entry: Sendable {
        let alarm: ReactorAlarm
        let generation: UInt64
        let instant: MonotonicInstant

        /// The alarm has not been set again (or cancelled) since this entry was posted.
        var isLive: Bool { alarm.isCurrent(generation) }
    }

    private let inbox: ReactorInbox<VRRPReactorWork>
    private let action: @Sendable () -> Void
    private let generation = Atomic<UInt64>(0)

    init(inbox: ReactorInbox<VRRPReactorWork>, fire: @escaping @Sendable () -> Void) {
        self.inbox = inbox
        self.action = fire
    }

    func set(_ instant: MonotonicInstant?) {
        let current = generation.wrappingAdd(1, ordering: .acquiringAndReleasing).newValue
        guard let instant else { return }
        // Refused only once the reactor has ended; the loop then has ended too (it runs there).
        _ = inbox.post { $0.alarms.append(Entry(alarm: self, generation: current, instant: instant)) }
    }

    func isCurrent(_ generation: UInt64) -> Bool {
        self.generation.load(ordering: .acquiring) == generation
    }

    /// Called by the reactor thread for a due entry: a live one spends the alarm and fires it (true);
    /// a stale one does nothing (false).
    func fire(_ entry: Entry) -> Bool {
        guard generation.compareExchange(
            expected: entry.generation, desired: entry.generation &+ 1, ordering: .acquiringAndReleasing
        ).exchanged else { return false }
        action()
        return true
    }
}
