import NetworkPrimitives

/// The `vrrp_*` defaults of `global_defs`; instances copy the values in force when they are read
/// (Docs/Keepalived.md §1.3, "Cross-references").
public struct GlobalVRRPSettings: Hashable, Sendable {
    /// `vrrp_mcast_group4`: 224.0.0.18.
    public var multicastGroup4: IPv4Address
    /// `vrrp_mcast_group6`: ff02::12.
    public var multicastGroup6: IPv6Address
    /// `default_interface`: for static addresses without `dev`; `eth0` when not written.
    public var defaultInterface: InterfaceName?
    /// `vrrp_garp_master_*` and `vrrp_garp_lower_prio_*`.
    public var garp: GratuitousARPSettings
    /// `vrrp_garp_interval`: spacing between gratuitous ARPs on an interface.
    public var garpInterval: Duration
    /// `vrrp_gna_interval`: spacing between unsolicited NAs on an interface.
    public var gnaInterval: Duration
    /// `vrrp_min_garp`: one message, no second batch, no refresh.
    public var minimalGARP: Bool
    /// `vrrp_down_timer_adverts`: 3.
    public var downTimerAdverts: Int
    /// `vrrp_lower_prio_no_advert`.
    public var lowerPriorityNoAdvert: Bool
    /// `vrrp_higher_prio_send_advert`.
    public var higherPrioritySendAdvert: Bool
    /// `vrrp_owner_ignore_adverts`.
    public var ownerIgnoresAdverts: Bool
    /// `vrrp_version`: 2.
    public var version: ConfiguredVRRPVersion
    /// `v3_checksum_as_v2`.
    public var v3ChecksumAsV2: Bool
    /// `vrrp_check_unicast_src`.
    public var checkUnicastSource: Bool
    /// `vrrp_skip_check_adv_addr`.
    public var skipCheckAdvertAddresses: Bool
    /// `vrrp_strict`.
    public var strict: Bool
    /// `vrrp_notify_priority_changes`.
    public var notifyPriorityChanges: Bool
    /// `vrrp_startup_delay`: hold VRRP this long after start.
    public var startupDelay: Duration
    /// `vrrp_delay_after_boot`: hold VRRP until the system has been up this long.
    public var delayAfterBoot: Duration
    /// `log_unknown_vrids`.
    public var logUnknownVRIDs: Bool
    /// `dynamic_interfaces [allow_if_changes]`: allow interfaces that do not exist yet.
    public var dynamicInterfaces: Bool
    public var allowInterfaceChanges: Bool
    /// `vrrp_garp_lower_prio_delay` / `_repeat` as written; unset values follow the master ones at the end.
    var writtenLowerPriorityDelay: Duration?
    var writtenLowerPriorityRepeat: Int?

    public init() {
        multicastGroup4 = .vrrpMulticastGroup
        multicastGroup6 = .vrrpMulticastGroup
        garp = .keepalivedDefault
        garpInterval = .zero
        gnaInterval = .zero
        minimalGARP = false
        downTimerAdverts = 3
        lowerPriorityNoAdvert = false
        higherPrioritySendAdvert = false
        ownerIgnoresAdverts = false
        version = .v2
        v3ChecksumAsV2 = false
        checkUnicastSource = false
        skipCheckAdvertAddresses = false
        strict = false
        notifyPriorityChanges = false
        startupDelay = .zero
        delayAfterBoot = .zero
        logUnknownVRIDs = false
        dynamicInterfaces = false
        allowInterfaceChanges = false
    }
}
