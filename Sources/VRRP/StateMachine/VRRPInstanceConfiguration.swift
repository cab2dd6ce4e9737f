import NetworkPrimitives

/// Everything the protocol needs to know about one `vrrp_instance`, already defaulted and
/// validated by the configuration layer (keepalived section 2.3, `vrrp_instance`).
public struct VRRPInstanceConfiguration: Hashable, Sendable {
    /// The instance name (`VI_1`), used in log lines and notifications.
    public var name: String
    public var virtualRouterID: UInt8
    public var version: VRRPVersion
    public var family: AddressFamily
    /// The interface adverts are sent and received on; nil for unicast with a source address only.
    public var interface: InterfaceName?
    /// The configured priority, 1...255; 255 is the address owner.
    public var priority: UInt8
    /// The configured advertisement interval (already rounded per version).
    public var advertisementInterval: Duration
    /// `state MASTER|BACKUP`: the wish at start; only an owner acts on MASTER at once.
    public var initialState: VRRPInitialState
    /// false for `nopreempt`.
    public var preempt: Bool
    /// `preempt_delay` (zero = none).
    public var preemptDelay: Duration
    /// The advertised virtual addresses, in configuration order.
    public var virtualAddresses: [IPPrefix]
    /// `virtual_ipaddress_excluded`: installed when master but not advertised.
    public var excludedVirtualAddresses: [IPPrefix]
    /// Virtual addresses marked `no_track`: their external removal does not demote a master.
    public var untrackedVirtualAddresses: Set<IPAddress>
    /// `unicast_src_ip`/`mcast_src_ip`, or the interface's primary (v4) / link-local (v6) address.
    public var sourceAddress: IPAddress?
    /// `unicast_peer`: unicast mode when not empty.
    public var unicastPeers: [VRRPUnicastPeer]
    /// `mcast_dst_ip`, or the family's VRRP group.
    public var multicastGroup: IPAddress
    public var authentication: VRRPAuthentication
    public var gratuitousARP: GratuitousARPSettings
    /// `down_timer_adverts` (1...100, default 3).
    public var downTimerAdverts: Int
    /// `lower_prio_no_advert`: a master does not answer a lower priority with an advert.
    public var lowerPriorityNoAdvert: Bool
    /// `higher_prio_send_advert`: a master sends one advert before yielding to a higher priority.
    public var higherPrioritySendAdvert: Bool
    /// `track_interface`, `track_script`, `track_file`, `track_process`, `track_bfd` lines.
    public var trackers: [VRRPTrackerBinding]
    /// false for `dont_track_primary`: the instance's own interface going down faults it otherwise.
    public var tracksPrimaryInterface: Bool
    /// `unicast_fault_no_peer`: FAULT while in unicast mode with no peer.
    public var unicastFaultNoPeer: Bool
    /// `v3_checksum_as_v2` / `old_unicast_checksum`: how v3/IPv4 checksums are computed.
    public var checksumMode: VRRPChecksumContext.Mode
    /// `check_unicast_src`: unicast adverts only from configured peers.
    public var checksUnicastSource: Bool
    /// `skip_check_adv_addr`: compare only the count of advertised addresses.
    public var skipsAddressCheck: Bool
    /// `owner_ignore_adverts`.
    public var ownerIgnoresAdverts: Bool

    public init(
        name: String, virtualRouterID: UInt8, version: VRRPVersion = .v2, family: AddressFamily = .inet,
        interface: InterfaceName? = "eth0", priority: UInt8 = 100, advertisementInterval: Duration = .seconds(1),
        initialState: VRRPInitialState? = nil, preempt: Bool = true, preemptDelay: Duration = .zero,
        virtualAddresses: [IPPrefix] = [], excludedVirtualAddresses: [IPPrefix] = [],
        untrackedVirtualAddresses: Set<IPAddress> = [], sourceAddress: IPAddress? = nil,
        unicastPeers: [VRRPUnicastPeer] = [], multicastGroup: IPAddress? = nil,
        authentication: VRRPAuthentication = .none,
        gratuitousARP: GratuitousARPSettings = .keepalivedDefault, downTimerAdverts: Int = 3,
        lowerPriorityNoAdvert: Bool = false, higherPrioritySendAdvert: Bool = false,
        trackers: [VRRPTrackerBinding] = [], tracksPrimaryInterface: Bool = true, unicastFaultNoPeer: Bool = false,
        checksumMode: VRRPChecksumContext.Mode = .standard, checksUnicastSource: Bool = false,
        skipsAddressCheck: Bool = false, ownerIgnoresAdverts: Bool = false
    ) {
        self.name = name
        self.virtualRouterID = virtualRouterID
        self.version = version
        self.family = family
        self.interface = interface
        self.priority = priority
        self.advertisementInterval = advertisementInterval
        self.initialState = initialState ?? (priority == 255 ? .master : .backup)
        self.preempt = preempt
        self.preemptDelay = preemptDelay
        self.virtualAddresses = virtualAddresses
        self.excludedVirtualAddresses = excludedVirtualAddresses
        self.untrackedVirtualAddresses = untrackedVirtualAddresses
        self.sourceAddress = sourceAddress
        self.unicastPeers = unicastPeers
        self.multicastGroup = multicastGroup ?? Self.defaultGroup(family)
        self.authentication = authentication
        self.gratuitousARP = gratuitousARP
        self.downTimerAdverts = downTimerAdverts
        self.lowerPriorityNoAdvert = lowerPriorityNoAdvert
        self.higherPrioritySendAdvert = higherPrioritySendAdvert
        self.trackers = trackers
        self.tracksPrimaryInterface = tracksPrimaryInterface
        self.unicastFaultNoPeer = unicastFaultNoPeer
        self.checksumMode = checksumMode
        self.checksUnicastSource = checksUnicastSource
        self.skipsAddressCheck = skipsAddressCheck
        self.ownerIgnoresAdverts = ownerIgnoresAdverts
    }

    private static func defaultGroup(_ family: AddressFamily) -> IPAddress {
        switch family {
        case .inet: .v4(.vrrpMulticastGroup)
        case .inet6: .v6(.vrrpMulticastGroup)
        }
    }
}
