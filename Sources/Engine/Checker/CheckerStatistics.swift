import HealthCheck
import LoadBalancer
import NetworkPrimitives

/// What the checker engine counts for metrics: per checker, how long its checks took and how many
/// failed; per real server, how often it went up and down and when it last changed.
public struct CheckerStatistics: Hashable, Sendable {
    /// One checker's checks.
    public struct Checks: Hashable, Sendable {
        public var durations = DurationHistogram()
        public var failures = 0

        public init() {}
    }

    /// One real server's changes.
    public struct Changes: Hashable, Sendable {
        public var upTransitions = 0
        public var downTransitions = 0
        public var lastChange: MonotonicInstant?

        public init() {}
    }

    public var checks: [CheckerKey: Checks] = [:]
    public var realServers: [RealServerID: Changes] = [:]
    /// When each checker's probe in flight started.
    var started: [CheckerKey: MonotonicInstant] = [:]

    public init() {}

    mutating func probeStarted(_ key: CheckerKey, now: MonotonicInstant) {
        started[key] = now
    }

    /// Durations are measured between the loop's turns that started and finished the probe.
    mutating func probeFinished(_ key: CheckerKey, _ result: ProbeResult, now: MonotonicInstant) {
        var checks = self.checks[key] ?? Checks()
        if let start = started.removeValue(forKey: key) { checks.durations.observe(max(0, (now - start).secondsDouble)) }
        switch result {
        case .success, .successWithWeight: break
        case .failure: checks.failures += 1
        }
        self.checks[key] = checks
    }

    mutating func realServerChanged(_ id: RealServerID, alive: Bool, now: MonotonicInstant) {
        var changes = realServers[id] ?? Changes()
        if alive { changes.upTransitions += 1 } else { changes.downTransitions += 1 }
        changes.lastChange = now
        realServers[id] = changes
    }
}
