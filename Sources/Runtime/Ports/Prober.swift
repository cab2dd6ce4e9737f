import HealthCheck

/// Runs health-check probes (TCP, HTTP, DNS, MISC, ...) and reports their results.
public protocol Prober: Sendable {
    /// Runs one probe; never throws, always returns by the probe's timeout.
    func run(_ key: ProbeKey) async -> ProbeResult
    /// Starts a probe and calls `completion` once with its result, from any thread.
    func start(_ key: ProbeKey, completion: @escaping @Sendable (ProbeResult) -> Void)
}

extension Prober {
    /// A task per probe, for probers that only have `run`.
    public func start(_ key: ProbeKey, completion: @escaping @Sendable (ProbeResult) -> Void) {
        Task { completion(await run(key)) }
    }
}
