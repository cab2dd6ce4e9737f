import HealthCheck
import LoadBalancer

/// How log lines name one checker: keepalived prints the real server in its virtual server's service
/// type (`[10.0.1.1]:tcp:80`, its `FMT_CHK`) and, for some checkers, the virtual server too.
public struct CheckerLabel: Hashable, Sendable {
    public var realServer: String
    public var virtualServer: VirtualServerID

    public init(realServer: String, virtualServer: VirtualServerID) {
        self.realServer = realServer
        self.virtualServer = virtualServer
    }

    /// The label of a real server of `definition`, as the first virtual server that registered it sees it.
    public init(_ server: CheckedRealServer, in definition: VirtualServerDefinition) {
        realServer = KeepalivedCheckerWording.service(server.address, port: server.port, in: definition)
        virtualServer = definition.id
    }
}
