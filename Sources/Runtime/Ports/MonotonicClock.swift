import NetworkPrimitives

/// The runtime's only source of time.
public protocol MonotonicClock: Sendable {
    var now: MonotonicInstant { get }
    /// Returns at or after `deadline`; throws `CancellationError` when the task is cancelled.
    func sleep(until deadline: MonotonicInstant) async throws
}
