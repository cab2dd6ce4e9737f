/// Where the VIPs sit while one failure set is down: how many each node holds, whether the
/// survivors are even (within one VIP of each other), and which survivors are over capacity.
public struct FailureOutcome: Hashable, Sendable {
    public var failed: FailureSet
    /// VIPs held per node (0 for the failed ones).
    public var counts: [Int]
    /// Survivors holding more than their link carries.
    public var overloaded: [Int]

    public init(failed: FailureSet, counts: [Int], overloaded: [Int]) {
        self.failed = failed
        self.counts = counts
        self.overloaded = overloaded
    }

    /// The nodes still up.
    public var survivors: [Int] { counts.indices.filter { !failed.contains($0) } }

    /// Every survivor holds the same number of VIPs, or one more.
    public var isEven: Bool {
        let held = survivors.map { counts[$0] }
        return (held.max() ?? 0) - (held.min() ?? 0) <= 1
    }

    /// The most VIPs one survivor holds.
    public var busiest: Int { survivors.map { counts[$0] }.max() ?? 0 }
}
