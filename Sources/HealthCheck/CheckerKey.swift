/// Identifies one checker: what it probes and on which schedule. Checkers with equal keys, wherever
/// they were configured, share one state machine and one probe per interval.
public struct CheckerKey: Hashable, Sendable, CustomStringConvertible {
    public var probe: ProbeKey
    public var schedule: CheckerSchedule

    public init(probe: ProbeKey, schedule: CheckerSchedule) {
        self.probe = probe
        self.schedule = schedule
    }

    public var description: String { probe.description }
}
