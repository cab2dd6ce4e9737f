import Synchronization

/// The inbox's counters, shared between the loop and the tasks it starts. Only two orderings
/// matter, for a reader deciding the loop is idle: an input counts as handled after its effects
/// (probes started included), and a probe leaves `inFlight` after its result was posted. Those two
/// updates release; readers acquire `handled`, then `inFlight`, then `posted`, so a reader that sees
/// either update sees what came before it. Everything else is a plain count.
final class RuntimeCounters: Sendable {
    private let posted = Atomic<Int>(0)
    private let handled = Atomic<Int>(0)
    private let inFlight = Atomic<Int>(0)
    private let started = Atomic<Int>(0)
    private let dropped = Atomic<Int>(0)

    func inputPosted() { posted.add(1, ordering: .relaxed) }
    func inputHandled() { handled.add(1, ordering: .releasing) }
    func probeStarted() {
        started.add(1, ordering: .relaxed)
        inFlight.add(1, ordering: .relaxed)
    }
    func probeReported() { inFlight.subtract(1, ordering: .releasing) }
    func inputDropped() { dropped.add(1, ordering: .relaxed) }

    /// Inputs posted and not yet handled.
    var backlog: Int { posted.load(ordering: .relaxed) - handled.load(ordering: .relaxed) }

    var activity: RuntimeActivity {
        let handled = handled.load(ordering: .acquiring)
        let inFlight = inFlight.load(ordering: .acquiring)
        return RuntimeActivity(
            inputsPosted: posted.load(ordering: .acquiring), inputsHandled: handled, probesInFlight: inFlight,
            probesStarted: started.load(ordering: .relaxed), inputsDropped: dropped.load(ordering: .relaxed))
    }
}
