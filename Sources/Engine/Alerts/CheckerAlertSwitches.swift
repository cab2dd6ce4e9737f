import LoadBalancer

/// The resolved `smtp_alert` of every real and virtual server: real servers alert unless switched
/// off, virtual servers only when switched on (keepalived's defaults, Docs/Keepalived.md §6.4).
public struct CheckerAlertSwitches: Hashable, Sendable {
    /// Real servers whose `smtp_alert` is off.
    public var silentRealServers: Set<RealServerID>
    /// Virtual servers whose `smtp_alert` is on.
    public var alertingVirtualServers: Set<VirtualServerID>

    public init(silentRealServers: Set<RealServerID> = [], alertingVirtualServers: Set<VirtualServerID> = []) {
        self.silentRealServers = silentRealServers
        self.alertingVirtualServers = alertingVirtualServers
    }

    public func alerts(_ realServer: RealServerID) -> Bool { !silentRealServers.contains(realServer) }
    public func alerts(_ virtualServer: VirtualServerID) -> Bool { alertingVirtualServers.contains(virtualServer) }
}
