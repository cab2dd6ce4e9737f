import LoadBalancer
import NetworkPrimitives

/// A prefix the director announces through its routing daemon (BGP mode, `vigil_bgp`) while it is
/// healthy: every virtual server listed has quorum and every script listed passes.
public struct AnnouncedRoute: Hashable, Sendable {
    public var prefix: IPPrefix
    /// The virtual servers whose address lies in the prefix.
    public var virtualServers: [VirtualServerID]
    /// The names of the `vrrp_script`s (in `CheckerConfiguration.routeScripts`) it tracks.
    public var scripts: [String]

    public init(prefix: IPPrefix, virtualServers: [VirtualServerID] = [], scripts: [String] = []) {
        self.prefix = prefix
        self.virtualServers = virtualServers
        self.scripts = scripts
    }
}
