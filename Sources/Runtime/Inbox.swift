/// The runtime's one queue: every producer posts here and the loop handles events one at a time. It
/// has two lanes (`InboxLane`): the loop's own, for what its own thread produces (the deadline timer,
/// received packets), and a shared one for every other producer; the loop takes inputs from both in
/// the order they were posted (Docs/Modules/Runtime.md).
public struct Inbox<Event: Hashable & Sendable>: Sendable {
    private let lanes = InboxLanes<Event>()
    private let pending = PendingEvents<Event>()
    let counters = RuntimeCounters()

    public init() {}

    /// The inputs as an asynchronous sequence, for one consumer at a time (`next()`).
    public var events: InboxEvents<Event> { InboxEvents(inbox: self) }

    /// Posts `event` on `lane`; after `close()` it is dropped and counts as handled.
    public func post(_ event: RuntimeEvent<Event>, lane: InboxLane = .shared) {
        counters.inputPosted()
        // Never reaches the loop (it has ended), so it counts as handled.
        if !lanes.push(event, on: lane) { counters.inputHandled() }
    }

    /// How far behind the loop may fall before `postUnlessBehind` drops what it is given.
    public static var packetBacklogLimit: Int { 1024 }

    /// Posts `event` unless the loop is `packetBacklogLimit` inputs behind, in which case it is
    /// dropped and counted (`activity.inputsDropped`), as a full socket buffer drops a datagram: a
    /// flood of packets then cannot queue a deadline (Master_Down) behind seconds of backlog.
    public func postUnlessBehind(_ event: RuntimeEvent<Event>, lane: InboxLane = .shared) {
        guard counters.backlog < Self.packetBacklogLimit else { return counters.inputDropped() }
        post(event, lane: lane)
    }

    /// Adds `event` to the batch the loop takes next; only the first event of a batch posts an input.
    public func postInBatch(_ event: Event) {
        if pending.append(event) { post(.batch) }
    }

    /// The events posted with `postInBatch` since the last call, in arrival order.
    func takeBatch() -> [Event] { pending.takeAll() }

    /// Refuses later inputs (they are dropped and count as handled); those already queued can still be taken.
    public func close() {
        lanes.close()
    }

    /// The next input, oldest first across both lanes, waiting for one if none is queued; nil once the
    /// inbox is closed and empty. Cancelling the waiting task closes the inbox. One consumer at a time.
    public func next() async -> RuntimeEvent<Event>? {
        while true {
            if Task.isCancelled { lanes.close() }
            if let event = lanes.take() { return event }
            if lanes.isClosed { return lanes.take(thorough: true) }
            let lanes = lanes
            await withTaskCancellationHandler { await lanes.park() } onCancel: { lanes.close() }
        }
    }

    /// The consumer is parked in `next()`, waiting for an input.
    var isWaiting: Bool { lanes.isParked }

    /// Inputs posted and handled, work handed out and not yet reported.
    public var activity: RuntimeActivity { counters.activity }

    /// Inputs posted on each lane, and how often the loop looked into the shared one.
    public var lanesActivity: InboxLaneActivity { lanes.activity }
}
