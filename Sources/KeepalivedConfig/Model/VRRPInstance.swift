import NetworkPrimitives

/// A `vrrp_instance NAME { }` block after keepalived's defaulting and validation
/// (Docs/Keepalived.md §2.3, §3.7-3.11, 3.14, 3.17). Every default is filled in.
public struct VRRPInstance: Hashable, Sendable {
    public var name: String
    public var location: SourceLocation
    /// `state`: the wished initial state; derived from the priority when not written.
    public var initialState: ConfiguredState
    /// `interface`; may be absent only for unicast instances with `unicast_src_ip`.
    public var interface: InterfaceName?
    /// `virtual_router_id` (1...255, required).
    public var virtualRouterID: UInt8
    /// `priority` (1...255): 100 by default, 255 for `state MASTER` without a priority.
    public var priority: UInt8
    /// `advert_int`, rounded as keepalived does: whole seconds for v2, 10 ms for v3.
    public var advertInterval: Duration
    /// `version`: the global `vrrp_version` by default; IPv6 instances are always 3.
    public var version: ConfiguredVRRPVersion
    /// The family of the advertised addresses (IPv4 when there are none).
    public var family: AddressFamily
    public var authentication: AuthenticationBlock?
    public var addresses: VRRPInstanceAddresses
    public var transport: VRRPTransport
    public var tracking: VRRPTracking
    /// `preempt` / `nopreempt`.
    public var preempt: Bool
    /// `preempt_delay` (0...1000 s).
    public var preemptDelay: Duration
    /// `accept` / `no_accept`: on unless strict mode (owners always accept).
    public var accept: Bool
    /// `strict_mode`, defaulting to the global `vrrp_strict`.
    public var strictMode: Bool
    public var garp: GratuitousARPSettings
    public var advertisement: VRRPAdvertisementOptions
    public var notify: NotifyScripts
    /// `smtp_alert`, defaulting to `smtp_alert_vrrp`, then `smtp_alert`, then off.
    public var smtpAlert: Bool
    /// `notify_priority_changes`, defaulting to the sync group's, then `vrrp_notify_priority_changes`.
    public var notifyPriorityChanges: Bool
    /// `promote_secondaries`.
    public var promoteSecondaries: Bool
    /// The sync group this instance belongs to, if any.
    public var syncGroup: String?

    public init(name: String, location: SourceLocation, virtualRouterID: UInt8) {
        self.name = name
        self.location = location
        self.virtualRouterID = virtualRouterID
        initialState = .backup
        priority = 100
        advertInterval = .seconds(1)
        version = .v2
        family = .inet
        addresses = VRRPInstanceAddresses()
        transport = VRRPTransport()
        tracking = VRRPTracking()
        preempt = true
        preemptDelay = .zero
        accept = true
        strictMode = false
        garp = .keepalivedDefault
        advertisement = VRRPAdvertisementOptions()
        notify = NotifyScripts()
        smtpAlert = false
        notifyPriorityChanges = false
        promoteSecondaries = false
    }

    /// True when the instance owns its addresses (priority 255) and starts as master at once.
    public var isAddressOwner: Bool { priority == 255 }
}
