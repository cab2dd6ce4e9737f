import NetworkPrimitives

/// A clock that only moves when a test moves it.
public struct ManualClock: Sendable {
    public private(set) var now: MonotonicInstant

    public init(start: MonotonicInstant = .zero) { now = start }

    public mutating func advance(by duration: Duration) { now = now + duration }

    /// Moves to `instant` if it is later than now; earlier instants are ignored.
    public mutating func advance(to instant: MonotonicInstant) {
        if instant > now { now = instant }
    }
}
