import NetworkPrimitives

/// Marks a runtime's timer wakes on: each deadline is rounded up to the next mark, never earlier.
public struct DeadlineGrid: Hashable, Sendable {
    /// The distance between marks.
    public var nanoseconds: Int64

    public init(nanoseconds: Int64) {
        self.nanoseconds = max(1, nanoseconds)
    }

    /// The checker's grid, 20 ms, the stream probe reactor's batching grid: every checker due within
    /// the same 20 ms starts on one wake-up that also takes the reactor's events (20 ms late at most,
    /// against a delay_loop of seconds), and the timer is not re-armed each time the earliest
    /// deadline moves by less than that. Each halving of the wake-ups cut the daemon's CPU at 200
    /// servers in the emulated guest by about a fifth (Docs/Benchmarks.md).
    public static let probeReactor = DeadlineGrid(nanoseconds: 20_000_000)

    /// The first mark at or after `deadline`.
    public func coalesced(_ deadline: MonotonicInstant) -> MonotonicInstant {
        let (quotient, remainder) = deadline.nanoseconds.quotientAndRemainder(dividingBy: nanoseconds)
        return MonotonicInstant(nanoseconds: (quotient + (remainder > 0 ? 1 : 0)) * nanoseconds)
    }
}
