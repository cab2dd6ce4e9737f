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

/// The service's counters, shared between the loop and the tasks it starts. Only two orderings
/// matter, for a reader deciding the loop is idle: an input counts as handled after its effects
/// (probes started included), and a probe leaves `inFlight` after its result was posted. Those two
/// updates release; readers acquire `handled`, then `inFlight`, then `posted`, so a reader that sees
/// either update sees what came before it. Everything else is a plain count.
final class CheckerServiceCounters: Sendable {
    private let posted = Atomic<Int>(0)
    private let handled = Atomic<Int>(0)
    private let inFlight = Atomic<Int>(0)
    private let started = Atomic<Int>(0)

    func inputPosted() { posted.add(1, ordering: .relaxed) }
    func inputHandled() { handled.add(1, ordering: .releasing) }
    func probeStarted() {
        started.add(1, ordering: .relaxed)
        inFlight.add(1, ordering: .relaxed)
    }
    func probeReported() { inFlight.subtract(1, ordering: .releasing) }

    var activity: CheckerServiceActivity {
        let handled = handled.load(ordering: .acquiring)
        let inFlight = inFlight.load(ordering: .acquiring)
        return CheckerServiceActivity(
            inputsPosted: posted.load(ordering: .acquiring), inputsHandled: handled, probesInFlight: inFlight,
            probesStarted: started.load(ordering: .relaxed))
    }
}
