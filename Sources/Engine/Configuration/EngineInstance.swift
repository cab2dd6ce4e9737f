import VRRP

/// One `vrrp_instance` as the engine runs it: the protocol configuration plus what the protocol
/// does not need to know (how addresses are installed, which scripts to run).
public struct EngineInstance: Hashable, Sendable {
    public var vrrp: VRRPInstanceConfiguration
    /// Every address installed while MASTER, advertised ones first, then `virtual_ipaddress_excluded`.
    public var addresses: [VirtualAddress]
    public var notify: NotificationScripts
    /// `virtual_routes`: installed with the addresses while MASTER, removed when leaving it.
    public var routes: [VirtualRouteEntry] = []
    /// `virtual_rules`: installed after the routes while MASTER, removed before them when leaving it.
    public var rules: [VirtualRuleEntry] = []
    /// `notify_priority_changes`: effective priority changes are written to the notify FIFOs.
    public var notifyPriorityChanges = false

    public init(vrrp: VRRPInstanceConfiguration, addresses: [VirtualAddress], notify: NotificationScripts = .none) {
        self.vrrp = vrrp
        self.addresses = addresses
        self.notify = notify
    }

    public var name: String { vrrp.name }
}
