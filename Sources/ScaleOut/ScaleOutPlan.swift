import NetworkPrimitives

/// A planned active-active VRRP layout: the VIPs, who is master and who follows for each, where
/// every VIP sits under every tolerated failure, and the verdict.
public struct ScaleOutPlan: Hashable, Sendable {
    public var request: PlanRequest
    public var vips: [IPPrefix]
    public var layout: PriorityLayout
    /// What each VIP carries, when a load was given.
    public var load: VIPLoad?
    /// One outcome per failure set of at most `request.tolerate` nodes, the empty set first.
    public var outcomes: [FailureOutcome]
    public var verdict: PlanVerdict
    /// When the layout does not fit for want of evenness: the fewest VIPs that spread exactly
    /// evenly (nil when it fits, when any layout would overload, or when none is found).
    public var evenVIPCount: Int?

    public var nodes: [PlanNode] { request.nodes }

    /// The `virtual_router_id` of a VIP.
    public func virtualRouterID(of vip: Int) -> Int { request.firstVirtualRouterID + vip }

    /// The `vrrp_instance` name of a VIP, the same on every node: `VIP_1`, `VIP_2`...
    public func instanceName(of vip: Int) -> String { "VIP_\(vip + 1)" }

    /// A node's priority for a VIP: 100 for the last place, 10 more per place above it, so the
    /// master has 100 + 10 × (nodes − 1) and every node's priority for a VIP is distinct.
    public func priority(of node: Int, for vip: Int) -> Int {
        100 + 10 * (nodes.count - 1 - layout.rank(of: node, for: vip))
    }

    /// The outcome with the busiest survivor (the first such, smallest failure set first).
    public var worstOutcome: FailureOutcome? {
        outcomes.max { $0.busiest < $1.busiest || ($0.busiest == $1.busiest && $1.failed < $0.failed) }
    }
}
