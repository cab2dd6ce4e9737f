import CNetShim
import Netlink
import NetworkPrimitives

/// One VRRP datagram as received: the VRRP message bytes and the envelope fields that RFC 5798
/// section 7.1 validation needs.
public struct ReceivedVRRPDatagram: Hashable, Sendable {
    /// The VRRP message (for IPv4, the bytes after the IP header).
    public var payload: [UInt8]
    public var source: IPAddress
    public var destination: IPAddress
    /// IPv4 TTL from the IP header, or the IPv6 hop limit from `IPV6_HOPLIMIT`.
    public var ttlOrHopLimit: UInt8
    /// The interface it arrived on (`IP_PKTINFO` / `IPV6_PKTINFO`).
    public var interfaceIndex: InterfaceIndex
    /// IPv4 only: the IP header's total length field.
    public var ipv4TotalLength: UInt16?
    /// IPv4 only: bytes of IP header (IHL x 4) that preceded the payload.
    public var ipv4HeaderLength: Int?

    public init(
        payload: [UInt8], source: IPAddress, destination: IPAddress, ttlOrHopLimit: UInt8,
        interfaceIndex: InterfaceIndex, ipv4TotalLength: UInt16? = nil, ipv4HeaderLength: Int? = nil
    ) {
        self.payload = payload
        self.source = source
        self.destination = destination
        self.ttlOrHopLimit = ttlOrHopLimit
        self.interfaceIndex = interfaceIndex
        self.ipv4TotalLength = ipv4TotalLength
        self.ipv4HeaderLength = ipv4HeaderLength
    }
}
