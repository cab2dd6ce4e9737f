import NetworkPrimitives

/// Tells the segment where an address lives now: gratuitous ARP for IPv4, unsolicited NA for IPv6.
public protocol AddressAnnouncer: Sendable {
    func announce(_ address: IPAddress, on interface: InterfaceName) async throws
}
