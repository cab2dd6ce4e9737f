import NetworkPrimitives

/// A pure core the runtime can drive: events in, effects out, and the next instant it needs waking.
public protocol EventProcessor: Sendable {
    /// The effects of starting up: stale VIPs removed, initial states entered (keepalived-behaviour 3.6).
    mutating func start(now: MonotonicInstant) -> [EngineEffect]
    mutating func handle(_ event: EngineEvent, now: MonotonicInstant) -> [EngineEffect]
    /// The earliest instant at which `handle(.deadlineReached, now:)` has work to do; nil when idle.
    var nextDeadline: MonotonicInstant? { get }
}
