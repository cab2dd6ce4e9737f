import LoadBalancer

/// A virtual server as the checker engine needs it: the planner's definition plus, per real server
/// (same order as `definition.realServers`), its checkers and scripts.
public struct CheckedVirtualServer: Hashable, Sendable {
    public var definition: VirtualServerDefinition
    public var realServers: [CheckedRealServer]
    public var quorumUp: CheckerScript?
    public var quorumDown: CheckerScript?

    public init(
        definition: VirtualServerDefinition, realServers: [CheckedRealServer], quorumUp: CheckerScript? = nil,
        quorumDown: CheckerScript? = nil
    ) {
        self.definition = definition
        self.realServers = realServers
        self.quorumUp = quorumUp
        self.quorumDown = quorumDown
    }

    public var id: VirtualServerID { definition.id }

    /// The checks of the real server `definition.realServers[index]` describes, matched by address and port.
    public func checks(for server: RealServerDefinition) -> CheckedRealServer? {
        realServers.first { $0.address == server.address && $0.port == server.port }
    }
}
