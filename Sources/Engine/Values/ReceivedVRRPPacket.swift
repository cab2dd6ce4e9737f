import NetworkPrimitives

/// One packet of IP protocol 112 as the socket delivered it, before any validation.
public struct ReceivedVRRPPacket: Hashable, Sendable {
    public var interface: InterfaceName
    public var source: IPAddress
    public var destination: IPAddress
    /// The IPv4 TTL or IPv6 hop limit the packet arrived with (RFC 5798 section 7.1); nil if unknown.
    public var hopLimit: UInt8?
    /// The VRRP message, without the IP header.
    public var payload: [UInt8]
    /// IPv4 only: the header length and total length, for keepalived's length checks (Docs/Keepalived.md §3.5).
    public var ipv4HeaderLength: Int
    public var ipv4TotalLength: Int?

    public init(
        interface: InterfaceName, source: IPAddress, destination: IPAddress, hopLimit: UInt8?, payload: [UInt8],
        ipv4HeaderLength: Int = 0, ipv4TotalLength: Int? = nil
    ) {
        self.interface = interface
        self.source = source
        self.destination = destination
        self.hopLimit = hopLimit
        self.payload = payload
        self.ipv4HeaderLength = ipv4HeaderLength
        self.ipv4TotalLength = ipv4TotalLength
    }
}
