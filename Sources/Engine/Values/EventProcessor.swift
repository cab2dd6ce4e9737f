import NetworkPrimitives

/// A pure core a runtime can drive: events in, effects out, and the next instant it needs waking.
/// `VRRPEngine` and `CheckerEngine` are the two; Runtime's `RuntimeLoop` drives either.
public protocol EventProcessor: Sendable {
    /// What the core is told: something the world did, or the deadline it asked for.
    associatedtype Event: Hashable & Sendable
    /// What the core wants done; an effect interpreter carries each one out, in order.
    associatedtype Effect: Sendable

    /// The event that wakes the core at (or after) `nextDeadline`; a spurious one is harmless.
    static var deadlineReached: Event { get }
    /// The effects of starting up (for the VRRP engine: stale VIPs removed, initial states
    /// entered, Docs/Keepalived.md §3.6).
    mutating func start(now: MonotonicInstant) -> [Effect]
    mutating func handle(_ event: Event, now: MonotonicInstant) -> [Effect]
    /// `handle(_:now:)` appending to `effects` rather than returning a new array, so a runtime that
    /// keeps one buffer for its life allocates nothing per step for the list. Appends exactly the
    /// effects `handle(_:now:)` returns; what `effects` held before stays in front of them.
    mutating func handle(_ event: Event, now: MonotonicInstant, into effects: inout [Effect])
    /// The effects of an orderly shutdown (SIGTERM), after which the runtime stops.
    mutating func stop(now: MonotonicInstant) -> [Effect]
    /// The earliest instant at which `handle(Self.deadlineReached, now:)` has work to do; nil when idle.
    var nextDeadline: MonotonicInstant? { get }
    /// After `stop`: true once the core has finished stopping. A core that needs more events to stop
    /// (the VRRP engine waiting for its successors, Docs/Handover.md) stays false until then, and the
    /// runtime keeps feeding it events and deadlines.
    var hasStopped: Bool { get }
}

extension EventProcessor {
    /// Most cores stop within `stop` itself.
    public var hasStopped: Bool { true }

    /// For cores without a buffer-filling step of their own: appends the array `handle(_:now:)` returns.
    public mutating func handle(_ event: Event, now: MonotonicInstant, into effects: inout [Effect]) {
        effects.append(contentsOf: handle(event, now: now))
    }
}

extension EventProcessor where Event == EngineEvent {
    public static var deadlineReached: EngineEvent { .deadlineReached }

    /// Masters send priority 0 and release their VIPs (Docs/Keepalived.md §3.6), once their successors
    /// show when they hand over make-before-break (Docs/Handover.md).
    public mutating func stop(now: MonotonicInstant) -> [Effect] { handle(.shutdownRequested, now: now) }
}
