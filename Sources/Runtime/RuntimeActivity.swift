/// Counters of a runtime's loop, for metrics and for tests that wait until it is idle.
public struct RuntimeActivity: Hashable, Sendable {
    /// Inputs posted to the loop: events, commands, batches (a batch of probe results is one).
    public var inputsPosted: Int
    public var inputsHandled: Int
    /// Probes started and not yet reported.
    public var probesInFlight: Int
    public var probesStarted: Int
    /// Received packets dropped because the loop was `Inbox.packetBacklogLimit` inputs behind.
    public var inputsDropped: Int

    public init(
        inputsPosted: Int = 0, inputsHandled: Int = 0, probesInFlight: Int = 0, probesStarted: Int = 0,
        inputsDropped: Int = 0
    ) {
        self.inputsPosted = inputsPosted
        self.inputsHandled = inputsHandled
        self.probesInFlight = probesInFlight
        self.probesStarted = probesStarted
        self.inputsDropped = inputsDropped
    }

    /// Nothing posted is waiting and no probe is out.
    public var isIdle: Bool { inputsPosted == inputsHandled && probesInFlight == 0 }
}
