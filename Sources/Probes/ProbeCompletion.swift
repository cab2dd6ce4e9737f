import HealthCheck

/// One finished probe, addressed to whoever asked for it.
public struct ProbeCompletion<Requester: Hashable & Sendable>: Hashable, Sendable {
    public var requester: Requester
    public var probe: ProbeKey
    public var result: ProbeResult

    public init(requester: Requester, probe: ProbeKey, result: ProbeResult) {
        self.requester = requester
        self.probe = probe
        self.result = result
    }
}
