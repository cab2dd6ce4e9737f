import NetworkPrimitives

/// A `virtual_server IP PORT | fwmark N | group NAME { }` block after keepalived's defaulting
/// (Docs/Keepalived.md §2.3, §4.1, §7.14).
public struct VirtualServer: Hashable, Sendable {
    public var location: SourceLocation
    public var address: VirtualServerAddress
    /// The address family (from the address, else `ip_family`, else the real servers; IPv4 by default).
    public var family: AddressFamily
    /// `delay_loop`: 60 s by default; inherited by real servers and checkers.
    public var delayLoop: Duration
    /// `lb_algo` / `lvs_sched`: `wlc` when unset (keepalived logs an error).
    public var scheduler: LVSScheduler
    public var flags: [LVSServiceFlag]
    /// `lb_kind` / `lvs_method`: NAT when unset (keepalived logs an error).
    public var forwardingMethod: LBKind
    public var persistence: PersistenceSettings?
    /// `protocol`: UDP when unset (keepalived logs an error); `nil` for fwmark services.
    public var serviceProtocol: ServiceProtocol?
    /// `ha_suspend`: pause checkers while the address is not local.
    public var haSuspend: Bool
    /// `alpha`: checkers start down.
    public var alpha: Bool
    /// `omega`: run down notifications at shutdown too.
    public var omega: Bool
    /// `quorum`: 1 by default, clamped to the sum of real-server weights.
    public var quorum: UInt32
    /// `hysteresis`: 0 by default, below `quorum`.
    public var hysteresis: UInt32
    public var quorumUp: ScriptCommand?
    public var quorumDown: ScriptCommand?
    public var sorryServer: SorryServerSettings?
    /// `inhibit_on_failure`: set weight 0 instead of removing a failed real server.
    public var inhibitOnFailure: Bool
    /// `virtualhost`: the default Host header of HTTP checks.
    public var virtualhost: String?
    /// `smtp_alert`, defaulting to `smtp_alert_checker`, then `smtp_alert`, then off.
    public var smtpAlert: Bool
    public var realServers: [RealServer]

    public init(location: SourceLocation, address: VirtualServerAddress, family: AddressFamily) {
        self.location = location
        self.address = address
        self.family = family
        delayLoop = .seconds(60)
        scheduler = .weightedLeastConnection
        flags = []
        forwardingMethod = .nat
        serviceProtocol = .udp
        haSuspend = false
        alpha = false
        omega = false
        quorum = 1
        hysteresis = 0
        inhibitOnFailure = false
        smtpAlert = false
        realServers = []
    }
}
