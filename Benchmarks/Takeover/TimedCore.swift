import Engine
import Runtime
import NetworkPrimitives

/// Wraps the core the daemon runs (`PublishingEngine`), marking when each deadline step starts (with
/// the deadline it was armed for) and when the core has computed its effects.
struct TimedCore<Inner: EventProcessor>: EventProcessor where Inner.Event == EngineEvent, Inner.Effect == EngineEffect {
    var inner: Inner
    let timeline: TakeoverTimeline
    let clock: any MonotonicClock
    /// The deadline the loop armed after the previous step.
    var armed: MonotonicInstant?

    static var deadlineReached: EngineEvent { .deadlineReached }

    mutating func start(now: MonotonicInstant) -> [EngineEffect] {
        defer { armed = inner.nextDeadline }
        return inner.start(now: now)
    }

    mutating func handle(_ event: EngineEvent, now: MonotonicInstant) -> [EngineEffect] {
        let isDeadline = event == .deadlineReached
        if isDeadline { timeline.mark(.stepStart(due: armed ?? now), at: now) }
        let effects = inner.handle(event, now: now)
        if isDeadline { timeline.mark(.stepComputed, at: clock.now) }
        armed = inner.nextDeadline
        return effects
    }

    mutating func stop(now: MonotonicInstant) -> [EngineEffect] { inner.stop(now: now) }
    var nextDeadline: MonotonicInstant? { inner.nextDeadline }
    var hasStopped: Bool { inner.hasStopped }
}
