import NetworkPrimitives

/// What one VRRP instance accepts: the configuration the receive checks compare an advert with
/// (RFC 5798 section 7.1, keepalived's order in Docs/Keepalived.md §3.5).
public struct VRRPReceivePolicy: Hashable, Sendable {
    /// How the instance exchanges adverts.
    public enum Transport: Hashable, Sendable {
        case multicast
        /// `checksSource` is keepalived's `check_unicast_src` (per instance or global).
        case unicast(peers: [VRRPUnicastPeer], checksSource: Bool)
    }

    public var version: VRRPVersion
    public var virtualRouterID: UInt8
    public var family: AddressFamily
    /// Our own authentication; only v2 adverts are checked against it.
    public var authentication: VRRPAuthentication
    /// Our configured `advert_int`.
    public var advertisementInterval: Duration
    public var transport: Transport
    public var checksumMode: VRRPChecksumContext.Mode
    /// False for `old_unicast_checksum never`: no switch to the old unicast checksum on receive.
    public var detectsOldUnicastChecksum: Bool
    /// keepalived leaves IPv6 checksums to the kernel; Vigil checks them too unless this is off.
    public var verifiesIPv6Checksum: Bool
    /// The VIPs we advertise, compared with the advert's list.
    public var addresses: [IPAddress]
    /// False skips the content comparison (`skip_check_adv_addr` with an unchanged master); the
    /// count is always compared.
    public var comparesAddresses: Bool
    /// keepalived's `owner_ignore_adverts`.
    public var ownerIgnoresAdverts: Bool
    /// Our effective priority (255 = address owner).
    public var priority: UInt8
    /// The interface the instance runs on; nil when the socket is already bound to it.
    public var interfaceIndex: Int?

    public init(
        version: VRRPVersion, virtualRouterID: UInt8, family: AddressFamily,
        authentication: VRRPAuthentication = .none, advertisementInterval: Duration,
        transport: Transport = .multicast, checksumMode: VRRPChecksumContext.Mode = .standard,
        detectsOldUnicastChecksum: Bool = true, verifiesIPv6Checksum: Bool = true, addresses: [IPAddress],
        comparesAddresses: Bool = true, ownerIgnoresAdverts: Bool = false, priority: UInt8,
        interfaceIndex: Int? = nil
    ) {
        self.version = version
        self.virtualRouterID = virtualRouterID
        self.family = family
        self.authentication = authentication
        self.advertisementInterval = advertisementInterval
        self.transport = transport
        self.checksumMode = checksumMode
        self.detectsOldUnicastChecksum = detectsOldUnicastChecksum
        self.verifiesIPv6Checksum = verifiesIPv6Checksum
        self.addresses = addresses
        self.comparesAddresses = comparesAddresses
        self.ownerIgnoresAdverts = ownerIgnoresAdverts
        self.priority = priority
        self.interfaceIndex = interfaceIndex
    }

    /// True for a unicast instance.
    public var isUnicast: Bool {
        switch transport {
        case .multicast: false
        case .unicast: true
        }
    }
}
