import Engine
import NetworkPrimitives
import Synchronization

/// A core that other threads may read while a runtime drives it (status, data dumps): every step
/// and every read takes its lock, so a reader sees the state between two steps and the core is
/// never copied.
public struct SharedCore<Core: EventProcessor>: EventProcessor {
    private final class Box: Sendable {
        let core: Mutex<Core>
        init(_ core: consuming Core) { self.core = Mutex(core) }
    }

    private let box: Box

    public init(_ core: Core) {
        box = Box(core)
    }

    public static var deadlineReached: Core.Event { Core.deadlineReached }

    public mutating func start(now: MonotonicInstant) -> [Core.Effect] {
        box.core.withLock { $0.start(now: now) }
    }

    public mutating func handle(_ event: Core.Event, now: MonotonicInstant) -> [Core.Effect] {
        box.core.withLock { $0.handle(event, now: now) }
    }

    public mutating func handle(_ event: Core.Event, now: MonotonicInstant, into effects: inout [Core.Effect]) {
        box.core.withLock { $0.handle(event, now: now, into: &effects) }
    }

    public mutating func stop(now: MonotonicInstant) -> [Core.Effect] {
        box.core.withLock { $0.stop(now: now) }
    }

    public var nextDeadline: MonotonicInstant? { box.core.withLock { $0.nextDeadline } }

    public var hasStopped: Bool { box.core.withLock { $0.hasStopped } }

    /// What `body` reads from the core as it is between two steps.
    public func read<Result: Sendable>(_ body: (Core) -> Result) -> Result {
        box.core.withLock { body($0) }
    }
}
