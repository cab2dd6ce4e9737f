import Engine
import NetworkPrimitives

/// The engine as the runtime drives it, publishing its state to the status board after every step,
/// so `vigil status` and `/metrics` show what the engine holds now without the runtime knowing.
struct PublishingEngine: EventProcessor {
    var engine: VRRPEngine
    let board: StatusBoard
    /// Streams the transitions to `vigil status --watch`, when the status server serves it.
    var feed: TransitionFeed? = nil

    mutating func start(now: MonotonicInstant) -> [EngineEffect] {
        let effects = engine.start(now: now)
        board.publish(engine)
        notifyFeed()
        return effects
    }

    mutating func handle(_ event: EngineEvent, now: MonotonicInstant) -> [EngineEffect] {
        let effects = engine.handle(event, now: now)
        board.publish(engine)
        notifyFeed()
        return effects
    }

    var nextDeadline: MonotonicInstant? { engine.nextDeadline }
}
