import NetworkPrimitives

/// What `vigil plan` is asked: the nodes, the VIPs, how many nodes may fail at once, the traffic
/// and the links, and how the generated keepalived.conf files should look.
public struct PlanRequest: Hashable, Sendable {
    /// Which VIPs to place.
    public enum VIPChoice: Hashable, Sendable {
        /// These addresses, in this order.
        case list([IPPrefix])
        /// `count` consecutive addresses from `first` (same prefix length).
        case count(Int, first: IPPrefix)
        /// The fewest consecutive addresses from `first` that spread exactly evenly with no node
        /// down and under every tolerated failure (seed 002's question: how many VIPs?).
        case automatic(first: IPPrefix)
    }

    /// The traffic the VIPs carry.
    public enum LoadChoice: Hashable, Sendable {
        case perVIP(Bandwidth)
        /// Shared evenly among the VIPs by DNS round robin.
        case total(Bandwidth)
    }

    public var nodes: [PlanNode]
    public var vips: VIPChoice
    /// How many nodes may be down at once (below the node count).
    public var tolerate: Int
    public var load: LoadChoice?
    /// Each node's link capacity; needed with `load`.
    public var capacity: Bandwidth?
    /// The `virtual_router_id` of the first VIP; the others follow.
    public var firstVirtualRouterID: Int
    /// `advert_int` in seconds.
    public var advertInterval: Int
    /// Unicast adverts (`unicast_src_ip`, `unicast_peer`) instead of multicast.
    public var unicast: Bool
    /// The owner name of the DNS records (relative, or absolute with a trailing dot).
    public var dnsName: String
    public var dnsTTL: Int

    public init(
        nodes: [PlanNode], vips: VIPChoice, tolerate: Int, load: LoadChoice? = nil, capacity: Bandwidth? = nil,
        firstVirtualRouterID: Int = 51, advertInterval: Int = 1, unicast: Bool = false, dnsName: String = "www",
        dnsTTL: Int = 300
    ) {
        self.nodes = nodes
        self.vips = vips
        self.tolerate = tolerate
        self.load = load
        self.capacity = capacity
        self.firstVirtualRouterID = firstVirtualRouterID
        self.advertInterval = advertInterval
        self.unicast = unicast
        self.dnsName = dnsName
        self.dnsTTL = dnsTTL
    }
}
