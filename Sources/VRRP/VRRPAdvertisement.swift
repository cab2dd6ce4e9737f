import NetworkPrimitives

/// The VRRP protocol version: 2 (RFC 3768) or 3 (RFC 5798).
public enum VRRPVersion: UInt8, Hashable, Sendable, CaseIterable {
    case v2 = 2
    case v3 = 3
}

/// VRRPv2 authentication (RFC 3768 section 5.3.6). v3 carries none.
public enum VRRPAuthentication: Hashable, Sendable {
    case none
    /// Simple text password: at most 8 bytes on the wire, NUL padded.
    case password([UInt8])
    /// IP Authentication Header (type 2); recognised so it can be counted and rejected.
    case ipAuthenticationHeader

    public var wireType: UInt8 {
        switch self {
        case .none: 0
        case .password: 1
        case .ipAuthenticationHeader: 2
        }
    }
}

/// The decoded fields of one VRRP advertisement (RFC 3768 section 5.3, RFC 5798 section 5.2).
/// Wire-only details (checksum, raw interval units) live in the codec.
public struct VRRPAdvertisement: Hashable, Sendable {
    public var version: VRRPVersion
    public var virtualRouterID: UInt8
    public var priority: UInt8
    /// The interval the sender advertises at: whole seconds in v2, centiseconds in v3.
    public var advertisementInterval: Duration
    public var addresses: [IPAddress]
    public var authentication: VRRPAuthentication

    public init(
        version: VRRPVersion, virtualRouterID: UInt8, priority: UInt8, advertisementInterval: Duration,
        addresses: [IPAddress], authentication: VRRPAuthentication = .none
    ) {
        self.version = version
        self.virtualRouterID = virtualRouterID
        self.priority = priority
        self.advertisementInterval = advertisementInterval
        self.addresses = addresses
        self.authentication = authentication
    }
}
