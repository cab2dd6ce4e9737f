import HealthCheck
import Probes

/// Runs one probe and reports its result; never throws, always returns by the probe's timeout.
public protocol CheckerProber: Sendable {
    func run(_ key: ProbeKey) async -> ProbeResult
    /// Starts a probe and calls `completion` once with its result, from any thread.
    func start(_ key: ProbeKey, completion: @escaping @Sendable (ProbeResult) -> Void)
}

extension CheckerProber {
    /// A task per probe, for probers that only have `run`.
    public func start(_ key: ProbeKey, completion: @escaping @Sendable (ProbeResult) -> Void) {
        Task { completion(await run(key)) }
    }
}

extension ProbeRunner: CheckerProber {}
