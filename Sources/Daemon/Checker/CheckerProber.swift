import HealthCheck
import Probes

/// Runs one probe and reports its result; never throws, always returns by the probe's timeout.
public protocol CheckerProber: Sendable {
    func run(_ key: ProbeKey) async -> ProbeResult
}

extension ProbeRunner: CheckerProber {}
