import NetworkPrimitives
import Probes
import Runtime

/// The stream reactor's CLOCK_MONOTONIC as the checker service's clock: sleeps wait in the
/// reactor loop's timer heap and end on its thread, as keepalived's one timer list does.
struct StreamProbeReactorClock: MonotonicClock {
    let reactor: StreamProbeReactor

    var now: MonotonicInstant { reactor.now }

    func sleep(until deadline: MonotonicInstant) async throws {
        try await reactor.sleep(until: deadline)
    }
}
