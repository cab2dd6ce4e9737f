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

    /// Hashes where the probe goes, its kind and its timeout: equal keys agree on all three. The
    /// spec itself (URL lists, paths, digests) is left to `==`: hashing it on every lookup (several
    /// per result, thousands of results a second) cost more than the rare collision between two
    /// checks of one target that differ only in their URLs.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(target)
        hasher.combine(spec.kind)
        hasher.combine(timeout)
    }
}
