import NetworkPrimitives

/// A configured `virtual_server`, with defaults and inheritance resolved by the configuration layer.
public struct VirtualServerDefinition: Hashable, Sendable {
    /// What the virtual server listens on.
    public enum Frontend: Hashable, Sendable {
        /// `virtual_server IP PORT`; port 0 means every port.
        case endpoint(IPAddress, port: UInt16)
        /// `virtual_server fwmark N`.
        case fwmark(UInt32, family: AddressFamily)
        /// `virtual_server group NAME`, with the group's entries.
        case group(name: String, entries: [VirtualServerGroupEntry])
    }

    public var frontend: Frontend
    /// Ignored for fwmark services.
    public var `protocol`: TransportProtocol
    public var scheduler: Scheduler
    public var forwarding: ForwardingMethod
    public var persistence: Persistence?
    public var flags: ServiceFlags
    /// `quorum`, before clamping.
    public var quorum: Int
    /// `hysteresis`, before clamping.
    public var hysteresis: Int
    public var sorryServer: SorryServer?
    public var realServers: [RealServerDefinition]

    public init(
        frontend: Frontend, protocol proto: TransportProtocol = .tcp, scheduler: Scheduler = .keepalivedDefault,
        forwarding: ForwardingMethod = .nat, persistence: Persistence? = nil, flags: ServiceFlags = [],
        quorum: Int = 1, hysteresis: Int = 0, sorryServer: SorryServer? = nil, realServers: [RealServerDefinition] = []
    ) {
        self.frontend = frontend
        self.protocol = proto
        self.scheduler = scheduler
        self.forwarding = forwarding
        self.persistence = persistence
        self.flags = flags
        self.quorum = quorum
        self.hysteresis = hysteresis
        self.sorryServer = sorryServer
        self.realServers = realServers
    }

    public var id: VirtualServerID {
        switch frontend {
        case .endpoint(let address, let port):
            VirtualServerID(ServiceKey.endpoint(address: address, port: port, protocol: `protocol`).description)
        case .fwmark(let mark, _):
            VirtualServerID("FWM \(mark)")
        case .group(let name, _):
            VirtualServerID("[\(name)]:\(`protocol`.rawValue)")
        }
    }

    /// The IPVS services this virtual server stands for, group entries expanded.
    public var serviceKeys: [ServiceKey] {
        switch frontend {
        case .endpoint(let address, let port):
            [.endpoint(address: address, port: port, protocol: `protocol`)]
        case .fwmark(let mark, let family):
            [.fwmark(mark, family: family)]
        case .group(_, let entries):
            entries.flatMap { $0.serviceKeys(protocol: `protocol`) }
        }
    }

    public func realServerID(_ realServer: RealServerDefinition) -> RealServerID {
        RealServerID(virtualServer: id, address: realServer.address, port: realServer.port)
    }

    /// The quorum rule, clamped against the configured weights.
    public var quorumPolicy: QuorumPolicy {
        QuorumPolicy(quorum: quorum, hysteresis: hysteresis, totalWeight: realServers.reduce(0) { $0 + $1.weight })
    }
}
