import NetworkPrimitives
import Runtime

/// The stream reactor's CLOCK_MONOTONIC as the checker service's clock: sleeps wait in the
/// reactor loop's timer heap and end on its thread, as keepalived's one timer list does.
public struct StreamProbeReactorClock: MonotonicClock {
    public let reactor: StreamProbeReactor

    public init(reactor: StreamProbeReactor) { self.reactor = reactor }

    public var now: MonotonicInstant { reactor.now }

    public func sleep(until deadline: MonotonicInstant) async throws {
        try await reactor.sleep(until: deadline)
    }
}
