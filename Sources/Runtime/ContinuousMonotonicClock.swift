import NetworkPrimitives

/// The standard library's continuous clock, expressed as `MonotonicInstant`s since this value was made.
public struct ContinuousMonotonicClock: MonotonicClock {
    private let origin: ContinuousClock.Instant

    public init() { origin = ContinuousClock.now }

    public var now: MonotonicInstant {
        MonotonicInstant(nanoseconds: (ContinuousClock.now - origin).nanosecondsClamped)
    }

    public func sleep(until deadline: MonotonicInstant) async throws {
        try await Task.sleep(until: origin + .nanoseconds(deadline.nanoseconds), clock: .continuous)
    }
}
