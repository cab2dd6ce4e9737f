/// The runtime's one queue: every producer posts here and the loop handles events one at a time.
public struct Inbox<Event: Hashable & Sendable>: Sendable {
    public let events: AsyncStream<RuntimeEvent<Event>>
    private let continuation: AsyncStream<RuntimeEvent<Event>>.Continuation
    private let pending = PendingEvents<Event>()
    let counters = RuntimeCounters()

    public init() {
        (events, continuation) = AsyncStream.makeStream(of: RuntimeEvent<Event>.self, bufferingPolicy: .unbounded)
    }

    public func post(_ event: RuntimeEvent<Event>) {
        counters.inputPosted()
        switch continuation.yield(event) {
        case .enqueued: break
        // Never reaches the loop (it has ended), so it counts as handled.
        case .dropped, .terminated: counters.inputHandled()
        @unknown default: break
        }
    }

    /// How far behind the loop may fall before `postUnlessBehind` drops what it is given.
    public static var packetBacklogLimit: Int { 1024 }

    /// Posts `event` unless the loop is `packetBacklogLimit` inputs behind, in which case it is
    /// dropped and counted (`activity.inputsDropped`), as a full socket buffer drops a datagram: a
    /// flood of packets then cannot queue a deadline (Master_Down) behind seconds of backlog.
    public func postUnlessBehind(_ event: RuntimeEvent<Event>) {
        guard counters.backlog < Self.packetBacklogLimit else { return counters.inputDropped() }
        post(event)
    }

    /// Adds `event` to the batch the loop takes next; only the first event of a batch posts an input.
    public func postInBatch(_ event: Event) {
        if pending.append(event) { post(.batch) }
    }

    /// The events posted with `postInBatch` since the last call, in arrival order.
    func takeBatch() -> [Event] { pending.takeAll() }

    /// Ends the stream; events posted afterwards are dropped.
    public func close() {
        continuation.finish()
    }

    /// Inputs posted and handled, work handed out and not yet reported.
    public var activity: RuntimeActivity { counters.activity }
}
