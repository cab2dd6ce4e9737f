import NetworkPrimitives

/// The checker service's only source of time.
public protocol CheckerClock: Sendable {
    var now: MonotonicInstant { get }
    /// Returns at or after `deadline`; throws `CancellationError` when the task is cancelled.
    func sleep(until deadline: MonotonicInstant) async throws
}

/// The standard library's continuous clock as `MonotonicInstant`s since this value was made.
public struct ContinuousCheckerClock: CheckerClock {
    private let origin: ContinuousClock.Instant

    public init() { origin = ContinuousClock.now }

    public var now: MonotonicInstant {
        MonotonicInstant(nanoseconds: (ContinuousClock.now - origin).nanosecondsClamped)
    }

    public func sleep(until deadline: MonotonicInstant) async throws {
        try await Task.sleep(until: origin + .nanoseconds(deadline.nanoseconds), clock: .continuous)
    }
}
