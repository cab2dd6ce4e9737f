import HealthCheck
import NIOCore
import Probes

/// Runs `body` and measures how long it took on the continuous clock.
func timed<T>(_ body: () async throws -> T) async rethrows -> (T, Duration) {
    let start = ContinuousClock.now
    let value = try await body()
    return (value, ContinuousClock.now - start)
}

/// Waits until `condition` holds or `timeout` passes; returns whether it held.
func waitUntil(timeout: Duration, _ condition: () -> Bool) async -> Bool {
    let deadline = ContinuousClock.now + timeout
    while ContinuousClock.now < deadline {
        if condition() { return true }
        try? await Task.sleep(for: .milliseconds(10))
    }
    return condition()
}

extension ProbeRunner {
    /// Runs `key` and measures it on the event loop, from the request to the result: a test task
    /// waiting for a busy cooperative thread does not count, so bounds hold on a loaded machine.
    func timedRun(_ key: ProbeKey) async -> (ProbeResult, Duration) {
        let start = NIODeadline.now()
        let measured = probe(key).map { result in (result, NIODeadline.now() - start) }
        guard let (result, elapsed) = try? await measured.get() else { return (.failure(reason: "lost"), .zero) }
        return (result, .nanoseconds(elapsed.nanoseconds))
    }

    func timedRun(_ spec: ProbeSpec, target: ProbeTarget, timeout: Duration) async -> (ProbeResult, Duration) {
        await timedRun(ProbeKey(target: target, spec: spec, timeout: timeout))
    }
}
