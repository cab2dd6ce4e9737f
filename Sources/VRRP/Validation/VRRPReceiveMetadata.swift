import NetworkPrimitives

/// What the IP layer says about a received advert (IPv4 header fields, or IPv6 ancillary data).
public struct VRRPReceiveMetadata: Hashable, Sendable {
    public var source: IPAddress
    /// The destination (IPv6: from `IPV6_PKTINFO`); multicast or not decides the transport check.
    public var destination: IPAddress
    /// The IPv4 TTL or IPv6 hop limit; nil when the kernel did not report it (then unchecked).
    public var hopLimit: UInt8?
    public var interfaceIndex: Int?
    /// Bytes of IPv4 header (and AH) that preceded the VRRP message; 0 for IPv6.
    public var ipv4HeaderLength: Int
    /// The IPv4 Total Length field; nil for IPv6.
    public var ipv4TotalLength: Int?

    public init(
        source: IPAddress, destination: IPAddress, hopLimit: UInt8?, interfaceIndex: Int? = nil,
        ipv4HeaderLength: Int = 0, ipv4TotalLength: Int? = nil
    ) {
        self.source = source
        self.destination = destination
        self.hopLimit = hopLimit
        self.interfaceIndex = interfaceIndex
        self.ipv4HeaderLength = ipv4HeaderLength
        self.ipv4TotalLength = ipv4TotalLength
    }

    /// The metadata of a datagram read from a raw IPv4 socket.
    public init(ipv4Header header: IPv4Header, interfaceIndex: Int? = nil) {
        self.init(
            source: .v4(header.source), destination: .v4(header.destination), hopLimit: header.timeToLive,
            interfaceIndex: interfaceIndex, ipv4HeaderLength: header.headerLength,
            ipv4TotalLength: Int(header.totalLength))
    }
}
