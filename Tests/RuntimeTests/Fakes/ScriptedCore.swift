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
    /// When set, the core has not finished stopping until it handles this event after `.shutdownRequested`.
    var finishesStoppingOn: EngineEvent?
    var stopping = false
    var finishedStopping = false
    /// Steps whose buffer (`handle(_:now:into:)`) already held effects when the step began.
    var stepsOntoLeftovers = 0

    var nextDeadline: MonotonicInstant? { deadlines.first }
    var hasStopped: Bool { finishesStoppingOn == nil || finishedStopping }

    mutating func start(now: MonotonicInstant) -> [EngineEffect] {
        journal.record(.started(at: now))
        return startEffects
    }

    mutating func handle(_ event: EngineEvent, now: MonotonicInstant) -> [EngineEffect] {
        journal.record(.handled(event, at: now))
        if event == .shutdownRequested { stopping = true } else if stopping, event == finishesStoppingOn { finishedStopping = true }
        if event == .deadlineReached, let first = deadlines.first, first <= now {
            deadlines.removeFirst()
        }
        return reactions[event] ?? []
    }

    /// The runtime's step: notes a buffer that did not arrive empty, then appends what `handle` returns.
    mutating func handle(_ event: EngineEvent, now: MonotonicInstant, into effects: inout [EngineEffect]) {
        if !effects.isEmpty { stepsOntoLeftovers += 1 }
        effects.append(contentsOf: handle(event, now: now))
    }
}
