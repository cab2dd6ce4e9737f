import Engine
import NetworkPrimitives

/// The engine as the runtime drives it, publishing its state to the status board after every step,
/// so `vigil status` and `/metrics` show what the engine holds now without the runtime knowing; each
/// new transition goes to the board with the engine's reason.
struct PublishingEngine: EventProcessor {
    var engine: VRRPEngine
    let board: StatusBoard
    /// The last transition sequence handed to the board, per instance and per sync group.
    private var seenInstances: [String: Int] = [:]
    private var seenGroups: [String: Int] = [:]

    init(engine: VRRPEngine, board: StatusBoard) {
        self.engine = engine
        self.board = board
    }

    mutating func start(now: MonotonicInstant) -> [EngineEffect] {
        let effects = engine.start(now: now)
        publish()
        return effects
    }

    mutating func handle(_ event: EngineEvent, now: MonotonicInstant) -> [EngineEffect] {
        let effects = engine.handle(event, now: now)
        publish()
        return effects
    }

    var nextDeadline: MonotonicInstant? { engine.nextDeadline }

    private mutating func publish() {
        for (name, counters) in engine.statistics.instances {
            guard let transition = counters.lastTransition, seenInstances[name] != transition.sequence else { continue }
            seenInstances[name] = transition.sequence
            board.recordTransition(
                instance: name, from: transition.from, to: transition.to, reason: transition.reason)
        }
        for (name, transition) in engine.statistics.syncGroupTransitions where seenGroups[name] != transition.sequence {
            seenGroups[name] = transition.sequence
            board.recordTransition(
                syncGroup: name, from: transition.from, to: transition.to, reason: transition.reason)
        }
        board.publish(engine)
    }
}
