import HealthCheck
import NetworkPrimitives

/// The last finished check of one checker: what it said and when.
public struct ProbeOutcome: Hashable, Sendable {
    public var result: ProbeResult
    public var at: MonotonicInstant

    public init(result: ProbeResult, at: MonotonicInstant) {
        self.result = result
        self.at = at
    }
}
