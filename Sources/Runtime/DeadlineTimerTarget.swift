import NetworkPrimitives
import Synchronization

/// The instant one `DeadlineTimer` sleep is for: moved later while the sleep is under way, the
/// sleeping task sleeps on to it when it wakes instead of being replaced by a new task.
final class DeadlineTimerTarget: Sendable {
    private let instant: Mutex<MonotonicInstant>

    init(_ instant: MonotonicInstant) {
        self.instant = Mutex(instant)
    }

    var value: MonotonicInstant {
        get { instant.withLock { $0 } }
        set { instant.withLock { $0 = newValue } }
    }
}
