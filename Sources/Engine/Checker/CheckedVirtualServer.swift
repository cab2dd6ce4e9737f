import LoadBalancer

/// A virtual server as the checker engine needs it: the planner's definition plus, per real server
/// (same order as `definition.realServers`), its checkers and scripts.
public struct CheckedVirtualServer: Hashable, Sendable {
    public var definition: VirtualServerDefinition
    public var realServers: [CheckedRealServer]
    public var quorumUp: CheckerScript?
    public var quorumDown: CheckerScript?
    /// `ha_suspend`: the checkers are suspended while none of the virtual server's addresses is on
    /// this host.
    public var suspendsWithoutAddress: Bool

    public init(
        definition: VirtualServerDefinition, realServers: [CheckedRealServer], quorumUp: CheckerScript? = nil,
        quorumDown: CheckerScript? = nil, suspendsWithoutAddress: Bool = false
    ) {
        self.definition = definition
        self.realServers = realServers
        self.quorumUp = quorumUp
        self.quorumDown = quorumDown
        self.suspendsWithoutAddress = suspendsWithoutAddress
    }

    public var id: VirtualServerID { definition.id }

    /// The checks of the real server `definition.realServers[index]` describes, matched by address and port.
    public func checks(for server: RealServerDefinition) -> CheckedRealServer? {
        realServers.first { $0.address == server.address && $0.port == server.port }
    }
}
