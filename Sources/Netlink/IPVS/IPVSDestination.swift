import NetworkPrimitives

/// One real server of an IPVS service as the destination nest describes it (`IPVS_DEST_ATTR_*`,
/// Docs/Keepalived.md §5).
public struct IPVSDestination: Hashable, Sendable {
    /// Its family is `IPVS_DEST_ATTR_ADDR_FAMILY`, which may differ from the service's (tunnels).
    public var address: IPAddress
    /// For non-NAT methods the kernel uses the service's port; 0 for firewall-mark services.
    public var port: UInt16
    public var forwarding: IPVSForwardingMethod
    /// 0...Int32.max; 0 keeps the destination but schedules nothing new to it.
    public var weight: UInt32
    /// `uthreshold`: no new connections above this many, 0 = no limit.
    public var upperThreshold: UInt32
    /// `lthreshold`: schedulable again below this many.
    public var lowerThreshold: UInt32
    /// Encoded only with `.tunnel` forwarding.
    public var tunnel: IPVSTunnel
    /// Connection counts, present in dump replies only.
    public var connections: Connections?
    /// Counters, present in dump replies only.
    public var statistics: IPVSStatistics?

    /// `IPVS_DEST_ATTR_ACTIVE_CONNS`, `_INACT_CONNS`, `_PERSIST_CONNS`.
    public struct Connections: Hashable, Sendable {
        public var active: UInt32
        public var inactive: UInt32
        public var persistent: UInt32

        public init(active: UInt32, inactive: UInt32, persistent: UInt32) {
            self.active = active
            self.inactive = inactive
            self.persistent = persistent
        }
    }

    public init(
        address: IPAddress, port: UInt16, forwarding: IPVSForwardingMethod = .masquerade, weight: UInt32 = 1,
        upperThreshold: UInt32 = 0, lowerThreshold: UInt32 = 0, tunnel: IPVSTunnel = .ipip,
        connections: Connections? = nil, statistics: IPVSStatistics? = nil
    ) {
        self.address = address
        self.port = port
        self.forwarding = forwarding
        self.weight = weight
        self.upperThreshold = upperThreshold
        self.lowerThreshold = lowerThreshold
        self.tunnel = tunnel
        self.connections = connections
        self.statistics = statistics
    }
}
