/// Whether a plan's layout fits: every tolerated failure leaves the survivors even and within
/// their links, or the first failure set (smallest first) where it does not, and why.
public enum PlanVerdict: Hashable, Sendable {
    case fits
    /// After `failed`, `node` holds `count` VIPs, more than its link carries. With `anyLayout`
    /// no layout can do better: V VIPs on the survivors of this many failures put at least
    /// ⌈V / survivors⌉ on one node.
    case overloaded(failed: FailureSet, node: Int, count: Int, anyLayout: Bool)
    /// After `failed` the survivors are not even (the search found no even layout; for some counts
    /// none exists, Docs/ScaleOut.md).
    case uneven(failed: FailureSet, counts: [Int])

    /// True for `.fits`.
    public var fits: Bool {
        switch self {
        case .fits: true
        case .overloaded, .uneven: false
        }
    }
}
