import Engine
import NetworkPrimitives

/// A stand-in engine: fixed reactions per event, a queue of deadlines, and a journal of what it handled.
struct ScriptedCore: EventProcessor {
    let journal: PortJournal
    var startEffects: [EngineEffect] = []
    var reactions: [EngineEvent: [EngineEffect]] = [:]
    /// Deadlines in order; each is consumed when a `.deadlineReached` arrives at or after it.
    var deadlines: [MonotonicInstant] = []
    var reloads = 0

    var nextDeadline: MonotonicInstant? { deadlines.first }

    mutating func start(now: MonotonicInstant) -> [EngineEffect] {
        journal.record(.started(at: now))
        return startEffects
    }

    mutating func handle(_ event: EngineEvent, now: MonotonicInstant) -> [EngineEffect] {
        journal.record(.handled(event, at: now))
        if event == .deadlineReached, let first = deadlines.first, first <= now {
            deadlines.removeFirst()
        }
        return reactions[event] ?? []
    }
}
