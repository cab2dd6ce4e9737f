/// Everything that determines a probe's outcome: two checkers with equal keys ask the same question.
public struct ProbeKey: Hashable, Sendable, CustomStringConvertible {
    public var target: ProbeTarget
    public var spec: ProbeSpec
    /// `connect_timeout` (network probes) or `misc_timeout` (scripts): the runner gives up after it.
    public var timeout: Duration

    public init(target: ProbeTarget, spec: ProbeSpec, timeout: Duration = .seconds(5)) {
        self.target = target
        self.spec = spec
        self.timeout = timeout
    }

    public var description: String { "\(spec.keyword) \(target)" }
}
