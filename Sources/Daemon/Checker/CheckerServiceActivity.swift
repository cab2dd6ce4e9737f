import Synchronization

/// Counters of the checker service's loop, for metrics and for tests that wait until it is idle.
public struct CheckerServiceActivity: Hashable, Sendable {
    /// Inputs posted to the loop: configurations, deadlines, probe results.
    public var inputsPosted: Int
    public var inputsHandled: Int
    /// Probes started and not yet reported.
    public var probesInFlight: Int
    public var probesStarted: Int

    /// Nothing posted is waiting and no probe is out.
    public var isIdle: Bool { inputsPosted == inputsHandled && probesInFlight == 0 }
}

/// The service's counters, shared between the loop and the tasks it starts.
final class CheckerServiceCounters: Sendable {
    let posted = Atomic<Int>(0)
    let handled = Atomic<Int>(0)
    let inFlight = Atomic<Int>(0)
    let started = Atomic<Int>(0)

    var activity: CheckerServiceActivity {
        CheckerServiceActivity(
            inputsPosted: posted.load(ordering: .acquiring), inputsHandled: handled.load(ordering: .acquiring),
            probesInFlight: inFlight.load(ordering: .acquiring), probesStarted: started.load(ordering: .acquiring))
    }
}
